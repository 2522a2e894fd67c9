import http from 'node:http';

export type LoadResult = { requests: number; seconds: number; rps: number; p50ms: number; p95ms: number; errors: number };

/**
 * A closed-loop load generator: `concurrency` keep-alive connections each send the next request as soon
 * as the previous answer arrives, for `seconds`. Bounded in time, loopback only.
 */
export async function runLoad(options: {
  url: string;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  concurrency: number;
  seconds: number;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const target = new URL(options.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('benchmarks target loopback only');
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const request = http.request(
        target,
        { method: options.method ?? 'GET', agent, headers: { ...options.headers, 'content-length': Buffer.byteLength(options.body ?? '') } },
        (response) => {
          response.resume();
          response.on('end', () => {
            if ((response.statusCode ?? 500) >= 400) errors += 1;
            latencies.push(performance.now() - started);
            resolve();
          });
        },
      );
      request.on('error', () => {
        errors += 1;
        resolve();
      });
      request.end(options.body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, seconds, rps: latencies.length / seconds, p50ms: at(0.5), p95ms: at(0.95), errors };
}
