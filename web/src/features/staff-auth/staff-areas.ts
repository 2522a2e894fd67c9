import type { Permission } from '../../../../src/modules/access/permissions.ts';

/** The back-office areas; the navigation and the dashboard show those the user's roles may open. */
export type StaffArea = { key: string; path: string; permission: Permission };

export const staffAreas: readonly StaffArea[] = [
  { key: 'people', path: '/staff/people', permission: 'people.list' },
  { key: 'employers', path: '/staff/employers', permission: 'employers.read' },
  { key: 'accounts', path: '/staff/accounts', permission: 'accounts.manage' },
  { key: 'audit', path: '/staff/audit', permission: 'audit.read' },
];
