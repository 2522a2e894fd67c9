/**
 * Sign-in through the national identity service (TW FidO and the MyData family) by OpenID Connect, with
 * openid-client (ADR 0017): authorization code flow with state, nonce and PKCE (S256). The state, nonce
 * and verifier wait in `public_oidc_logins` (hashed state as key) for ten minutes; the browser holds the
 * state in an HttpOnly cookie, so a callback from another browser (login CSRF) fails. Nothing personal
 * goes in a URL: the callback carries only the code and the state, and the claims stay on the server.
 */
import * as client from 'openid-client';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { identifyIdNumber } from '../people/identifiers.ts';
import type { PeopleService } from '../people/people.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { accountActor, sha256, type AccountRow, type PublicAccountsService } from './public-accounts.service.ts';

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scope: string;
  /** The claim that carries the national ID number, when the service releases it (OIDC_ID_NUMBER_CLAIM). */
  idNumberClaim: string | undefined;
};

const loginMinutes = 10;

/** Plain HTTP is for a provider on this machine only (tests, development). */
const isLocal = (url: string) => /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//.test(url.endsWith('/') ? url : `${url}/`);

export function createOidcSignIn(deps: { db: Db; clock: () => Date; settings: OidcSettings; accounts: PublicAccountsService; people: PeopleService }) {
  const { db, clock, settings } = deps;
  let configuration: Promise<client.Configuration> | undefined;
  const discover = () => {
    configuration ??= client
      .discovery(new URL(settings.issuer), settings.clientId, undefined, client.ClientSecretPost(settings.clientSecret), isLocal(settings.issuer) ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((error: unknown) => {
        configuration = undefined; // a provider that was down is asked again next time
        throw error;
      });
    return configuration;
  };

  return {
    /** The URL to send the browser to, and the state for its cookie. */
    async start(): Promise<{ url: string; state: string }> {
      const config = await discover();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const verifier = client.randomPKCECodeVerifier();
      const now = clock();
      await db.query('DELETE FROM public_oidc_logins WHERE expires_at <= $1', [now]);
      await db.query('INSERT INTO public_oidc_logins (state_hash, nonce, code_verifier, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
        sha256(state), nonce, verifier, now, new Date(now.getTime() + loginMinutes * 60_000),
      ]);
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scope,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, state };
    },

    /**
     * The callback: checks state (against the cookie and the stored login), exchanges the code with the
     * PKCE verifier, checks the ID token's nonce, then finds or makes the citizen account of that subject
     * and opens a session. Any failure is OIDC_FAILED, with no detail from the provider in the answer.
     */
    async finish(query: string, cookieState: string | undefined, requestId: string) {
      const params = new URLSearchParams(query);
      const state = params.get('state') ?? '';
      if (!cookieState || state !== cookieState) throw new AppError('OIDC_FAILED');
      const login = (
        await db.query<{ nonce: string; code_verifier: string; expires_at: Date }>('DELETE FROM public_oidc_logins WHERE state_hash = $1 RETURNING nonce, code_verifier, expires_at', [sha256(state)])
      ).rows[0];
      if (!login || new Date(login.expires_at) <= clock()) throw new AppError('OIDC_FAILED');
      let claims: client.IDToken | undefined;
      try {
        const config = await discover();
        const currentUrl = new URL(settings.redirectUri);
        currentUrl.search = query;
        const tokens = await client.authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier: login.code_verifier, expectedState: state, expectedNonce: login.nonce, idTokenExpected: true });
        const idToken = tokens.claims();
        // Providers may keep profile claims out of the ID token (oidc-provider does by default): the
        // UserInfo endpoint answers them, and checks that they belong to the same subject.
        const userInfo = idToken ? await client.fetchUserInfo(config, tokens.access_token, idToken.sub) : undefined;
        claims = idToken ? { ...userInfo, ...idToken } : undefined;
      } catch (error) {
        throw new AppError('OIDC_FAILED', { cause: error });
      }
      if (!claims) throw new AppError('OIDC_FAILED');
      const subject = claims.sub;
      const issuer = claims.iss;
      const email = typeof claims.email === 'string' && claims.email_verified === true ? claims.email : null;
      const rawId = settings.idNumberClaim ? claims[settings.idNumberClaim] : undefined;
      const idNumber = typeof rawId === 'string' && identifyIdNumber(rawId.toUpperCase()) ? rawId.toUpperCase() : undefined;
      const name = typeof claims.name === 'string' ? claims.name : undefined;

      return db.transaction(async (tx) => {
        let account = (await tx.query<AccountRow>('SELECT * FROM public_accounts WHERE oidc_issuer = $1 AND oidc_subject = $2 FOR UPDATE', [issuer, subject])).rows[0];
        if (!account) {
          // A verified address that already has an account is that account, now also reachable this way.
          const byEmail = email ? await deps.accounts.findByEmail(tx, email) : undefined;
          if (byEmail && byEmail.kind === 'citizen' && byEmail.oidc_subject === null) {
            account = (await tx.query<AccountRow>('UPDATE public_accounts SET oidc_issuer = $2, oidc_subject = $3, email_verified_at = COALESCE(email_verified_at, $4) WHERE id = $1 RETURNING *', [byEmail.id, issuer, subject, clock()])).rows[0];
          } else {
            account = (
              await tx.query<AccountRow>(
                `INSERT INTO public_accounts (kind, email, email_verified_at, oidc_issuer, oidc_subject) VALUES ('citizen', $1, $2, $3, $4) RETURNING *`,
                [byEmail ? null : email, email && !byEmail ? clock() : null, issuer, subject],
              )
            ).rows[0];
            await recordAudit(tx, { actor: accountActor(account as AccountRow), action: 'account.sign-up', recordType: 'public-account', recordId: (account as AccountRow).id, requestId, occurredAt: clock(), details: { kind: 'citizen', how: 'oidc' } });
          }
        }
        const row = account as AccountRow;
        // A proven ID number links the account to its person (an existing record included), once.
        if (!row.person_id && idNumber && name) {
          const person = await deps.people.findOrRegisterProven(tx, { idNumber, name, email, preferredLocale: row.locale }, requestId);
          const taken = await tx.query('SELECT 1 FROM public_accounts WHERE person_id = $1', [person.id]);
          if (taken.rowCount === 0) {
            await tx.query('UPDATE public_accounts SET person_id = $2 WHERE id = $1', [row.id, person.id]);
            row.person_id = person.id;
          }
        }
        return deps.accounts.openSession(tx, row, requestId, 'oidc');
      });
    },
  };
}

export type OidcSignIn = ReturnType<typeof createOidcSignIn>;
