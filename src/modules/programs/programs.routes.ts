import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, publicAccess, requires, requiresOrAccount } from '../../shared/http/route.ts';
import type { Letterhead } from '../../shared/documents/pdf.ts';
import { pdfHeaders } from './programs.me-routes.ts';
import type { ProgramsSelfService } from './programs.self-service.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { AppError } from '../../shared/errors.ts';
import { attendanceInput, course, courseDetail, courseInput, enrolmentRequest, indicator7, publicCourse, sessionInput } from './labor-university.contract.ts';
import type { CourseSessions } from './labor-university.sessions.ts';
import type { LaborUniversityService } from './labor-university.ts';
import {
  applicationDetail,
  applicationQuery,
  applicationRequest,
  applicationSummary,
  decisionRequest,
  documentUpload,
  eligibilityResponse,
  programCode,
  programDefinitionInput,
  publicProgram,
  programVersions,
  staffProgram,
} from './programs.contract.ts';
import { applicantFacts } from './programs.rules.ts';
import type { ProgramsService } from './programs.service.ts';

const codeParam = z.object({ code: programCode });
const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });
const tags = ['programs'];

const listOpen = defineRoute(publicAccess, {
  method: 'get', path: '/api/v1/programs', tags, summary: 'Programs open now, with their eligibility in words in the caller language',
  responses: { 200: jsonContent(z.array(publicProgram), 'Programs') },
});
const checkEligibility = defineRoute(publicAccess, {
  method: 'post', path: '/api/v1/programs/{code}/eligibility', tags, summary: 'Rule-by-rule eligibility on the facts given (nothing stored)',
  request: { params: codeParam, body: jsonBody(applicantFacts) },
  responses: { 200: jsonContent(eligibilityResponse, 'Result'), ...problemResponses(400, 404) },
});
// One route for every channel: staff name the applicant; a signed-in citizen or employer account is the applicant.
const apply = defineRoute(requiresOrAccount('programs.apply'), {
  method: 'post', path: '/api/v1/programs/{code}/applications', tags,
  summary: 'File an application (staff for an applicant, or a signed-in citizen or employer for themselves)',
  description:
    'Staff send `personId`, `personIdNumber` or `employerId`; an account sends none of them (its person or employer is the applicant). A second live application by the same applicant for the same program and period answers 409 DUPLICATE_APPLICATION.',
  request: { params: codeParam, body: jsonBody(applicationRequest) },
  responses: { 201: jsonContent(created, 'Filed'), ...problemResponses(400, 401, 403, 404, 409) },
});
const staffPrograms = defineRoute(requires('programs.read'), {
  method: 'get', path: '/api/v1/staff/programs', tags, summary: 'Programs in force, with entitlement, roles, sources and this year’s quota',
  responses: { 200: jsonContent(z.array(staffProgram), 'Programs'), ...problemResponses(401, 403) },
});
const listApplications = defineRoute(requires('programs.read'), {
  method: 'get', path: '/api/v1/staff/applications', tags, summary: 'Applications (applicants masked)',
  request: { query: applicationQuery },
  responses: { ...listResponses(applicationSummary, 'Applications'), ...problemResponses(400, 401, 403, 422) },
});
const getApplication = defineRoute(requires('programs.read'), {
  method: 'get', path: '/api/v1/staff/applications/{id}', tags, summary: 'One application with its rule-by-rule result (audited)',
  request: { params: idParam },
  responses: { 200: jsonContent(applicationDetail, 'Application'), ...problemResponses(401, 403, 404) },
});
const decide = defineRoute(requires('programs.decide'), {
  method: 'post', path: '/api/v1/staff/applications/{id}/decision', tags, summary: 'Approve or reject (never by the maker)',
  request: { params: idParam, body: jsonBody(decisionRequest) },
  responses: { 200: jsonContent(z.object({ id: z.uuid(), status: z.string() }), 'Decided'), ...problemResponses(400, 401, 403, 404, 409) },
});
const addDocument = defineRoute(requires('programs.apply'), {
  method: 'post', path: '/api/v1/staff/applications/{id}/documents', tags, summary: 'Attach a required document (type and size checked)',
  request: { params: idParam, body: jsonBody(documentUpload) },
  responses: { 201: jsonContent(created, 'Stored'), ...problemResponses(400, 401, 403, 404, 409, 413) },
});
const documentParam = z.object({ id: z.uuid(), documentId: z.uuid() });
const readDocument = defineRoute(requires('programs.read'), {
  method: 'get', path: '/api/v1/staff/applications/{id}/documents/{documentId}', tags, summary: 'Download a document of an application (a full view, audited)',
  request: { params: documentParam },
  responses: { 200: { description: 'The file, with its media type' }, ...problemResponses(401, 403, 404) },
});
const staffNotice = defineRoute(requires('programs.read'), {
  method: 'get', path: '/api/v1/staff/applications/{id}/notice.pdf', tags, summary: 'The decision notice as a PDF letter (names the applicant: audited)',
  request: { params: idParam },
  responses: { 200: { description: 'application/pdf' }, ...problemResponses(401, 403, 404) },
});
const definitionVersions = defineRoute(requires('programs.read'), {
  method: 'get', path: '/api/v1/staff/programs/{code}/versions', tags, summary: 'Every version of a program definition, newest first, with its quotas by year',
  request: { params: codeParam },
  responses: { 200: jsonContent(programVersions, 'Versions'), ...problemResponses(401, 403, 404) },
});
const preparePayment = defineRoute(requires('programs.apply'), {
  method: 'post', path: '/api/v1/staff/applications/{id}/payment', tags, summary: 'Prepare the payment of an approved application',
  request: { params: idParam },
  responses: { 201: jsonContent(created, 'Prepared'), ...problemResponses(401, 403, 404, 409) },
});
const approvePayment = defineRoute(requires('programs.decide'), {
  method: 'post', path: '/api/v1/staff/payments/{id}/approve', tags, summary: 'Second approval of a payment (never by who prepared it)',
  request: { params: idParam },
  responses: { 200: jsonContent(z.object({ id: z.uuid(), paidAt: z.string() }), 'Paid'), ...problemResponses(401, 403, 404, 409) },
});
const defineProgram = defineRoute(requires('programs.define'), {
  method: 'post', path: '/api/v1/staff/programs', tags, summary: 'Add a version of a program definition, in force from its effective date',
  request: { body: jsonBody(programDefinitionInput) },
  responses: { 201: jsonContent(created, 'Added'), ...problemResponses(400, 401, 403, 409) },
});
const quotaInput = z.object({ year: z.int().min(2000).max(2100), places: z.int().min(0).nullable(), budgetTwd: z.int().min(0).nullable(), source: z.string().trim().min(1).max(300) });
const setQuota = defineRoute(requires('programs.define'), {
  method: 'put', path: '/api/v1/staff/programs/{code}/quota', tags, summary: 'Set the places and budget of a program for a year, with their source',
  request: { params: codeParam, body: jsonBody(quotaInput) },
  responses: { 204: { description: 'Set' }, ...problemResponses(400, 401, 403) },
});
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const listCourses = defineRoute(requires('programs.read'), {
  method: 'get', path: '/api/v1/staff/labor-university/courses', tags, summary: 'Labor university courses of a year',
  request: { query: yearQuery },
  responses: { 200: jsonContent(z.array(course), 'Courses'), ...problemResponses(400, 401, 403) },
});
const addCourse = defineRoute(requires('programs.apply'), {
  method: 'post', path: '/api/v1/staff/labor-university/courses', tags, summary: 'Add a course',
  request: { body: jsonBody(courseInput) },
  responses: { 201: jsonContent(created, 'Added'), ...problemResponses(400, 401, 403, 409) },
});
const enrol = defineRoute(requires('programs.apply'), {
  method: 'post', path: '/api/v1/staff/labor-university/enrolments', tags, summary: 'Enrol a person, applying for the full subsidy with a special group',
  request: { body: jsonBody(enrolmentRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid(), applicationId: z.uuid().nullable() }), 'Enrolled'), ...problemResponses(400, 401, 403, 404, 409) },
});
const getCourse = defineRoute(requires('programs.read'), {
  method: 'get', path: '/api/v1/staff/labor-university/courses/{id}', tags, summary: 'A course with its sessions, enrolments (names masked) and attendance',
  request: { params: idParam },
  responses: { 200: jsonContent(courseDetail, 'Course'), ...problemResponses(401, 403, 404) },
});
const addSession = defineRoute(requires('programs.apply'), {
  method: 'post', path: '/api/v1/staff/labor-university/courses/{id}/sessions', tags, summary: 'Add a meeting of a course',
  request: { params: idParam, body: jsonBody(sessionInput) },
  responses: { 201: jsonContent(created, 'Added'), ...problemResponses(400, 401, 403, 404, 409) },
});
const takeAttendance = defineRoute(requires('programs.apply'), {
  method: 'put', path: '/api/v1/staff/labor-university/sessions/{id}/attendance', tags,
  summary: 'Take the attendance of a meeting: the enrolments present; every other one is recorded absent',
  request: { params: idParam, body: jsonBody(attendanceInput) },
  responses: { 200: jsonContent(z.object({ present: z.int(), absent: z.int() }), 'Recorded'), ...problemResponses(400, 401, 403, 404) },
});
const listPublicCourses = defineRoute(publicAccess, {
  method: 'get', path: '/api/v1/labor-university/courses', tags, summary: 'This year’s labor-university courses, with the places left (no enrolment data)',
  responses: { 200: jsonContent(z.array(publicCourse), 'Courses') },
});
const getIndicator7 = defineRoute(requires('programs.read'), {
  method: 'get', path: '/api/v1/staff/labor-university/indicator-7', tags, summary: 'Indicator 7: subsidised disadvantaged enrolments ÷ all enrolments × 100',
  request: { query: yearQuery },
  responses: { 200: jsonContent(indicator7, 'Indicator 7'), ...problemResponses(400, 401, 403) },
});

