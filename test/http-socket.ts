/**
 * A test app over a real socket, for what only a socket shows (issue 16 §2, §4): early answers, Connection
 * headers, chunked bodies and Node's parsed request. `listen` serves a test app on a free port; `send` makes one
 * request and reads the whole answer.
 */
import { request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { TestContext } from './test-app.ts';

export type SocketAnswer = { status: number; headers: Record<string, string | string[] | undefined>; connection: string | undefined; body: string };

export async function listen(t: TestContext): Promise<{ port: number; close: () => Promise<void> }> {
  const server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export function send(
  port: number,
  options: { method: string; path: string; headers?: Record<string, string | number>; chunks?: Buffer[]; agent?: Agent },
): Promise<SocketAnswer> {
  return new Promise((resolve, reject) => {
    const agent = options.agent ?? new Agent({ keepAlive: false });
    const req = request({ host: '127.0.0.1', port, method: options.method, path: options.path, agent, headers: options.headers ?? {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, connection: res.headers.connection, body: text }));
    });
    req.on('error', reject);
    // The client keeps sending after an early answer, as a real one does.
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}
