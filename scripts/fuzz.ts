/**
 * `npm run fuzz`: the OpenAPI fuzzer over real HTTP against the app with its demo data (issue 16 §2).
 * FUZZ_CASES (10,000) and FUZZ_SEED (20261201) fix the run; DATABASE_URL picks the engine as for the tests.
 * Exits 1 on any 5xx, dropped connection or hang, listing each with the case number to replay it.
 */
import { fuzzOpenApi } from '../test/fuzz/openapi-fuzzer.ts';
import { fuzzSkip, startFuzzTarget } from '../test/fuzz/fuzz-target.ts';

const cases = Number(process.env.FUZZ_CASES ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? 20_261_201);
const target = await startFuzzTarget();
try {
  const report = await fuzzOpenApi({
    ...target,
    cases,
    seed,
    skip: fuzzSkip,
    onProgress: (done) => {
      if (done % 1000 === 0) process.stdout.write(`fuzz: ${done}/${cases}\n`);
    },
  });
  console.log(
    `fuzz: ${report.cases} cases over ${report.operations} operations × ${target.sessions.length} sessions (seed ${seed}) in ${(report.ms / 1000).toFixed(1)} s`,
  );
  console.log(`fuzz: statuses ${JSON.stringify(report.statuses)}`);
  for (const failure of report.failures) console.log(`fuzz: FAIL case ${failure.case} ${failure.kind} ${failure.status ?? ''} ${failure.operation} as ${failure.session}: ${failure.detail}`);
  if (report.failures.length > 0) {
    console.log(`fuzz: ${report.failures.length} failures`);
    process.exitCode = 1;
  } else {
    console.log('fuzz: no 5xx, no dropped connection, no hang');
  }
} finally {
  await target.close();
}
