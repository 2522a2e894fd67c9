import type { Permission } from '../../../../src/modules/access/permissions.ts';

/**
 * The groups the menu sorts the areas into, in menu order (`staff-auth.nav.groups.<group>`): by the bureau's
 * lines of work, so that an officer finds an area under the service it belongs to.
 */
export const staffGroups = ['inspection', 'employment', 'migrant', 'relations', 'programs', 'public', 'admin'] as const;
export type StaffGroup = (typeof staffGroups)[number];

/** The back-office areas; the navigation and the dashboard show those the user's roles may open. */
export type StaffArea = { key: string; group: StaffGroup; path: string; permission: Permission };

export const staffAreas: readonly StaffArea[] = [
  { key: 'people', group: 'inspection', path: '/staff/people', permission: 'people.list' },
  { key: 'employers', group: 'inspection', path: '/staff/employers', permission: 'employers.read' },
  { key: 'complaints', group: 'inspection', path: '/staff/complaints', permission: 'complaints.list' },
  { key: 'violations-import', group: 'inspection', path: '/staff/violations/imports', permission: 'violations.import' },
  { key: 'violations-inspections', group: 'inspection', path: '/staff/violations/inspections', permission: 'violations.record' },
  { key: 'violations-decisions', group: 'inspection', path: '/staff/violations/decisions', permission: 'violations.import' },
  { key: 'content-qa', group: 'public', path: '/staff/content/qa', permission: 'content.edit' },
  { key: 'content-news', group: 'public', path: '/staff/content/news', permission: 'content.edit' },
  { key: 'accounts', group: 'admin', path: '/staff/accounts', permission: 'accounts.manage' },
  { key: 'audit', group: 'admin', path: '/staff/audit', permission: 'audit.read' },
  { key: 'heat', group: 'public', path: '/staff/heat', permission: 'heat.manage' },
  { key: 'usage', group: 'public', path: '/staff/usage', permission: 'usage.read' },
  { key: 'jobs', group: 'admin', path: '/staff/jobs', permission: 'jobs.manage' },
  // Labor relations (issue 11).
  { key: 'mediation', group: 'relations', path: '/staff/mediation', permission: 'mediation.list' },
  { key: 'quota', group: 'relations', path: '/staff/quota', permission: 'quota.read' },
  { key: 'unions', group: 'relations', path: '/staff/unions', permission: 'unions.read' },
  { key: 'social-dialogue', group: 'relations', path: '/staff/social-dialogue', permission: 'unions.read' },
  { key: 'mass-layoffs', group: 'relations', path: '/staff/mass-layoffs', permission: 'mass-layoffs.read' },
  { key: 'indicators', group: 'admin', path: '/staff/indicators', permission: 'indicators.read' },
  // Migrant workers (issue 10).
  { key: 'migrant-workers', group: 'migrant', path: '/staff/migrant-workers/tasks', permission: 'migrant-workers.read' },
  { key: 'migrant-consultations', group: 'migrant', path: '/staff/migrant-workers/consultations', permission: 'migrant-consultations.read' },
  { key: 'migrant-dispatches', group: 'migrant', path: '/staff/migrant-workers/dispatches', permission: 'migrant-dispatches.read' },
  { key: 'migrant-centre', group: 'migrant', path: '/staff/migrant-centre', permission: 'migrant-workers.supervise' },
  // programs (ADR 0021)
  { key: 'programs', group: 'programs', path: '/staff/programs', permission: 'programs.read' },
  // Vocational training classes, and the completed trainees for the stations to place (ADR 0041).
  { key: 'training', group: 'programs', path: '/staff/programs/training', permission: 'programs.read' },
  { key: 'training-prompts', group: 'employment', path: '/staff/programs/training/placement-prompts', permission: 'employment.read' },
  // Employment services (issue 8).
  { key: 'vacancies', group: 'employment', path: '/staff/vacancies', permission: 'employment.read' },
  // The layoffs ahead, for the stations to offer their services in time (issue 11 §2).
  { key: 'mass-layoffs-upcoming', group: 'employment', path: '/staff/mass-layoffs/upcoming', permission: 'mass-layoffs.upcoming' },
  // Case management (issue 9 §1).
  { key: 'cases', group: 'employment', path: '/staff/cases', permission: 'cases.read' },
  { key: 'job-seekers', group: 'employment', path: '/staff/job-seekers', permission: 'employment.read' },
  // Youth services (issue 9).
  { key: 'youth', group: 'employment', path: '/staff/youth/slots', permission: 'youth.read' },
  { key: 'youth-indicator', group: 'employment', path: '/staff/youth/indicator', permission: 'youth.indicator' },
  { key: 'career-entries', group: 'employment', path: '/staff/career-entries', permission: 'career.verify' },
  // Job fairs (issue 8, ADR 0029).
  { key: 'job-fairs', group: 'employment', path: '/staff/job-fairs', permission: 'job-fairs.read' },
  // Published rates (issue 14 §3, ADR 0024).
  { key: 'rates', group: 'admin', path: '/staff/rates', permission: 'rates.manage' },
  // Translations for workers who read another language (issue 15 §1, ADR 0030).
  { key: 'translations', group: 'migrant', path: '/staff/translations', permission: 'translations.work' },
  { key: 'content-translations', group: 'public', path: '/staff/content/translations', permission: 'content.review-translations' },
  // Occupational safety (issue 12 §3, ADR 0035).
  { key: 'safety', group: 'programs', path: '/staff/safety', permission: 'safety.read' },
];
