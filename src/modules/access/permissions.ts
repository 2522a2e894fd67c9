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
] as const;
export type StaffRole = (typeof staffRoles)[number];

const caseworkers = ['employment-officer', 'case-manager', 'migrant-officer', 'mediator'] as const;
const allButAnalyst = staffRoles.filter((role) => role !== 'analyst');

export const permissionRoles = {
  /** Create accounts, assign roles, lock and unlock. */
  'accounts.manage': ['admin'],
  /** Search the audit trail. */
  'audit.read': ['admin'],
  /** Lists of people, with identifiers and phones masked. */
  'people.list': [...caseworkers, 'labor-inspector'],
  /** A person's full record, every view audited. */
  'people.read-full': caseworkers,
  'people.write': ['employment-officer', 'case-manager', 'migrant-officer'],
  /** A person's sensitive attributes (disability, special groups, health). */
  'people.read-sensitive': ['case-manager'],
  'employers.read': allButAnalyst,
  'employers.write': ['employment-officer', 'labor-inspector', 'programs-officer', 'admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissionRoles;

export function isStaffRole(value: string): value is StaffRole {
  return (staffRoles as readonly string[]).includes(value);
}

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = permissionRoles[permission];
  return roles.some((role) => allowed.includes(role));
}
