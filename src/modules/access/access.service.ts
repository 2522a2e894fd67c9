import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import type { AccountSortKey } from './access.contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { HomeUnit } from './access.contract.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords.ts';
import { maskEmail } from '../notifications/notifications.mask.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { hasPermission, permissionRoles, type Permission, type StaffRole } from './permissions.ts';

export type AccessSettings = {
  sessionTtlMinutes: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
};

/** `clientIp` keys the sign-in lockout (with the account); absent, all such callers share one key. */
export type RequestMeta = { requestId: string; clientIp?: string };

export type StaffAccount = {
  id: string;
  username: string;
  displayName: string;
  roles: StaffRole[];
  homeUnit: HomeUnit;
  workEmail: string | null;
  locale: Locale | null;
  isActive: boolean;
  isLocked: boolean;
  lastLoginAt: string | null;
  createdAt: string;
};

/** Where a staff member is reached by the platform's reminders (ADR 0042): only accounts with an address. */
export type StaffContact = { id: string; displayName: string; email: string; locale: Locale | null };

type StaffRow = {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  roles: StaffRole[];
  home_unit_kind: HomeUnit['kind'];
  home_unit_code: string | null;
  work_email: string | null;
  locale: Locale | null;
  is_active: boolean;
  failed_login_count: number;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Date;
};

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const loginAddressHash = (clientIp: string | undefined) => sha256(`login-address:${clientIp ?? 'local'}`);
const newToken = () => randomBytes(32).toString('base64url');
const homeUnitOf = (row: Pick<StaffRow, 'home_unit_kind' | 'home_unit_code'>): HomeUnit => ({ kind: row.home_unit_kind, code: row.home_unit_code });
const sameUnit = (a: HomeUnit, b: HomeUnit) => a.kind === b.kind && a.code === b.code;

