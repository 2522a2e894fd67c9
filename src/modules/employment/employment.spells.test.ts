import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestDb } from '../../../test/create-test-db.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createPeopleService } from '../people/people.service.ts';
import { createReferenceData, loadCityConfig } from '../reference-data/reference-data.ts';
import { createViolationsService } from '../violations/violations.service.ts';
import { createEmploymentService } from './employment.service.ts';

describe('employment spells read model', () => {
  it('gives the registration and each placement, verified through the last check that found the person employed', async () => {
    const db = await createTestDb();
    try {
      const referenceData = createReferenceData(loadCityConfig('taichung'));
      let now = new Date('2026-01-05T02:00:00Z');
      const clock = () => now;
      const people = createPeopleService({ db, referenceData });
      const employers = createEmployersService({ db, referenceData });
      const violations = createViolationsService({ db, clock, authority: referenceData.city.name });
      const employment = createEmploymentService({ db, clock, referenceData, people, employers, violations });
      const id = (
        await db.query<{ id: string }>(
          `INSERT INTO staff_users (username, display_name, password_hash, roles, home_unit_kind, home_unit_code)
           VALUES ('spells-officer', '林就服員', 'x', ARRAY['employment-officer'], 'station', 'dali') RETURNING id`,
        )
      ).rows[0]!.id;
      const officer: StaffPrincipal = { id, username: 'spells-officer', displayName: '林就服員', roles: ['employment-officer'], homeUnit: { kind: 'station', code: 'dali' }, csrfToken: '', sessionTokenHash: '' };
      const employer = await employers.create(officer, { name: '大里精密股份有限公司', districtCode: '66000280' }, 'test');
      const person = await people.create(officer, { idNumber: 'A123456789', name: '陳志明', districtCode: '66000280', preferredLocale: 'zh-TW' }, 'test');
      const other = await people.create(officer, { idNumber: 'B123456780', name: '林美玲', districtCode: '66000280', preferredLocale: 'zh-TW' }, 'test');
      assert.deepEqual(await employment.employmentSpellsOfPerson(other.id), { jobSeeker: null, spells: [] });

      const seeker = await employment.jobSeekers.create(
        officer,
        { personId: person.id, desiredOccupations: ['8'], districtCodes: ['66000280'], employmentType: 'full-time', shifts: ['day'], skills: [], certificates: [], languages: [], drivingLicences: [] },
        'test',
      );
      const vacancy = await employment.vacancies.create(
        officer,
        {
          employerId: employer.id, occupationCode: '8', title: '包裝作業員', description: '包裝。', requirements: '', districtCode: '66000280',
          wage: { type: 'monthly', min: 30_000, max: 32_000 }, employmentType: 'full-time', shifts: ['day'], openings: 2, requiredCertificates: [], languages: [], expiresOn: '2026-12-31',
        },
        'test',
      );
      await employment.vacancies.publish(officer, vacancy.id, undefined, 'test');
      const referral = await employment.referrals.create(officer, { jobSeekerId: seeker.id, vacancyId: vacancy.id }, 'test');
      await employment.referrals.outcome(officer, referral.id, { outcome: 'hired', startDate: '2026-01-15', monthlyWage: 31_000 }, 'test');

      let spells = await employment.employmentSpellsOfPerson(person.id);
      assert.deepEqual(spells.jobSeeker, { id: seeker.id, registeredOn: '2026-01-05', unitKind: 'station', stationCode: 'dali' });
      assert.equal(spells.spells.length, 1);
      assert.equal(spells.spells[0]!.employerName, '大里精密股份有限公司');
      assert.equal(spells.spells[0]!.startOn, '2026-01-15');
      // Not checked yet: nothing verified, nothing ended.
      assert.equal(spells.spells[0]!.verifiedThrough, null);
      assert.equal(spells.spells[0]!.endedBefore, null);

      now = new Date('2026-04-20T02:00:00Z');
      await employment.referrals.checkFollowup(officer, referral.id, 1, true, 'test');
      spells = await employment.employmentSpellsOfPerson(person.id);
      assert.equal(spells.spells[0]!.verifiedThrough, '2026-02-15');
      await employment.referrals.checkFollowup(officer, referral.id, 3, false, 'test');
      spells = await employment.employmentSpellsOfPerson(person.id);
      assert.equal(spells.spells[0]!.verifiedThrough, '2026-02-15');
      assert.equal(spells.spells[0]!.endedBefore, '2026-04-15');
      assert.deepEqual(spells.spells[0]!.followups.map((f) => `${f.months}:${f.status}`), ['1:employed', '3:not-employed']);
    } finally {
      await db.close();
    }
  });
});
