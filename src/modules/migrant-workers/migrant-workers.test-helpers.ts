/** Shared by the module's tests: a worker request, an upload, a visit. */
import type { Session, TestContext } from '../../../test/test-app.ts';

export const workerBody = (overrides: Record<string, unknown> = {}) => ({
  residentCertificateNumber: 'B812345609',
  name: 'NGUYEN VAN AN',
  nationality: 'VN',
  passportNumber: 'C1234567',
  jobCategory: 'manufacturing',
  arrivalDate: '2026-01-10',
  districtCode: '66000080',
  ...overrides,
});

export const allGood = {
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

export const visitBody = (overrides: Record<string, unknown> = {}) => ({
  visitedOn: '2026-02-20',
  place: '北屯區 factory dormitory',
  interpreterLanguage: 'vi',
  videoCall: true,
  present: ['worker', 'employer representative'],
  checklist: allGood,
  ...overrides,
});

export async function upload(t: TestContext, session: Session, text: string, lang = 'en') {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), 'workers.csv');
  const response = await t.app.request(`/api/v1/staff/migrant-workers/imports?lang=${lang}`, {
    method: 'POST',
    body: form,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
  });
  const body = await response.text();
  return { status: response.status, json: body ? JSON.parse(body) : undefined, text: body };
}
