import { OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../shared/errors.ts';
import { assertStrongPassword } from './password-strength.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { rateLimit, type RateLimiter } from '../../shared/http/rate-limit.ts';
import { anyStaff, defineRoute, publicAccess, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import {
  accountListQuery,
  createAccountRequest,
  loginRequest,
  sessionResponse,
  staffAccount,
  updateAccountRequest,
} from './access.contract.ts';
import type { AccessService } from './access.service.ts';

export const sessionCookieName = 'sid';

const login = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/auth/login',
  tags: ['auth'],
  summary: 'Sign in as staff; sets the session cookie',
  request: { body: jsonBody(loginRequest) },
  responses: { 200: jsonContent(sessionResponse, 'Signed in'), ...problemResponses(400, 401, 429) },
});

const me = defineRoute(anyStaff, {
  method: 'get',
  path: '/api/v1/auth/me',
  tags: ['auth'],
  summary: 'The signed-in staff member',
  responses: { 200: jsonContent(sessionResponse, 'The session'), ...problemResponses(401) },
});

const logout = defineRoute(anyStaff, {
  method: 'post',
  path: '/api/v1/auth/logout',
  tags: ['auth'],
  summary: 'End the session',
  responses: { 204: { description: 'Signed out' }, ...problemResponses(401, 403) },
});

const listAccounts = defineRoute(requires('accounts.manage'), {
  method: 'get',
  path: '/api/v1/staff/accounts',
  tags: ['accounts'],
  summary: 'Staff accounts',
  request: { query: accountListQuery },
  responses: { ...listResponses(staffAccount, 'Accounts'), ...problemResponses(400, 401, 403, 422) },
});

const createAccount = defineRoute(requires('accounts.manage'), {
  method: 'post',
  path: '/api/v1/staff/accounts',
  tags: ['accounts'],
  summary: 'Create a staff account',
  request: { body: jsonBody(createAccountRequest) },
  responses: { 201: jsonContent(staffAccount, 'Created'), ...problemResponses(400, 401, 403, 409) },
});

const getAccount = defineRoute(requires('accounts.manage'), {
  method: 'get',
  path: '/api/v1/staff/accounts/{id}',
  tags: ['accounts'],
  summary: 'One staff account',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: jsonContent(staffAccount, 'The account'), ...problemResponses(400, 401, 403, 404) },
});

const updateAccount = defineRoute(requires('accounts.manage'), {
  method: 'patch',
  path: '/api/v1/staff/accounts/{id}',
  tags: ['accounts'],
  summary: 'Change roles, name, home unit, password; deactivate or unlock',
  request: { params: z.object({ id: z.uuid() }), body: jsonBody(updateAccountRequest) },
  responses: { 200: jsonContent(staffAccount, 'Updated'), ...problemResponses(400, 401, 403, 404, 409) },
});

export function accessRoutes(deps: {
  access: AccessService;
  loginLimiter: RateLimiter;
  now: () => number;
  secureCookies: boolean;
  sessionTtlMinutes: number;
  lists: ListResponder;
}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/api/v1/auth/login', rateLimit(deps.loginLimiter, deps.now, 'login'));

  app.openapi(login, async (c) => {
    c.set('noStore', true); // the answer carries the CSRF token
    const { username, password } = c.req.valid('json');
    const session = await deps.access.login(username, password, { requestId: c.get('requestId'), clientIp: c.get('clientIp') });
    setCookie(c, sessionCookieName, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: deps.secureCookies,
      path: '/',
      maxAge: deps.sessionTtlMinutes * 60,
    });
    return c.json(
      {
        username: session.username,
        displayName: session.displayName,
        roles: session.roles,
        homeUnit: session.homeUnit,
        csrfToken: session.csrfToken,
      },
      200,
    );
  });

  app.openapi(me, (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return c.json(
      {
        username: staff.username,
        displayName: staff.displayName,
        roles: staff.roles as z.infer<typeof sessionResponse>['roles'],
        homeUnit: staff.homeUnit,
        csrfToken: staff.csrfToken,
      },
      200,
    );
  });

  app.openapi(logout, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    await deps.access.logout(staff, { requestId: c.get('requestId') });
    deleteCookie(c, sessionCookieName, { path: '/', secure: deps.secureCookies });
    return c.body(null, 204);
  });

  app.openapi(listAccounts, async (c) => {
    const params = c.req.valid('query');
    return deps.lists.answer(c, {
      list: deps.access.accountList(),
      params,
      filters: {},
      toItem: deps.access.toAccount,
      export: {
        name: 'accounts',
        title: 'lists.accounts',
        personalData: true,
        columns: [
          { header: 'columns.accounts.username', value: (a) => a.username },
          { header: 'columns.accounts.displayName', value: (a) => a.displayName },
          { header: 'columns.accounts.roles', value: (a) => a.roles.join(', '), weight: 2 },
          { header: 'columns.accounts.unitCode', value: (a) => (a.homeUnit.code ? `${a.homeUnit.kind}:${a.homeUnit.code}` : a.homeUnit.kind) },
          { header: 'columns.accounts.isActive', value: (a) => (a.isActive ? 'Y' : 'N') },
          { header: 'columns.accounts.lastLoginAt', value: (a) => a.lastLoginAt },
        ],
      },
    }) as never;
  });

  app.openapi(createAccount, async (c) => {
    const input = c.req.valid('json');
    assertStrongPassword(input.password, input.username);
    const account = await deps.access.createAccount(c.get('staff') ?? null, input, {
      requestId: c.get('requestId'),
    });
    return c.json(account, 201);
  });

  app.openapi(getAccount, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return c.json(await deps.access.getAccount(c.req.valid('param').id, staff, { requestId: c.get('requestId') }), 200);
  });

  app.openapi(updateAccount, async (c) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    assertStrongPassword(c.req.valid('json').password);
    const account = await deps.access.updateAccount(staff, c.req.valid('param').id, c.req.valid('json'), {
      requestId: c.get('requestId'),
    });
    return c.json(account, 200);
  });

  return app;
}
