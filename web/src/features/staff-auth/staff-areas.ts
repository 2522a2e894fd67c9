import type { Permission } from '../../../../src/modules/access/permissions.ts';

/** The back-office areas; the navigation and the dashboard show those the user's roles may open. */
export type StaffArea = { key: string; path: string; permission: Permission };

export const staffAreas: readonly StaffArea[] = [
  { key: 'people', path: '/staff/people', permission: 'people.list' },
  { key: 'employers', path: '/staff/employers', permission: 'employers.read' },
  { key: 'complaints', path: '/staff/complaints', permission: 'complaints.list' },
  { key: 'violations-import', path: '/staff/violations/imports', permission: 'violations.import' },
  { key: 'violations-inspections', path: '/staff/violations/inspections', permission: 'violations.record' },
  { key: 'content-qa', path: '/staff/content/qa', permission: 'content.edit' },
  { key: 'content-news', path: '/staff/content/news', permission: 'content.edit' },
  { key: 'accounts', path: '/staff/accounts', permission: 'accounts.manage' },
  { key: 'audit', path: '/staff/audit', permission: 'audit.read' },
  { key: 'heat', path: '/staff/heat', permission: 'heat.manage' },
  { key: 'usage', path: '/staff/usage', permission: 'usage.read' },
  { key: 'jobs', path: '/staff/jobs', permission: 'jobs.manage' },
  // Employment services (issue 8).
  { key: 'vacancies', path: '/staff/vacancies', permission: 'employment.read' },
];
