import type { Generated } from 'kysely';

// Public accounts (src/modules/public-accounts, migration 0010).
export type PublicAccountsTable = {
  id: Generated<string>;
  kind: 'citizen' | 'employer';
  email: string | null;
  password_hash: string | null;
  email_verified_at: Date | null;
  person_id: string | null;
  employer_id: string | null;
  employer_role: 'admin' | 'member' | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  locale: Generated<string>;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type PublicSessionsTable = {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: Date;
  expires_at: Date;
};

export type PublicAccountTokensTable = {
  token_hash: string;
  account_id: string;
  purpose: 'verify-email' | 'reset-password' | 'employer-invitation';
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
};

export type PublicOidcLoginsTable = {
  state_hash: string;
  nonce: string;
  code_verifier: string;
  created_at: Date;
  expires_at: Date;
};

export type PublicAccountsTables = {
  public_accounts: PublicAccountsTable;
  public_sessions: PublicSessionsTable;
  public_account_tokens: PublicAccountTokensTable;
  public_oidc_logins: PublicOidcLoginsTable;
};

export const publicAccountsColumns = {
  public_accounts: ['id', 'kind', 'email', 'password_hash', 'email_verified_at', 'person_id', 'employer_id', 'employer_role', 'oidc_issuer', 'oidc_subject', 'locale', 'failed_login_count', 'locked_until', 'last_login_at', 'created_at', 'updated_at'],
  public_sessions: ['token_hash', 'account_id', 'csrf_token', 'created_at', 'expires_at'],
  public_account_tokens: ['token_hash', 'account_id', 'purpose', 'created_at', 'expires_at', 'used_at'],
  public_oidc_logins: ['state_hash', 'nonce', 'code_verifier', 'created_at', 'expires_at'],
} as const;
