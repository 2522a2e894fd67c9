-- Accounts of the public (ADR 0017): citizens and employer staff, apart from staff accounts. A citizen
-- account links to one person (people), an employer account to one employer (employers); neither copies
-- the record. Passwords are Argon2id; tokens and session ids are stored as SHA-256 hashes only.
CREATE TABLE public_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('citizen', 'employer')),
  -- Stored as typed; unique without regard to case. Null for an account made by OpenID Connect alone.
  email text,
  -- Null until a password is set (an OIDC-only account, an invited employer staff member).
  password_hash text,
  email_verified_at timestamptz,
  person_id uuid REFERENCES people (id),
  employer_id uuid REFERENCES employers (id),
  -- An employer account's role in its employer: the admin invites the others.
  employer_role text CHECK (employer_role IN ('admin', 'member')),
  -- The national identity service's subject (issuer + sub), when the citizen signed in through it.
  oidc_issuer text,
  oidc_subject text,
  locale text NOT NULL DEFAULT 'zh-TW',
  failed_login_count integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'employer') = (employer_id IS NOT NULL)),
  CHECK ((kind = 'employer') = (employer_role IS NOT NULL)),
  CHECK (kind = 'citizen' OR person_id IS NULL),
  CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL)),
  CHECK (email IS NOT NULL OR oidc_subject IS NOT NULL)
);
CREATE UNIQUE INDEX public_accounts_email_key ON public_accounts (lower(email));
-- One account per person, and one per identity at the identity service.
CREATE UNIQUE INDEX public_accounts_person_key ON public_accounts (person_id);
CREATE UNIQUE INDEX public_accounts_oidc_key ON public_accounts (oidc_issuer, oidc_subject);
CREATE INDEX public_accounts_employer_idx ON public_accounts (employer_id);

CREATE TABLE public_sessions (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES public_accounts (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX public_sessions_account_idx ON public_sessions (account_id);
CREATE INDEX public_sessions_expires_idx ON public_sessions (expires_at);

-- Single-use tokens sent by e-mail: verify the address, reset the password, accept an employer invitation.
CREATE TABLE public_account_tokens (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES public_accounts (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('verify-email', 'reset-password', 'employer-invitation')),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX public_account_tokens_account_idx ON public_account_tokens (account_id, purpose);

-- An OpenID Connect sign-in under way (the national identity service): state, nonce and PKCE verifier,
-- for ten minutes. The browser holds the state in a cookie; the row is deleted when the callback uses it.
CREATE TABLE public_oidc_logins (
  state_hash text PRIMARY KEY,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX public_oidc_logins_expires_idx ON public_oidc_logins (expires_at);
