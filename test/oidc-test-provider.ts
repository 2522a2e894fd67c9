/**
 * A real OpenID Connect provider for tests (oidc-provider), on a free local port, standing in for the
 * national identity service. Its login and consent steps answer themselves for the subject the test
 * chooses (`signInAs`), so a test drives the whole redirect dance over HTTP as a browser would.
 */
import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';

export type TestIdentity = { sub: string; name?: string; email?: string; email_verified?: boolean; [claim: string]: unknown };

export async function startOidcProvider(options: { clientId: string; clientSecret: string; redirectUri: string }) {
  let identity: TestIdentity = { sub: 'nobody' };
  const identities = new Map<string, TestIdentity>();
  let server: Server | undefined;
  const listening = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => resolve(port));
    });
  });
  const issuer = `http://127.0.0.1:${listening}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    cookies: { keys: ['test-only-cookie-key-0123456789'] },
    claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'], national_id: ['tw_id_number'] },
    scopes: ['openid', 'profile', 'email', 'national_id'],
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ ...(identities.get(sub) ?? { sub }), sub }),
    }),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
  });
  provider.on('server_error', () => {});
  const callback = provider.callback();
  server = createServer(async (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      try {
        const details = await provider.interactionDetails(req, res);
        if (details.prompt.name === 'login') {
          identities.set(identity.sub, identity);
          await provider.interactionFinished(req, res, { login: { accountId: identity.sub } }, { mergeWithLastSubmission: false });
        } else {
          const grant = new provider.Grant({ accountId: details.session?.accountId ?? identity.sub, clientId: String(details.params.client_id) });
          grant.addOIDCScope(String(details.params.scope));
          const grantId = await grant.save();
          await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
        }
      } catch (error) {
        res.statusCode = 500;
        res.end(String(error));
      }
      return;
    }
    callback(req, res);
  });
  await new Promise<void>((resolve) => server?.listen(listening, '127.0.0.1', resolve));

  /**
   * Follows the provider's redirects from the authorization URL, with its cookies, until it sends the
   * browser back to the client: answers that URL (code and state in its query).
   */
  async function authorize(authorizationUrl: string): Promise<URL> {
    const jar = new Map<string, string>();
    let url = authorizationUrl;
    for (let hop = 0; hop < 12; hop += 1) {
      const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const eq = pair?.indexOf('=') ?? -1;
        if (pair && eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`the provider stopped at ${response.status}: ${(await response.text()).slice(0, 300)}`);
      const next = new URL(location, url);
      if (next.href.startsWith(options.redirectUri)) return next;
      url = next.href;
    }
    throw new Error('too many redirects at the provider');
  }

  return {
    issuer,
    signInAs(value: TestIdentity) {
      identity = value;
    },
    authorize,
    close: () => new Promise<void>((resolve) => server?.close(() => resolve())),
  };
}
