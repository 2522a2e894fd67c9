/**
 * Every API route is declared through `defineRoute`, which records who may call it. The access rule is
 * part of the declaration so it cannot be forgotten: a route registered on the app without one fails
 * `route-policy.test.ts`, and the rule itself is enforced by the middleware added here.
 */
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import { hasPermission, type Permission } from '../../modules/access/permissions.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

export type Access =
  | { kind: 'public' }
  /** Any signed-in staff member, whatever the role (their own session, logout). */
  | { kind: 'staff' }
  /**
   * A staff member holding the permission; with `orAccount`, also a signed-in citizen or employer account
   * (a route both channels share, e.g. filing a program application): the handler tells which one it is.
   */
  | { kind: 'permission'; permission: Permission; orAccount?: true }
  /** A signed-in citizen or employer account (src/modules/public-accounts, ADR 0017); never a staff session. */
  | { kind: 'account' };

export const publicAccess: Access = { kind: 'public' };
export const anyStaff: Access = { kind: 'staff' };
export const requires = (permission: Permission): Access => ({ kind: 'permission', permission });
export const anyAccount: Access = { kind: 'account' };
export const requiresOrAccount = (permission: Permission): Access => ({ kind: 'permission', permission, orAccount: true });

/** `GET /api/v1/staff/people/{id}` → access rule; filled as routes are declared. */
export const routePolicies = new Map<string, Access>();

export function policyKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function authorize(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access.kind === 'public') return next();
    // Staff data and session answers are never stored by a cache: the app sets no-store on the way out.
    c.set('noStore', true);
    if (access.kind === 'account') {
      const account = c.get('account');
      if (!account) throw new AppError('UNAUTHENTICATED');
      if (!safeMethods.has(c.req.method) && !sameToken(c.req.header('x-csrf-token') ?? '', account.csrfToken)) {
        throw new AppError('CSRF_FAILED');
      }
      return next();
    }
    const staff = c.get('staff');
    const account = access.kind === 'permission' && access.orAccount ? c.get('account') : undefined;
    if (!staff && account) {
      if (!safeMethods.has(c.req.method) && !sameToken(c.req.header('x-csrf-token') ?? '', account.csrfToken)) {
        throw new AppError('CSRF_FAILED');
      }
      return next();
    }
    if (!staff) throw new AppError('UNAUTHENTICATED');
    // Cookies ride along on cross-site requests; the token in a header cannot.
    if (!safeMethods.has(c.req.method) && !sameToken(c.req.header('x-csrf-token') ?? '', staff.csrfToken)) {
      throw new AppError('CSRF_FAILED');
    }
    if (access.kind === 'permission' && !hasPermission(staff.roles, access.permission)) {
      throw new AppError('FORBIDDEN');
    }
    return next();
  };
}

/** `createRoute` plus the access rule, enforced and recorded. */
export function defineRoute<R extends RouteConfig>(access: Access, config: R): R {
  routePolicies.set(policyKey(config.method, config.path), access);
  const described =
    access.kind === 'public'
      ? []
      : access.kind === 'account'
        ? [{ accountSession: [] }]
        : access.kind === 'permission' && access.orAccount
          ? [{ staffSession: [] }, { accountSession: [] }]
          : [{ staffSession: [] }];
  const extra =
    access.kind === 'permission'
      ? `\n\nRequires permission \`${access.permission}\`${access.orAccount ? ', or a citizen or employer account session' : ''}.`
      : access.kind === 'staff'
        ? '\n\nRequires a staff session.'
        : '';
  return createRoute({
    ...config,
    description: (config.description ?? '') + extra,
    security: described,
    middleware: [authorize(access)],
  }) as R;
}

/**
 * The signed-in staff member of a request behind a staff route. The route's guard has already refused anyone
 * else, so the throw is for a handler wired without one: it answers 401 rather than acting for nobody.
 */
export function signedInStaff(c: { get(key: 'staff'): AppEnv['Variables']['staff'] }): NonNullable<AppEnv['Variables']['staff']> {
  const staff = c.get('staff');
  if (!staff) throw new AppError('UNAUTHENTICATED');
  return staff;
}
