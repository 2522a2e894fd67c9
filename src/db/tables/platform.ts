import type { Generated } from 'kysely';
import type { JsonValue } from './json.ts';

export type AuditEventsTable = {
  id: Generated<number>;
  occurred_at: Generated<Date>;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  request_id: string | null;
  details: Generated<JsonValue>;
};

export type RateLimitWindowsTable = {
  key_hash: string;
  window_started_at: Date;
  window_ends_at: Date;
  hits: number;
};

export type SchemaMigrationsTable = {
  id: string;
  applied_at: Generated<Date>;
};

export type StaffSessionsTable = {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Date;
};

export type StaffUsersTable = {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string;
  roles: Generated<string[]>;
  home_unit_code: string | null;
  home_unit_kind: string;
  is_active: Generated<boolean>;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  work_email: string | null;
  locale: string | null;
};

/** Hardening (issue 16): sign-in failures per account and hashed client address. */
export type LoginFailuresTable = {
  user_id: string;
  address_hash: string;
  failures: Generated<number>;
  locked_until: Date | null;
  updated_at: Date;
};

export type NotificationsTable = {
  id: Generated<string>;
  record_type: string;
  record_id: string;
  channel: string;
  template: string;
  locale: string;
  recipient: string | null;
  recipient_masked: string;
  params: JsonValue;
  status: string;
  attempts: Generated<number>;
  last_error: string | null;
  claimed_until: Date | null;
  provider_message_id: string | null;
  job_id: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
  sent_at: Date | null;
};

export type UsageDailyCountsTable = {
  day: string;
  kind: string;
  name: string;
  count: Generated<number>;
};

export type PlatformTables = {
  audit_events: AuditEventsTable;
  rate_limit_windows: RateLimitWindowsTable;
  schema_migrations: SchemaMigrationsTable;
  staff_sessions: StaffSessionsTable;
  staff_users: StaffUsersTable;
  login_failures: LoginFailuresTable;
  notifications: NotificationsTable;
  usage_daily_counts: UsageDailyCountsTable;
};

export const platformColumns = {
  audit_events: ['id', 'occurred_at', 'actor_id', 'actor_username', 'action', 'record_type', 'record_id', 'request_id', 'details'],
  rate_limit_windows: ['key_hash', 'window_started_at', 'window_ends_at', 'hits'],
  schema_migrations: ['id', 'applied_at'],
  staff_sessions: ['token_hash', 'user_id', 'csrf_token', 'created_at', 'expires_at'],
  staff_users: ['id', 'username', 'display_name', 'password_hash', 'roles', 'home_unit_code', 'home_unit_kind', 'is_active', 'failed_login_count', 'locked_until', 'last_login_at', 'created_at', 'updated_at', 'work_email', 'locale'],
  login_failures: ['user_id', 'address_hash', 'failures', 'locked_until', 'updated_at'],
  notifications: ['id', 'record_type', 'record_id', 'channel', 'template', 'locale', 'recipient', 'recipient_masked', 'params', 'status', 'attempts', 'last_error', 'claimed_until', 'provider_message_id', 'job_id', 'created_at', 'last_attempt_at', 'sent_at'],
  usage_daily_counts: ['day', 'kind', 'name', 'count'],
} as const;
