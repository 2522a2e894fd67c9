/**
 * Demo data for vocational training and the youth incentive's evidence (ADR 0041), through the services:
 * a class taking applications (the demo citizen 林淑芬, a registered job seeker, can apply on /training), a
 * class that ended with a trainee completed (the 大甲 station's "trainees to place"), one dropped and one
 * waitlisted, and a youth incentive application whose rules are read from a placement checked at 1 and 3
 * months. No allowance is entered: the plan gives none, so the pages show it as staff-entered. Labelled as
 * demo data (request id and titles).
 */
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createEmploymentService } from '../employment/employment.service.ts';
import { createPeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createViolationsService } from '../violations/violations.service.ts';
import { createProgramsService } from './programs.service.ts';
import { createVocationalTrainingService, type JobSeekerDirectory } from './vocational-training.ts';

const meta = 'demo-data';
const day = 86_400_000;

export async function loadVocationalTrainingDemo(db: Db, options: { referenceData: ReferenceData; clock: () => Date }) {
  const { referenceData, clock } = options;
  const timeZone = referenceData.city.bureau.timeZone;
  const people = createPeopleService({ db, referenceData });
  const employers = createEmployersService({ db, referenceData });
  const violations = createViolationsService({ db, clock, authority: referenceData.city.name });
  const employment = createEmploymentService({ db, clock, referenceData, people, employers, violations });
  const seekers: JobSeekerDirectory = {
    jobSeeker: async (id) => {
      const row = await employment.jobSeekers.load(db, id);
      return { id: row.id, personId: row.person_id, unitKind: row.unit_kind === 'city' ? 'city' : 'station', stationCode: row.unit_code };
    },
    jobSeekerOfPerson: (personId) => employment.jobSeekers.ofPerson(personId),
    maskedNames: async (ids) => new Map([...(await people.summaries(ids))].map(([id, p]) => [id, p.name])),
    spellsOfPerson: (personId) => employment.employmentSpellsOfPerson(personId),
  };
  const principal = async (username: string): Promise<StaffPrincipal | undefined> => {
    const row = (await db.query<{ id: string; display_name: string; roles: string[]; home_unit_kind: 'station' | 'city'; home_unit_code: string | null }>(
      'SELECT id, display_name, roles, home_unit_kind, home_unit_code FROM staff_users WHERE username = $1',
      [username],
    )).rows[0];
    return row && { id: row.id, username, displayName: row.display_name, roles: row.roles, homeUnit: { kind: row.home_unit_kind, code: row.home_unit_code }, csrfToken: '', sessionTokenHash: '' };
  };
  const programsOfficer = await principal('programs-officer');
  const dajiaOfficer = await principal('employment-officer');
  if (!programsOfficer || !dajiaOfficer) return;
  const at = (offsetDays: number) => new Date(clock().getTime() + offsetDays * day);
  const dateOf = (offsetDays: number) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(at(offsetDays));
  const trainingAt = (offsetDays: number) => createVocationalTrainingService({ db, clock: () => at(offsetDays), timeZone, seekers });

  // The 大甲 station's demo job seekers (employment.demo-placements.ts), oldest first.
  const dajia = (await db.query<{ id: string }>(`SELECT id FROM job_seekers WHERE unit_code = 'dajia' ORDER BY registered_on, id LIMIT 6`)).rows.map((r) => r.id);
  if (dajia.length < 6) return;

  // A class that ended ten days ago: selected on its selection day, one completed, one dropped, one waitlisted.
  const past = trainingAt(-130);
  const ended = await past.addClass(
    programsOfficer,
    {
      code: 'VT-DEMO-01', title: '電腦輔助機械製圖班（示範）', provider: '臺中市職業訓練協會（示範）', occupationCode: '3118', hours: 360,
      startsOn: dateOf(-100), endsOn: dateOf(-10), place: '大甲區職訓教室（示範）', districtCode: '66000110', places: 2, selectionOn: dateOf(-110),
    },
    meta,
  ).catch((error: unknown) => {
    if ((error as { code?: string }).code === 'CONFLICT') return undefined;
    throw error;
  });
  if (!ended) return;
  const entries = [];
  for (const seeker of dajia.slice(0, 3)) entries.push((await past.apply(programsOfficer, { classId: ended.id, jobSeekerId: seeker }, meta)).id);
  const selection = trainingAt(-110);
  await selection.transition(programsOfficer, entries[0] as string, { to: 'selected' }, meta);
  await selection.transition(programsOfficer, entries[1] as string, { to: 'selected' }, meta);
  await selection.transition(programsOfficer, entries[2] as string, { to: 'waitlisted' }, meta);
  await trainingAt(-60).transition(programsOfficer, entries[1] as string, { to: 'dropped', attendedHours: 96, note: '個人因素退訓（示範）' }, meta);
  await trainingAt(-10).transition(programsOfficer, entries[0] as string, { to: 'completed', attendedHours: 342 }, meta);

  // A class taking applications: its selection day three weeks ahead.
  const now = trainingAt(0);
  const open = await now.addClass(
    programsOfficer,
    {
      code: 'VT-DEMO-02', title: '中餐烹調技術班（示範）', provider: '臺中市餐飲職業工會（示範）', occupationCode: '5120', hours: 300,
      startsOn: dateOf(30), endsOn: dateOf(120), place: '豐原區職訓中心（示範）', districtCode: '66000090', places: 25, selectionOn: dateOf(21),
    },
    meta,
  );
  for (const seeker of dajia.slice(3, 6)) await now.apply(programsOfficer, { classId: open.id, jobSeekerId: seeker }, meta);

  // The youth incentive, read from a placement: the station checked it at 1 and 3 months, still employed.
  const placed = (await db.query<{ person_id: string }>(
    `SELECT j.person_id FROM referrals r JOIN job_seekers j ON j.id = r.job_seeker_id
      WHERE r.status = 'hired' AND j.unit_code = 'dajia' ORDER BY r.start_on, r.id LIMIT 1`,
  )).rows[0];
  if (!placed) return;
  const spells = await employment.employmentSpellsOfPerson(placed.person_id);
  const spell = spells.spells[0];
  if (!spell) return;
  for (const months of [1, 3] as const) await employment.referrals.checkFollowup(dajiaOfficer, spell.referralId, months, true, meta).catch(() => undefined);
  const programs = createProgramsService({ db, referenceData, clock, employmentEvidence: (personId) => employment.employmentSpellsOfPerson(personId) });
  await programs.apply(programsOfficer, 'youth-stable-employment', { personId: placed.person_id, facts: {}, specialGroupConsent: false }, { channel: 'staff', locale: 'zh-TW', requestId: meta }).catch((error: unknown) => {
    if (['DUPLICATE_APPLICATION', 'PROGRAM_CLOSED', 'NOT_FOUND'].includes((error as { code?: string }).code ?? '')) return undefined;
    throw error;
  });
}
