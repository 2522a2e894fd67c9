import type { Permission } from '../../../../src/modules/access/permissions.ts';

/** The back-office areas; the navigation and the dashboard show those the user's roles may open. */
export type StaffArea = { key: string; path: string; permission: Permission };

export const staffAreas: readonly StaffArea[] = [
  { key: 'people', path: '/staff/people', permission: 'people.list' },
  { key: 'employers', path: '/staff/employers', permission: 'employers.read' },
  { key: 'complaints', path: '/staff/complaints', permission: 'complaints.list' },
  { key: 'violations-import', path: '/staff/violations/imports', permission: 'violations.import' },
  { key: 'violations-inspections', path: '/staff/violations/inspections', permission: 'violations.record' },
  { key: 'violations-decisions', path: '/staff/violations/decisions', permission: 'violations.import' },
  { key: 'content-qa', path: '/staff/content/qa', permission: 'content.edit' },
  { key: 'content-news', path: '/staff/content/news', permission: 'content.edit' },
  { key: 'accounts', path: '/staff/accounts', permission: 'accounts.manage' },
  { key: 'audit', path: '/staff/audit', permission: 'audit.read' },
  { key: 'heat', path: '/staff/heat', permission: 'heat.manage' },
  { key: 'usage', path: '/staff/usage', permission: 'usage.read' },
  { key: 'jobs', path: '/staff/jobs', permission: 'jobs.manage' },
  // Labor relations (issue 11).
  { key: 'mediation', path: '/staff/mediation', permission: 'mediation.list' },
  { key: 'quota', path: '/staff/quota', permission: 'quota.read' },
  { key: 'unions', path: '/staff/unions', permission: 'unions.read' },
  { key: 'social-dialogue', path: '/staff/social-dialogue', permission: 'unions.read' },
  { key: 'mass-layoffs', path: '/staff/mass-layoffs', permission: 'mass-layoffs.read' },
  { key: 'indicators', path: '/staff/indicators', permission: 'indicators.read' },
  // Migrant workers (issue 10).
  { key: 'migrant-workers', path: '/staff/migrant-workers/tasks', permission: 'migrant-workers.read' },
  { key: 'migrant-consultations', path: '/staff/migrant-workers/consultations', permission: 'migrant-consultations.read' },
  { key: 'migrant-dispatches', path: '/staff/migrant-workers/dispatches', permission: 'migrant-dispatches.read' },
  { key: 'migrant-centre', path: '/staff/migrant-centre', permission: 'migrant-workers.supervise' },
  // programs (ADR 0021)
  { key: 'programs', path: '/staff/programs', permission: 'programs.read' },
  // Vocational training classes, and the completed trainees for the stations to place (ADR 0041).
  { key: 'training', path: '/staff/programs/training', permission: 'programs.read' },
  { key: 'training-prompts', path: '/staff/programs/training/placement-prompts', permission: 'employment.read' },
  // Employment services (issue 8).
  { key: 'vacancies', path: '/staff/vacancies', permission: 'employment.read' },
  // The layoffs ahead, for the stations to offer their services in time (issue 11 §2).
  { key: 'mass-layoffs-upcoming', path: '/staff/mass-layoffs/upcoming', permission: 'mass-layoffs.upcoming' },
  // Case management (issue 9 §1).
  { key: 'cases', path: '/staff/cases', permission: 'cases.read' },
  { key: 'job-seekers', path: '/staff/job-seekers', permission: 'employment.read' },
  // Youth services (issue 9).
  { key: 'youth', path: '/staff/youth/slots', permission: 'youth.read' },
  { key: 'youth-indicator', path: '/staff/youth/indicator', permission: 'youth.indicator' },
  { key: 'career-entries', path: '/staff/career-entries', permission: 'career.verify' },
  // Job fairs (issue 8, ADR 0029).
  { key: 'job-fairs', path: '/staff/job-fairs', permission: 'job-fairs.read' },
  // Published rates (issue 14 §3, ADR 0024).
  { key: 'rates', path: '/staff/rates', permission: 'rates.manage' },
  // Translations for workers who read another language (issue 15 §1, ADR 0030).
  { key: 'translations', path: '/staff/translations', permission: 'translations.work' },
  { key: 'content-translations', path: '/staff/content/translations', permission: 'content.review-translations' },
  // Occupational safety (issue 12 §3, ADR 0035).
  { key: 'safety', path: '/staff/safety', permission: 'safety.read' },
];
