import type { runLoad as RunLoad } from './load.ts';

/**
 * Benchmarks that modules add (calculators, imports, search) register here, so that `npm run bench`
 * stays one command and measures them against the same running server.
 */
export async function extraBenchmarks(_context: {
  port: number;
  concurrency: number;
  seconds: number;
  runLoad: typeof RunLoad;
}): Promise<string[][]> {
  return [];
}
