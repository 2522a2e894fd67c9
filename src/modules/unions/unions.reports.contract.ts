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

export const sides = ['employers', 'workers', 'government', 'other'] as const;
export const dialogueKinds = ['meeting', 'partnership_event'] as const;
export const dialogueRequest = z
  .object({
    kind: z.enum(dialogueKinds).openapi({ description: 'meeting: with employers\' and workers\' organisations (六-1); partnership_event: a promotion event (六-2)' }),
    heldOn: date,
    title: text(200),
    parties: z.array(z.object({ name: text(200), side: z.enum(sides) })).min(1).max(50),
    issues: text(5000),
    attendance: z.number().int().min(0).max(100_000).optional(),
    followUps: z.array(z.object({ action: text(1000), owner: text(200), dueOn: date })).max(30).default([]),
  })
  .superRefine((value, ctx) => {
    value.followUps.forEach((f, i) => {
      if (f.dueOn < value.heldOn) ctx.addIssue({ code: 'custom', path: ['followUps', i, 'dueOn'], message: 'validation.end_before_start' });
    });
  })
  .openapi('SocialDialogueInput');
