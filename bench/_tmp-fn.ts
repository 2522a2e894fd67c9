import { calculateSeverancePay } from '#labor-rules';
import { presentSteps } from '../src/modules/calculators/calculators.present.ts';
const body = { averageMonthlyWage: 48250, hireDate: '1998-03-16', switchDate: '2005-07-01', terminationDate: '2026-02-27' };
for (let round = 0; round < 3; round++) {
  let t = performance.now(); for (let i = 0; i < 20000; i++) calculateSeverancePay(body as never); const a = (performance.now() - t) / 20000;
  const r = calculateSeverancePay(body as never);
  t = performance.now(); for (let i = 0; i < 20000; i++) presentSteps(r.steps, 'vi'); const b = (performance.now() - t) / 20000;
  t = performance.now(); for (let i = 0; i < 20000; i++) JSON.stringify({ ...r, steps: presentSteps(r.steps, 'vi') }); const c = (performance.now() - t) / 20000;
  console.log(`calc ${(a*1000).toFixed(1)} µs, present ${(b*1000).toFixed(1)} µs, present+stringify ${(c*1000).toFixed(1)} µs, size ${JSON.stringify({ ...r, steps: presentSteps(r.steps, 'vi') }).length}`);
}
