/** Request shapes of the unions' annual reports (issue 11 §4); the web imports this file (ADR 0009). */
import { z } from '@hono/zod-openapi';

const date = z.iso.date({ message: 'validation.date' });
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);

const moneyLines = z
  .array(z.object({ category: text(100), amount: z.number().int().min(0).max(1_000_000_000_000) }))
  .max(50)
  .refine((lines) => new Set(lines.map((l) => l.category)).size === lines.length, { message: 'validation.money_lines' });
const reportFields = z.object({
  members: z.number().int().min(0).max(10_000_000),
  income: moneyLines.openapi({ description: 'Income by category (whole NT$)' }),
  spending: moneyLines.openapi({ description: 'Spending by category (whole NT$)' }),
  filedOn: date,
});
export const reportRequest = reportFields.extend({ year: z.number().int().min(1990).max(2100) }).openapi('UnionAnnualReportInput');
export const amendRequest = reportFields.extend({ reason: text(1000) }).openapi('UnionAnnualReportAmendment');
