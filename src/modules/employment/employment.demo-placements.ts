/**
 * Demo placements for indicator 1 (求職就業率) on the indicators dashboard: job seekers registered month
 * by month through 2026 at the 大甲, 東勢 and 大肚 stations, some of them placed, all through the module's
 * services on a demo clock, so the drill-down by station, district and month is populated. Labelled as demo
 * data (the request id). The vacancy they are placed in is closed as filled at the end, so the demo's own
 * vacancy screens are not changed by it.
 */
import type { Db } from '../../db/client.ts';
import { withCheckDigit } from '../../db/seed/demo-data.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { hashPassword } from '../access/passwords.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createPeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createViolationsService } from '../violations/violations.service.ts';
import { createEmploymentService } from './employment.service.ts';

const year = 2026;
const meta = 'demo-data';

// Per station: its officer, the districts its job seekers live in, and how many register and are placed a month.
const stations = [
  { code: 'dajia', username: 'employment-officer', districts: ['66000110', '66000120', '66000130'], registered: 3, placed: 2 },
  { code: 'dongshi', username: 'employment-officer-dongshi', districts: ['66000100', '66000090'], registered: 2, placed: 1 },
  { code: 'dadu', username: 'employment-officer-dadu', districts: ['66000240', '66000230'], registered: 2, placed: 1 },
] as const;

async function officerAt(db: Db, station: (typeof stations)[number], password: string): Promise<StaffPrincipal> {
  let row = (await db.query<{ id: string; display_name: string }>('SELECT id, display_name FROM staff_users WHERE username = $1', [station.username])).rows[0];
  if (!row) {
    row = (
      await db.query<{ id: string; display_name: string }>(
        `INSERT INTO staff_users (username, display_name, password_hash, roles, home_unit_kind, home_unit_code)
         VALUES ($1, '周就服員', $2, ARRAY['employment-officer'], 'station', $3) RETURNING id, display_name`,
        [station.username, await hashPassword(password), station.code],
      )
    ).rows[0]!;
  }
  return { id: row.id, username: station.username, displayName: row.display_name, roles: ['employment-officer'], homeUnit: { kind: 'station', code: station.code }, csrfToken: '', sessionTokenHash: '' };
}

export async function loadPlacementDemo(db: Db, options: { referenceData: ReferenceData; password: string }) {
  const { referenceData } = options;
  let now = new Date(Date.UTC(year, 0, 5, 2));
  const clock = () => now;
  const people = createPeopleService({ db, referenceData });
  const employers = createEmployersService({ db, referenceData });
  const violations = createViolationsService({ db, clock, authority: referenceData.city.name });
  const employment = createEmploymentService({ db, clock, referenceData, people, employers, violations });
  const officers = await Promise.all(stations.map((s) => officerAt(db, s, options.password)));
  const employer = (await db.query<{ id: string }>("SELECT id FROM employers WHERE name = '大甲農會'")).rows[0];
  if (!employer) throw new Error('employment demo: employer 大甲農會 is not in the demo data');

  const vacancy = await employment.vacancies.create(
    officers[0]!,
    {
      employerId: employer.id, occupationCode: '9320', title: '農產集貨作業員', description: '農產品分級、包裝與集貨。', requirements: '', districtCode: '66000110',
      wage: { type: 'monthly', min: 30_000, max: 32_000 }, employmentType: 'full-time', shifts: ['day'], openings: 60, requiredCertificates: [], languages: [],
      expiresOn: `${year}-12-31`,
    },
    meta,
  );
  await employment.vacancies.publish(officers[0]!, vacancy.id, undefined, meta);

  let serial = 0;
  for (let month = 1; month <= 9; month += 1) {
    for (const [s, station] of stations.entries()) {
      const officer = officers[s]!;
      for (let i = 0; i < station.registered; i += 1) {
        serial += 1;
        now = new Date(Date.UTC(year, month - 1, 3 + i * 5 + s, 2));
        const district = station.districts[(serial + i) % station.districts.length]!;
        const person = await people.create(
          officer,
          { idNumber: withCheckDigit(`L2${String(3100000 + serial * 37).padStart(7, '0')}`, 20), name: `示範求職者${serial}`, districtCode: district, preferredLocale: 'zh-TW' },
          meta,
        );
        const seeker = await employment.jobSeekers.create(
          officer,
          {
            personId: person.id, desiredOccupations: ['9320'], districtCodes: [district], employmentType: 'full-time', shifts: ['day'], skills: [], certificates: [],
            languages: ['zh'], drivingLicences: [],
            ...(serial % 4 === 0 ? { specialGroups: { groups: ['middle-aged' as const], consent: { givenOn: employment.today() } } } : {}),
          },
          meta,
        );
        // The first `placed` of each month's job seekers start work twelve days after registering.
        if (i < station.placed && (month + s) % 5 !== 0) {
          const referral = await employment.referrals.create(officer, { jobSeekerId: seeker.id, vacancyId: vacancy.id }, meta);
          now = new Date(now.getTime() + 12 * 86_400_000);
          await employment.referrals.outcome(officer, referral.id, { outcome: 'hired', startDate: employment.today(), monthlyWage: 31_000 }, meta);
        }
      }
    }
  }
  now = new Date(Date.UTC(year, 9, 5, 2));
  await employment.vacancies.close(officers[0]!, vacancy.id, 'filled', meta);
}