export function programsRoutes({
  programs,
  laborUniversity,
  lists,
  self,
  sessions,
  letterhead,
}: {
  programs: ProgramsService;
  laborUniversity: LaborUniversityService;
  lists: ListResponder;
  self: ProgramsSelfService;
  sessions: CourseSessions;
  letterhead: Letterhead;
}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const staffOf = (c: { get(key: 'staff'): AppEnv['Variables']['staff'] }) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return staff;
  };
  app.openapi(listOpen, async (c) => c.json(await programs.listOpen(c.get('locale')), 200));
  app.openapi(checkEligibility, async (c) => c.json(await programs.checkEligibility(c.req.valid('param').code, c.req.valid('json'), c.get('locale')), 200));
  app.openapi(apply, async (c) => {
    const staff = c.get('staff');
    const code = c.req.valid('param').code;
    if (staff) return c.json(await programs.apply(staff, code, c.req.valid('json'), { channel: 'staff', locale: c.get('locale'), requestId: c.get('requestId') }), 201);
    const account = c.get('account');
    if (!account) throw new AppError('UNAUTHENTICATED');
    return c.json(await self.apply(account, code, c.req.valid('json'), c.get('locale'), c.get('requestId')), 201);
  });
  app.openapi(readDocument, async (c) => {
    const { id, documentId } = c.req.valid('param');
    const file = await programs.readDocument(staffOf(c), id, documentId, c.get('requestId'));
    // Served as a download with its checked type, never rendered in the app's origin.
    const name = encodeURIComponent(file.fileName);
    return new Response(file.content, {
      status: 200,
      headers: { 'content-type': file.mediaType, 'content-disposition': `attachment; filename*=UTF-8''${name}`, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' },
    }) as never;
  });
  app.openapi(staffNotice, async (c) => {
    const { bytes, fileName } = await self.noticePdf({ staff: staffOf(c), requestId: c.get('requestId') }, c.req.valid('param').id, letterhead);
    return new Response(bytes, { status: 200, headers: pdfHeaders(fileName) }) as never;
  });
  app.openapi(definitionVersions, async (c) => c.json(await programs.versions(c.req.valid('param').code, c.get('locale')), 200));
  app.openapi(staffPrograms, async (c) => c.json(await programs.listForStaff(c.get('locale')), 200));
  app.openapi(listApplications, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    const locale = c.get('locale');
    return lists.answer(c, {
      list: programs.list(filters, locale),
      params: query,
      filters,
      toItem: programs.toSummary(locale),
      export: {
        name: 'applications',
        title: 'lists.applications',
        personalData: true,
        columns: [
          { header: 'columns.applications.programName', value: (a) => a.programName, weight: 2 },
          { header: 'columns.applications.applicant', value: (a) => a.applicant },
          { header: 'columns.applications.status', value: (a) => a.status },
          { header: 'columns.applications.amountTwd', value: (a) => (a.amountTwd === null ? '' : String(a.amountTwd)) },
          { header: 'columns.applications.submittedAt', value: (a) => a.submittedAt },
        ],
      },
    }) as never;
  });
  app.openapi(getApplication, async (c) => c.json(await programs.view(staffOf(c), c.req.valid('param').id, c.get('locale'), c.get('requestId')), 200));
  app.openapi(decide, async (c) => c.json(await programs.decide(staffOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 200));
  app.openapi(addDocument, async (c) => c.json(await programs.addDocument(staffOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(preparePayment, async (c) => c.json(await programs.preparePayment(staffOf(c), c.req.valid('param').id, c.get('requestId')), 201));
  app.openapi(approvePayment, async (c) => c.json(await programs.approvePayment(staffOf(c), c.req.valid('param').id, c.get('requestId')), 200));
  app.openapi(defineProgram, async (c) => c.json(await programs.saveDefinition(staffOf(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(setQuota, async (c) => {
    await programs.setQuota(staffOf(c), { programCode: c.req.valid('param').code, ...c.req.valid('json') }, c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(listCourses, async (c) => c.json(await laborUniversity.courses(c.req.valid('query').year), 200));
  app.openapi(addCourse, async (c) => c.json(await laborUniversity.addCourse(staffOf(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(enrol, async (c) => c.json(await laborUniversity.enrol(staffOf(c), c.req.valid('json'), c.get('locale'), c.get('requestId')), 201));
  app.openapi(getCourse, async (c) => c.json(await sessions.detail(c.req.valid('param').id), 200));
  app.openapi(addSession, async (c) => c.json(await sessions.addSession(staffOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(takeAttendance, async (c) => c.json(await sessions.recordAttendance(staffOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 200));
  app.openapi(listPublicCourses, async (c) => c.json(await laborUniversity.openCourses(Number(programs.today().slice(0, 4))), 200));
  app.openapi(getIndicator7, async (c) => c.json(await laborUniversity.indicator7(c.req.valid('query').year), 200));
  return app;
}