/** `masked` for lists: the address is personal-ish data (ADR 0042), shown in full only on the account itself. */
function toAccount(row: Omit<StaffRow, 'password_hash' | 'failed_login_count'>, now: Date, masked = false): StaffAccount {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles,
    homeUnit: homeUnitOf(row),
    workEmail: row.work_email === null ? null : masked ? maskEmail(row.work_email) : row.work_email,
    locale: row.locale,
    isActive: row.is_active,
    isLocked: row.locked_until !== null && new Date(row.locked_until) > now,
    lastLoginAt: row.last_login_at ? new Date(row.last_login_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function createAccessService({
  db,
  clock,
  settings,
  referenceData,
}: {
  db: Db;
  clock: () => Date;
  settings: AccessSettings;
  referenceData: ReferenceData;
}) {
  /**
   * A home unit must be one of the city's units, and the whole city is the home of city-wide roles only
   * (`scope.city`): the permission alone decides who sees the whole city (ADR 0016).
   */
  function checkHomeUnit(unit: HomeUnit, roles: readonly StaffRole[]): void {
    if (!referenceData.isUnit(unit)) {
      throw new AppError('VALIDATION_FAILED', {
        fieldIssues: [{ field: 'homeUnit.code', code: 'custom', message: 'validation.home_unit' }],
      });
    }
    if (unit.kind === 'city' && !hasPermission(roles, 'scope.city')) {
      throw new AppError('VALIDATION_FAILED', {
        fieldIssues: [{ field: 'homeUnit', code: 'custom', message: 'validation.home_unit_city' }],
      });
    }
  }

  async function findByUsername(q: Queryable, username: string) {
    const result = await q.query<StaffRow>('SELECT * FROM staff_users WHERE lower(username) = lower($1)', [username]);
    return result.rows[0];
  }

  return {
    /**
     * Checks a password and opens a session. Failures are counted per account and client address: after
     * `loginMaxFailures` in a row from one address, that address is locked out of that account for
     * `loginLockoutMinutes`, while the owner can still sign in from elsewhere. A locked sign-in is answered
     * exactly like a wrong password (and an unknown username), after the same password check, so neither
     * the lock nor the account's existence shows (issue 16, finding 2).
     */
    async login(username: string, password: string, meta: RequestMeta) {
      const now = clock();
      const user = await findByUsername(db, username);
      if (!user) {
        await verifyPassword(await decoyPasswordHash(), password);
        await db.transaction((tx) =>
          recordAudit(tx, {
            actor: null,
            action: 'auth.login-failed',
            recordType: 'staff-user',
            requestId: meta.requestId,
          occurredAt: clock(),
            details: { reason: 'unknown-username' },
          }),
        );
        throw new AppError('INVALID_CREDENTIALS');
      }
      const addressHash = loginAddressHash(meta.clientIp);
      const lock = (
        await db.query<{ locked_until: Date | null }>(
          'SELECT locked_until FROM login_failures WHERE user_id = $1 AND address_hash = $2',
          [user.id, addressHash],
        )
      ).rows[0];
      const isLocked = lock?.locked_until != null && new Date(lock.locked_until) > now;
      const passwordMatches = await verifyPassword(user.password_hash, password);
      if (isLocked || !user.is_active || !passwordMatches) {
        await db.transaction(async (tx) => {
          if (isLocked) {
            await recordAudit(tx, {
              actor: { id: user.id, username: user.username },
              action: 'auth.login-locked',
              recordType: 'staff-user',
              recordId: user.id,
              requestId: meta.requestId,
              occurredAt: clock(),
              details: { reason: 'locked-for-address' },
            });
            return;
          }
          // A lock that has ended starts the count again.
          const { rows } = await tx.query<{ failures: number }>(
            `INSERT INTO login_failures AS f (user_id, address_hash, failures, locked_until, updated_at)
             VALUES ($1, $2, 1, NULL, $3)
             ON CONFLICT (user_id, address_hash) DO UPDATE SET
               failures = CASE WHEN f.locked_until IS NULL THEN f.failures + 1 ELSE 1 END,
               locked_until = NULL,
               updated_at = $3
             RETURNING failures`,
            [user.id, addressHash, now],
          );
          const failures = Number(rows[0]!.failures);
          const shouldLock = failures >= settings.loginMaxFailures;
          if (shouldLock) {
            const until = new Date(now.getTime() + settings.loginLockoutMinutes * 60_000);
            await tx.query('UPDATE login_failures SET failures = 0, locked_until = $3 WHERE user_id = $1 AND address_hash = $2', [
              user.id,
              addressHash,
              until,
            ]);
            // Shown to administrators as "locked" (from some address) until the latest lock ends.
            await tx.query('UPDATE staff_users SET locked_until = GREATEST(COALESCE(locked_until, $2), $2) WHERE id = $1', [user.id, until]);
          }
          await recordAudit(tx, {
            actor: { id: user.id, username: user.username },
            action: shouldLock ? 'auth.account-locked' : 'auth.login-failed',
            recordType: 'staff-user',
            recordId: user.id,
            requestId: meta.requestId,
          occurredAt: clock(),
            details: { reason: user.is_active ? 'wrong-password' : 'inactive', failures },
          });
        });
        throw new AppError('INVALID_CREDENTIALS');
      }
      const token = newToken();
      const csrfToken = newToken();
      await db.transaction(async (tx) => {
        await tx.query('UPDATE staff_users SET failed_login_count = 0, last_login_at = $2 WHERE id = $1', [user.id, now]);
        await tx.query('DELETE FROM login_failures WHERE user_id = $1 AND address_hash = $2', [user.id, addressHash]);
        await tx.query(
          'INSERT INTO staff_sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
          [sha256(token), user.id, csrfToken, now, new Date(now.getTime() + settings.sessionTtlMinutes * 60_000)],
        );
        await recordAudit(tx, {
          actor: { id: user.id, username: user.username },
          action: 'auth.login',
          recordType: 'staff-user',
          recordId: user.id,
          requestId: meta.requestId,
          occurredAt: clock(),
        });
      });
      return {
        token,
        csrfToken,
        username: user.username,
        displayName: user.display_name,
        roles: user.roles,
        homeUnit: homeUnitOf(user),
      };
    },

    /** The staff member behind a session cookie, or undefined when it is unknown or expired. */
    async resolveSession(token: string): Promise<StaffPrincipal | undefined> {
      const tokenHash = sha256(token);
      const result = await db.query<StaffRow & { csrf_token: string; expires_at: Date }>(
        `SELECT u.*, s.csrf_token, s.expires_at FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
         WHERE s.token_hash = $1`,
        [tokenHash],
      );
      const row = result.rows[0];
      if (!row) return undefined;
      if (new Date(row.expires_at) <= clock() || !row.is_active) {
        await db.query('DELETE FROM staff_sessions WHERE token_hash = $1', [tokenHash]);
        return undefined;
      }
      return {
        id: row.id,
        username: row.username,
        displayName: row.display_name,
        roles: row.roles,
        homeUnit: homeUnitOf(row),
        csrfToken: row.csrf_token,
        sessionTokenHash: tokenHash,
      };
    },

    async logout(staff: StaffPrincipal, meta: RequestMeta): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM staff_sessions WHERE token_hash = $1', [staff.sessionTokenHash]);
        await recordAudit(tx, {
          actor: { id: staff.id, username: staff.username },
          action: 'auth.logout',
          recordType: 'staff-user',
          recordId: staff.id,
          requestId: meta.requestId,
          occurredAt: clock(),
        });
      });
    },

    /**
     * Lifts every sign-in lock of an account (all addresses): `npm run account:unlock -- <username>`, for
     * the day nobody who could unlock it in the back office can sign in.
     */
    async unlockAccount(username: string, meta: RequestMeta): Promise<StaffAccount> {
      return db.transaction(async (tx) => {
        const user = await findByUsername(tx, username);
        if (!user) throw new AppError('NOT_FOUND');
        await tx.query('DELETE FROM login_failures WHERE user_id = $1', [user.id]);
        const after = (
          await tx.query<StaffRow>(
            'UPDATE staff_users SET locked_until = NULL, failed_login_count = 0, updated_at = now() WHERE id = $1 RETURNING *',
            [user.id],
          )
        ).rows[0] as StaffRow;
        await recordAudit(tx, {
          actor: null,
          action: 'staff-account.unlock',
          recordType: 'staff-user',
          recordId: user.id,
          requestId: meta.requestId,
          occurredAt: clock(),
          details: { username: user.username, channel: 'cli' },
        });
        return toAccount(after, clock());
      });
    },

    /** One account in full (its work address unmasked): the view is audited when an admin asks for it. */
    async getAccount(id: string, actor?: StaffPrincipal, meta?: RequestMeta): Promise<StaffAccount> {
      return db.transaction(async (tx) => {
        const row = (await tx.query<StaffRow>('SELECT * FROM staff_users WHERE id = $1', [id])).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        if (actor && meta) {
          await recordAudit(tx, { actor: { id: actor.id, username: actor.username }, action: 'staff-account.view', recordType: 'staff-user', recordId: id, requestId: meta.requestId, occurredAt: clock() });
        }
        return toAccount(row, clock());
      });
    },

    /** Staff accounts as a list (no filters yet), by username. */
    accountList(): ListDefinition<AccountSortKey, Omit<StaffRow, 'password_hash' | 'failed_login_count'>> {
      return {
        query: qb
          .selectFrom('staff_users')
          .select(['id', 'username', 'display_name', 'roles', 'home_unit_kind', 'home_unit_code', 'work_email', 'locale', 'is_active', 'locked_until', 'last_login_at', 'created_at'])
          .$castTo<Omit<StaffRow, 'password_hash' | 'failed_login_count'>>(),
        sortKeys: {
          username: { expression: sql`lower(username)`, type: 'text' },
          displayName: { expression: sql.ref('display_name'), type: 'text' },
          createdAt: { expression: sql.ref('created_at'), type: 'timestamptz' },
          lastLoginAt: { expression: sql.ref('last_login_at'), type: 'timestamptz' },
        },
        defaultSort: 'username',
        unique: { expression: sql.ref('id'), type: 'uuid' },
      };
    },

    /** A list row: the work address masked. */
    toAccount: (row: Omit<StaffRow, 'password_hash' | 'failed_login_count'>) => toAccount(row, clock(), true),

    /**
     * The read model other modules reach staff through (ADR 0042): the active accounts among `ids` that
     * hold a work address. `In` takes the caller's transaction, as the job reads and claims in one.
     */
    async contactsIn(q: Queryable, ids: readonly string[]): Promise<StaffContact[]> {
      if (ids.length === 0) return [];
      const rows = (await q.query<{ id: string; display_name: string; work_email: string; locale: Locale | null }>(
        'SELECT id, display_name, work_email, locale FROM staff_users WHERE id = ANY($1::uuid[]) AND is_active AND work_email IS NOT NULL ORDER BY id',
        [[...ids]],
      )).rows;
      return rows.map((r) => ({ id: r.id, displayName: r.display_name, email: r.work_email, locale: r.locale }));
    },

    /**
     * The active accounts with an address whose roles grant `permission` and whose home unit is `unit`; when
     * none is at that unit, those at home in the whole city (the supervising role of a site, ADR 0042).
     */
    async contactsWithPermissionIn(q: Queryable, permission: Permission, unit: HomeUnit): Promise<StaffContact[]> {
      const roles = [...permissionRoles[permission]];
      const rows = (await q.query<{ id: string; display_name: string; work_email: string; locale: Locale | null; home_unit_kind: string; home_unit_code: string | null }>(
        `SELECT id, display_name, work_email, locale, home_unit_kind, home_unit_code FROM staff_users
          WHERE is_active AND work_email IS NOT NULL AND roles && $1::text[]
            AND ((home_unit_kind = $2 AND home_unit_code IS NOT DISTINCT FROM $3) OR home_unit_kind = 'city')
          ORDER BY id`,
        [roles, unit.kind, unit.code],
      )).rows;
      const atUnit = rows.filter((r) => r.home_unit_kind === unit.kind && r.home_unit_code === unit.code);
      return (atUnit.length ? atUnit : rows.filter((r) => r.home_unit_kind === 'city')).map((r) => ({ id: r.id, displayName: r.display_name, email: r.work_email, locale: r.locale }));
    },

    async createAccount(
      actor: StaffPrincipal | null,
      input: { username: string; displayName: string; password: string; roles: StaffRole[]; homeUnit: HomeUnit; workEmail?: string | null | undefined; locale?: Locale | null | undefined },
      meta: RequestMeta,
    ): Promise<StaffAccount> {
      checkHomeUnit(input.homeUnit, input.roles);
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        if (await findByUsername(tx, input.username)) {
          throw new AppError('USERNAME_TAKEN', { params: { username: input.username } });
        }
        const result = await tx.query<StaffRow>(
          `INSERT INTO staff_users (username, display_name, password_hash, roles, home_unit_kind, home_unit_code, work_email, locale)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [input.username, input.displayName, passwordHash, input.roles, input.homeUnit.kind, input.homeUnit.code, input.workEmail ?? null, input.locale ?? null],
        );
        const row = result.rows[0] as StaffRow;
        await recordAudit(tx, {
          actor: actor ? { id: actor.id, username: actor.username } : null,
          action: 'staff-account.create',
          recordType: 'staff-user',
          recordId: row.id,
          requestId: meta.requestId,
          occurredAt: clock(),
          details: { username: row.username, roles: row.roles, homeUnit: homeUnitOf(row) },
        });
        return toAccount(row, clock());
      });
    },

    async updateAccount(
      actor: StaffPrincipal,
      id: string,
      changes: {
        displayName?: string | undefined;
        roles?: StaffRole[] | undefined;
        homeUnit?: HomeUnit | undefined;
        workEmail?: string | null | undefined;
        locale?: Locale | null | undefined;
        isActive?: boolean | undefined;
        password?: string | undefined;
        unlock?: boolean | undefined;
      },
      meta: RequestMeta,
    ): Promise<StaffAccount> {
      // An admin who locks themselves out leaves nobody to undo it.
      if (actor.id === id && (changes.isActive === false || (changes.roles && !changes.roles.includes('admin')))) {
        throw new AppError('SELF_LOCKOUT');
      }
      const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
      return db.transaction(async (tx) => {
        const before = (await tx.query<StaffRow>('SELECT * FROM staff_users WHERE id = $1 FOR UPDATE', [id])).rows[0];
        if (!before) throw new AppError('NOT_FOUND');
        // Checked against the roles and unit the account will have, so that a role change cannot leave a
        // unit-bound role at home in the whole city. Unchanged accounts made before units existed pass.
        if (changes.homeUnit || changes.roles) {
          checkHomeUnit(changes.homeUnit ?? homeUnitOf(before), changes.roles ?? before.roles);
        }
        const result = await tx.query<StaffRow>(
          `UPDATE staff_users SET
             display_name = COALESCE($2, display_name),
             roles = COALESCE($3, roles),
             home_unit_kind = COALESCE($4, home_unit_kind),
             home_unit_code = CASE WHEN $4::text IS NULL THEN home_unit_code ELSE $5 END,
             is_active = COALESCE($6, is_active),
             password_hash = COALESCE($7, password_hash),
             locked_until = CASE WHEN $8::boolean THEN NULL ELSE locked_until END,
             failed_login_count = CASE WHEN $8::boolean THEN 0 ELSE failed_login_count END,
             work_email = CASE WHEN $9::boolean THEN $10 ELSE work_email END,
             locale = CASE WHEN $11::boolean THEN $12 ELSE locale END,
             updated_at = now()
           WHERE id = $1 RETURNING *`,
          [
            id,
            changes.displayName ?? null,
            changes.roles ?? null,
            changes.homeUnit?.kind ?? null,
            changes.homeUnit?.code ?? null,
            changes.isActive ?? null,
            passwordHash ?? null,
            changes.unlock === true,
            changes.workEmail !== undefined,
            changes.workEmail ?? null,
            changes.locale !== undefined,
            changes.locale ?? null,
          ],
        );
        const after = result.rows[0] as StaffRow;
        if (changes.unlock === true) await tx.query('DELETE FROM login_failures WHERE user_id = $1', [id]);
        // A deactivated account or a new password ends the account's open sessions.
        if (changes.isActive === false || passwordHash) {
          await tx.query('DELETE FROM staff_sessions WHERE user_id = $1', [id]);
        }
        const changed: Record<string, unknown> = {};
        if (changes.displayName !== undefined && changes.displayName !== before.display_name) changed.displayName = true;
        if (changes.roles) changed.roles = { from: before.roles, to: after.roles };
        if (changes.homeUnit && !sameUnit(homeUnitOf(before), homeUnitOf(after))) {
          changed.homeUnit = { from: homeUnitOf(before), to: homeUnitOf(after) };
        }
        if (changes.isActive !== undefined) changed.isActive = { from: before.is_active, to: after.is_active };
        // The address itself stays out of the audit trail: whether it changed is what an auditor needs.
        if (changes.workEmail !== undefined && changes.workEmail !== before.work_email) changed.workEmail = changes.workEmail === null ? 'cleared' : 'set';
        if (changes.locale !== undefined && changes.locale !== before.locale) changed.locale = { from: before.locale, to: after.locale };
        if (passwordHash) changed.password = 'reset';
        if (changes.unlock) changed.unlocked = true;
        await recordAudit(tx, {
          actor: { id: actor.id, username: actor.username },
          action: 'staff-account.update',
          recordType: 'staff-user',
          recordId: id,
          requestId: meta.requestId,
          occurredAt: clock(),
          details: { username: after.username, changed },
        });
        return toAccount(after, clock());
      });
    },
  };
}

export type AccessService = ReturnType<typeof createAccessService>;
