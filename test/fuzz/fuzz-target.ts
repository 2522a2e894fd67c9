/**
 * What the fuzzer attacks: the app over a fresh database with the demo data (so ids lead to real records),
 * served on a real port, with one session per demo staff account (one per role) besides the anonymous one.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadDemoData } from '../../src/db/seed/demo-data.ts';
import { createTestContext } from '../test-app.ts';
import type { FuzzSession, OpenApiDocument } from './openapi-fuzzer.ts';

/** Calls that would end the fuzzer's own sessions, or lock its accounts: everything else is fair game. */
export const fuzzSkip = new Set(['post /api/v1/auth/logout', 'post /api/v1/account/sign-out', 'patch /api/v1/staff/accounts/{id}']);

export async function startFuzzTarget() {
  // Generous limits: the fuzzer is one client, and a 429 would hide the routes behind the limiter.
  const t = await createTestContext({ loginLimit: 10_000, complaintLimit: 10_000 });
  const password = 'fuzzing demo password 7Q';
  const usernames = await loadDemoData(t.db, { city: t.referenceData.city, password });
  const sessions: FuzzSession[] = [{ label: 'anonymous' }];
  for (const username of usernames) {
    const session = await t.login(username, password);
    sessions.push({ label: username, cookie: session.cookie, csrfToken: session.csrfToken });
  }
  const server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const document = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as OpenApiDocument;
  return {
    baseUrl,
    document,
    sessions,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
}
