/**
 * Demo data for the migrant-worker screens, through the module's own services: the demo workers of the
 * people seed registered as arrivals, a CSV import of a dozen more (dates relative to today, so that the
 * due-soon and overdue lists have rows), district officers, visits (one with a kept passport, which opens a
 * complaint) and a departure.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { withCheckDigit } from '../../db/seed/demo-data.ts';
import { createComplaintsService } from '../complaints/complaints.service.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createPeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { importColumns } from './migrant-workers.csv.ts';
import { addDays } from './migrant-workers.dates.ts';
import { createFieldService } from './migrant-workers.field.ts';
import { createMigrantWorkersService } from './migrant-workers.service.ts';
import { createVisitsService, localDay } from './migrant-workers.visits.ts';

const allGood = {
  wagesPaidInFull: true,
  paySlipGiven: true,
  passportKeptByWorker: true,
  residentCertificateKeptByWorker: true,
  restDaysGiven: true,
  overtimeWithinLimits: true,
  livingConditionsAdequate: true,
  contractMatchesJob: true,
  agencyFeesLawful: true,
  complaintsRaised: '',
};

const names: [string, string, string][] = [
  ['DEWI LESTARI', 'ID', 'home-care'],
  ['TRAN THI HOA', 'VN', 'manufacturing'],
  ['ANONG CHAIYA', 'TH', 'construction'],
  ['JOSE REYES', 'PH', 'manufacturing'],
  ['SRI WAHYUNI', 'ID', 'institutional-care'],
  ['PHAM VAN DUC', 'VN', 'agriculture'],
  ['KANYA BOONMA', 'TH', 'manufacturing'],
  ['NURUL HIDAYAH', 'ID', 'domestic-help'],
  ['LE VAN MINH', 'VN', 'marine-fishing'],
  ['ANA CRUZ', 'PH', 'institutional-care'],
  ['RATNA SARI', 'ID', 'home-care'],
  ['NGUYEN THI LAN', 'VN', 'manufacturing'],
];
// 北屯, 西屯, 沙鹿, 大安, 大甲, 潭子: spread so that the district drill-down has several rows.
const districts = ['66000080', '66000060', '66000130', '66000220', '66000110', '66000170'];
const daysAgo = [5, 30, 60, 78, 85, 88, 95, 100, 120, 150, 200, 240];

export async function loadMigrantWorkersDemo(db: Db, options: { referenceData: ReferenceData; clock: () => Date }): Promise<void> {
  const { referenceData, clock } = options;
  const people = createPeopleService({ db, referenceData });
  const employers = createEmployersService({ db, referenceData });
  const complaints = createComplaintsService({ db, referenceData, clock });
  const workers = createMigrantWorkersService({ db, referenceData, people, employers });
  const visits = createVisitsService({ db, clock, referenceData, complaints });
  const field = createFieldService({ db });
  const account = (await db.query<{ id: string; display_name: string }>("SELECT id, display_name FROM staff_users WHERE username = 'migrant-officer'")).rows[0];
  const chief = (await db.query<{ id: string }>("SELECT id FROM staff_users WHERE username = 'admin'")).rows[0];
  if (!account || !chief) return;
  const officer: StaffPrincipal = {
    id: account.id,
    username: 'migrant-officer',
    displayName: account.display_name,
    roles: ['migrant-officer'],
    homeUnit: { kind: 'city', code: null },
    csrfToken: '',
    sessionTokenHash: '',
  };
  const supervisor: StaffPrincipal = { ...officer, id: chief.id, username: 'admin', roles: ['admin'] };
  const requestId = 'demo-data';
  for (const district of districts.slice(0, 4)) await visits.setDistrictOfficer(supervisor, district, officer.id, requestId);

  const today = localDay(clock(), referenceData.city.bureau.timeZone);
  const employerUbns = (await db.query<{ ubn: string }>('SELECT ubn FROM employers WHERE ubn IS NOT NULL ORDER BY name LIMIT 4')).rows.map((row) => row.ubn);
  const rows = names.map(([name, nationality, job], index) => {
    const household = job === 'home-care' || job === 'domestic-help';
    const values: Partial<Record<(typeof importColumns)[number], string>> = {
      resident_certificate_number: withCheckDigit(`${index % 2 ? 'L' : 'B'}${index % 3 ? '9' : '8'}${String(7100000 + index * 4111).padStart(7, '0')}`, index % 2 ? 20 : 11),
      name,
      nationality,
      passport_number: `${nationality}${String(5400000 + index * 97)}`,
      job_category: job,
      employer_ubn: household ? '' : (employerUbns[index % employerUbns.length] ?? ''),
      household_employer_id_number: household ? withCheckDigit(`B1${String(3300000 + index * 777).padStart(7, '0')}`, 11) : '',
      household_employer_name: household ? ['陳雇主', '林雇主', '張雇主', '李雇主'][index % 4] ?? '' : '',
      agency_licence_number: `中市就服字第${String(100 + (index % 3)).padStart(4, '0')}號`,
      agency_name: ['大智人力仲介有限公司', '海線國際人力有限公司', '山城勞務仲介股份有限公司'][index % 3] ?? '',
      arrival_date: addDays(today, -(daysAgo[index] ?? 10)),
      permit_from: addDays(today, -(daysAgo[index] ?? 10)),
      permit_until: addDays(today, 3 * 365 - (daysAgo[index] ?? 10)),
      district_code: districts[index % districts.length] ?? '66000080',
    };
    return importColumns.map((column) => values[column] ?? '').join(',');
  });
  await workers.importCsv(officer, new TextEncoder().encode([importColumns.join(','), ...rows].join('\r\n')), {
    locale: 'zh-TW',
    requestId,
    fileName: 'demo-arrivals.csv',
  });

  // The demo people who are foreign workers (seeded by the people demo) arrive too.
  const seeded = (await db.query<{ id_number: string; name: string; preferred_locale: string; district_code: string | null }>(
    "SELECT id_number, name, preferred_locale, district_code FROM people WHERE id_kind = 'resident-certificate' AND id NOT IN (SELECT person_id FROM migrant_workers) ORDER BY name",
  )).rows;
  const nationalityOf: Record<string, 'ID' | 'VN' | 'TH' | 'other'> = { id: 'ID', vi: 'VN', th: 'TH' };
  for (const [index, person] of seeded.entries()) {
    await workers.create(
      officer,
      {
        residentCertificateNumber: person.id_number,
        name: person.name,
        nationality: nationalityOf[person.preferred_locale] ?? 'PH',
        passportNumber: `P${String(8800000 + index * 13)}`,
        jobCategory: 'manufacturing',
        employerId: undefined,
        arrivalDate: addDays(today, -(20 + index * 25)),
        districtCode: person.district_code ?? '66000080',
      },
      requestId,
    );
  }

  // Visits: the older arrivals mostly visited in time, one late, one with a kept passport; one left Taiwan.
  const tasks = (await db.query<{ id: string; worker_id: string; arrival_date: string; due_on: string; version: number }>(
    'SELECT t.id, t.worker_id, w.arrival_date, t.due_on, t.version FROM migrant_visit_tasks t JOIN migrant_workers w ON w.id = t.worker_id ORDER BY w.arrival_date',
  )).rows;
  let photographed = false;
  for (const [index, task] of tasks.entries()) {
    if (task.due_on >= today && index % 2 === 1) continue;
    if (index === 1) {
      await workers.changeStatus(officer, task.worker_id, { status: 'left-taiwan', since: addDays(task.arrival_date, 40) }, requestId);
      continue;
    }
    const visitedOn = index === 3 ? addDays(task.due_on, 6) : addDays(task.arrival_date, 20 + index * 3);
    if (visitedOn > today || index === 5) continue;
    const recorded = await visits.record(
      officer,
      task.id,
      {
        visitedOn,
        place: '宿舍',
        interpreterLanguage: 'none',
        videoCall: index % 2 === 0,
        present: ['worker'],
        checklist: index === 2 ? { ...allGood, passportKeptByWorker: false } : allGood,
        notes: index === 2 ? '雇主保管護照，已說明就業服務法第 57 條。' : undefined,
        taskVersion: task.version,
      },
      { requestId, locale: 'zh-TW' },
    );
    // The first visit carries a photo of the dormitory, so the visit records show one (ADR 0033).
    if (!photographed) {
      photographed = true;
      const bytes = new Uint8Array(readFileSync(new URL('./migrant-workers.demo-photo.jpg', import.meta.url)));
      await field.addPhoto(officer, recorded.id, { clientId: randomUUID(), bytes, mediaType: 'image/jpeg' }, requestId);
    }
  }
}
