/**
 * Roles and what each may do. A staff route names one permission; the roles listed here are the only
 * ones that pass. Nothing is allowed by default: a route without a declared access rule fails the
 * route-policy test, and a role missing from a list is refused.
 */
export const staffRoles = [
  'admin',
  'employment-officer',
  'case-manager',
  'labor-inspector',
  'migrant-officer',
  'mediator',
  'programs-officer',
  'analyst',
  // The consultation centre's interpreters (issue 15 §1): they translate the bureau's replies, nothing else.
  'interpreter',
  // Occupational safety (issue 12 §3, ADR 0035): zero-disaster certification, on-site guidance, safety events.
  'safety-officer',
  // The inspection section's supervisor (科長/股長, issue 15 §8a; ADR 0008 foresaw it): assigns and oversees
  // complaints and may read a complainant's identity, without administering accounts.
  'complaints-supervisor',
] as const;
export type StaffRole = (typeof staffRoles)[number];

// Mediators are left out: they are often external committee members, and read the parties of their own
// cases through the mediation module, never the people register (issue 16, finding 5).
const caseworkers = ['employment-officer', 'case-manager', 'migrant-officer'] as const;
const allButAnalyst = staffRoles.filter((role) => role !== 'analyst' && role !== 'interpreter');

export const permissionRoles = {
  /** Create accounts, assign roles and home units, lock and unlock. */
  'accounts.manage': ['admin'],
  /**
   * See the whole city, not only the home unit: `scope=city` on lists, and any record by its id. For roles
   * whose work is city-wide (ADR 0016); an account of any other role works from a station, a mediation
   * site or a rehabilitation region.
   */
  'scope.city': ['admin', 'analyst', 'labor-inspector', 'programs-officer', 'migrant-officer', 'safety-officer', 'complaints-supervisor'],
  /** Search the audit trail. */
  'audit.read': ['admin'],
  /** See the durable jobs (queued, running, failed) and retry a failed one (audited). */
  'jobs.manage': ['admin'],
  /** Lists of people, with identifiers and phones masked. */
  'people.list': [...caseworkers, 'labor-inspector'],
  /** A person's full record, every view audited. */
  'people.read-full': caseworkers,
  'people.write': ['employment-officer', 'case-manager', 'migrant-officer'],
  /** A person's sensitive attributes (disability, special groups, health). */
  'people.read-sensitive': ['case-manager'],
  'employers.read': allButAnalyst,
  'employers.write': ['employment-officer', 'labor-inspector', 'programs-officer', 'admin'],
  /** Write Q&A items and news posts (drafts) for the public site. */
  'content.edit': ['programs-officer', 'admin'],
  /** Put Q&A items and news posts on the public site, or take them down. Same roles for now; a city can narrow it. */
  'content.publish': ['programs-officer', 'admin'],
  /** Complaint lists and details, never the complainant (ADR 0008). */
  'complaints.list': ['labor-inspector', 'complaints-supervisor', 'admin'],
  /** The supervising role for complaints: assigns them, sees overdue lists, may reveal identities (ADR 0008). */
  'complaints.assign': ['complaints-supervisor', 'admin'],
  /** Workflow steps, evidence downloads and the employer notice, for the assigned inspector only. */
  'complaints.handle': ['labor-inspector'],
  /** Reveal a complainant's sealed identity: assigned inspector or supervisor, every reading audited. */
  'complaints.read-identity': ['labor-inspector', 'complaints-supervisor', 'admin'],
  /** Enter heat readings and publish or withdraw heat warnings (audited). */
  'heat.manage': ['labor-inspector', 'admin'],
  /** Usage counts and indicator 2 (tool uses ÷ page views); counts only, nothing personal. */
  'usage.read': ['analyst', 'admin'],
  /** Import MOL violations files (違反勞動法令事業單位) by upload (audited). */
  'violations.import': ['labor-inspector', 'admin'],
  /** Record the bureau's own inspection results (最新勞動檢查結果) and publish them (audited). */
  'violations.record': ['labor-inspector'],
  // Mediation (issue 11, ADR 0020).
  /** Mediation cases of the home site (parties masked); enter an application taken at the counter. */
  'mediation.list': ['mediator', 'admin'],
  /** Appoint mediators and read any case's parties (the supervising role). */
  'mediation.assign': ['admin'],
  /** Book sessions, print notices and record outcomes: the case's own mediator, or the supervising role. */
  'mediation.handle': ['mediator', 'admin'],
  // Disability employment quota and unions (issue 11, ADR 0020).
  /** Quota obligations and indicator 6 (employers' counts, nothing personal). */
  'quota.read': ['programs-officer', 'analyst', 'admin'],
  /** Enter employers' monthly disabled-employee counts and the shortfall payment's monthly amount (audited). */
  'quota.write': ['programs-officer', 'admin'],
  /** The union registry, evaluations and indicator 5. */
  'unions.read': ['programs-officer', 'analyst', 'admin'],
  'unions.write': ['programs-officer', 'admin'],
  // Mass-layoff plans (大量解僱勞工保護法; issue 11 §2, ADR 0037): the labor-relations officers' work.
  /** Plans, their assessment, deadlines and committees (employers' data, nothing personal). */
  'mass-layoffs.read': ['programs-officer', 'mediator', 'analyst', 'admin'],
  /** Enter a plan for an employer, record the agreement, convene the committee, its meetings, close the plan. */
  'mass-layoffs.write': ['programs-officer', 'admin'],
  /** Enter the rule set (the figures of Arts. 2, 4, 5 with their source). */
  'mass-layoffs.rules': ['admin'],
  /** The plans ahead and how many workers each affects, for the employment service to offer its help in time. */
  'mass-layoffs.upcoming': ['employment-officer', 'programs-officer', 'admin'],
  // indicators module (衡量指標, ADR 0022)
  /** The indicators dashboard and drill-downs; module officers see their own module's indicators only. */
  'indicators.read': ['analyst', 'admin', 'employment-officer', 'programs-officer', 'migrant-officer'],
  /** Every indicator's drill-down, whatever the module. */
  'indicators.read-all': ['analyst', 'admin'],
  /** Enter figures the platform cannot hold, with their source document (audited). */
  'indicators.enter': ['analyst'],
  /** Close a period (freezing its figures), review the recompute and reissue with a reason (audited). */
  'indicators.close': ['analyst'],
  /** Definitions (a year's set, weights adding up to 100 %) and targets (audited). */
  'indicators.manage': ['admin'],
  // Migrant workers (issue 10, ADR 0019): records of the whole city, tasks shared out by work district.
  /** Worker lists (masked) and visit tasks. */
  'migrant-workers.read': ['migrant-officer', 'admin'],
  /** A worker's full record (resident certificate, passport), every view audited. */
  'migrant-workers.read-full': ['migrant-officer'],
  /** Register and import workers, change their status, record visits. */
  'migrant-workers.write': ['migrant-officer'],
  /** The supervising role: names each district's officer and reassigns visit tasks. */
  'migrant-workers.supervise': ['admin'],
  /** Indicator 8 (counts only, nothing personal). */
  'migrant-workers.indicator': ['migrant-officer', 'analyst', 'admin'],
  // The consultation centre and 1955 dispatches (issue 10 §3, ADR 0032): city-wide, like the visit tasks.
  /** The consultation log (callers masked), its monthly figures. */
  'migrant-consultations.read': ['migrant-officer', 'admin'],
  /** Log consultations and turn one into a complaint, a mediation application or a follow-up visit. */
  'migrant-consultations.write': ['migrant-officer'],
  /** A caller's name and phone and the consultation's notes, every view audited. */
  'migrant-consultations.read-contact': ['migrant-officer'],
  /** 1955 dispatches and the overdue list (workers masked). */
  'migrant-dispatches.read': ['migrant-officer', 'admin'],
  /** Enter and import 1955 dispatches, read one in full (audited) and reply to it. */
  'migrant-dispatches.write': ['migrant-officer'],
  // programs (ADR 0021): who may act at all; each program's definition narrows makers and checkers further.
  /** Program definitions, applications and their rule-by-rule results, with applicants masked in lists. */
  'programs.read': ['programs-officer', 'admin', 'analyst'],
  /** Enter an application for an applicant (the maker), upload its documents, prepare its payment. */
  'programs.apply': ['programs-officer', 'admin'],
  /** Decide an application or approve a payment (the checker); never one the same person prepared. */
  'programs.decide': ['programs-officer', 'admin'],
  /** Add a version of a program's definition, its year's quota, its special groups (audited). */
  'programs.define': ['programs-officer', 'admin'],
  /**
   * Pay (ADR 0039): see and enter an application's bank account, gather payment batches, approve another
   * person's batch, download the bank file, record the bank's result. Bank data is read by these roles only.
   */
  'programs.pay': ['programs-officer', 'admin'],
  /** Open a recovery of an overpayment, record repayments, ask for and approve a write-off (never both). */
  'programs.recover': ['programs-officer', 'admin'],
  // Employment services (issue 8).
  /** Job seekers (masked lists, full profiles audited), vacancies, matches and referrals of the home station. */
  'employment.read': ['employment-officer', 'case-manager', 'admin'],
  /** Register job seekers, post and publish vacancies, refer, record outcomes and follow-ups. */
  'employment.write': ['employment-officer'],
  /** A job seeker's 特定對象 status (recorded with consent), for the roles that serve those groups. */
  'employment.read-sensitive': ['employment-officer', 'case-manager'],
  /** Indicator 1 (求職就業率) and its drill-downs: counts only. */
  'employment.indicators': ['employment-officer', 'analyst', 'admin'],
  // Case management (issue 9 §1, ADR 0026). The supervising role is admin, as for complaints and mediation.
  /** Cases of the home unit (names masked in lists), each full view in the case's access log; the caseload. */
  'cases.read': ['case-manager', 'admin'],
  /** Take a case in: the intake officer becomes its case manager. */
  'cases.intake': ['case-manager'],
  /** Work on a case (plan, notes, tasks, consent, referrals, transfers, closure): its own manager, or a supervisor. */
  'cases.handle': ['case-manager', 'admin'],
  /** The supervising role: the access log, every confidential note, and referrals without consent (with a reason). */
  'cases.supervise': ['admin'],
  // Youth services, 職涯發展中心 (issue 9 section 3, ADR 0027). Counsellors are employment-service staff.
  /** Slots and their bookings (names masked), session records (every reading audited), events. */
  'youth.read': ['employment-officer', 'case-manager', 'admin'],
  /** Publish slots and events, record no-shows, sessions and attendance. */
  'youth.write': ['employment-officer', 'case-manager'],
  /** Summer-job placements: the household's 低收入戶 / 中低收入戶 status is special-group data. */
  'youth.summer-jobs': ['employment-officer'],
  /** Indicator 4's numerator and its drill-downs: counts only. */
  'youth.indicator': ['employment-officer', 'programs-officer', 'analyst', 'admin'],
  // Job fairs (issue 8 "Job fairs", ADR 0029): run by the employment service's officers.
  /** Fairs, their employers, registrations (names masked), interviews, hires and figures. */
  'job-fairs.read': ['employment-officer', 'programs-officer', 'admin'],
  /** Create and publish fairs, approve employers, register and check in at the door, record interviews and hires. */
  'job-fairs.write': ['employment-officer'],
  // The worker's career record (勞工職涯工作卡, issue 9 section 2): the worker's own; officers verify.
  /** Entries workers added (names masked) and their verification (audited). */
  'career.verify': ['employment-officer'],
  // Published rates (issue 14 §3, ADR 0024).
  /** Publish a minimum wage, contribution grade table or disability table with its announcement (audited). */
  'rates.manage': ['admin'],
  // Translations (issue 15, ADR 0030).
  /** The translation queue: the bureau's Chinese text to a worker who reads another language (never who it is for). */
  'translations.work': ['interpreter', 'admin'],
  /** Review content translations marked machine-assisted, one queue per language. */
  'content.review-translations': ['interpreter', 'programs-officer', 'admin'],
  // Occupational safety (issue 12 §3, ADR 0035): city-wide work of the bureau's safety section.
  /** Construction projects and their monthly logs, guidance requests and visits, experts, events, the figures. */
  'safety.read': ['safety-officer', 'labor-inspector', 'admin'],
  /** Register projects and log their months, request and record guidance, keep experts, run events (audited). */
  'safety.write': ['safety-officer'],
  /** Review an ended project and issue (or refuse) its zero-disaster certificate (audited). */
  'safety.certify': ['safety-officer'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissionRoles;

export function isStaffRole(value: string): value is StaffRole {
  return (staffRoles as readonly string[]).includes(value);
}

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = permissionRoles[permission];
  return roles.some((role) => allowed.includes(role));
}
