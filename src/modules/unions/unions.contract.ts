/** Request shapes of the union evaluation and guidance routes (issue 11 §4); the web imports this file (ADR 0009). */
import { z } from '@hono/zod-openapi';

const date = z.iso.date({ message: 'validation.date' });
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);

export const criterion = z.object({ criterion: text(200), weight: z.number().min(0).max(100), score: z.number().min(0).max(1000) });

/** The year's evaluation (工會評鑑): criteria with weights and scores, the grade and the findings. */
export const evaluationInput = z
  .object({ year: z.number().int().min(2000).max(2100), evaluatedOn: date, criteria: z.array(criterion).min(1, 'validation.required').max(30), grade: text(20), findings: z.string().trim().max(5000).optional() })
  .superRefine((value, ctx) => {
    if (Number(value.evaluatedOn.slice(0, 4)) !== value.year) ctx.addIssue({ code: 'custom', path: ['evaluatedOn'], message: 'validation.evaluation_year' });
    if (value.criteria.reduce((t, c) => t + c.weight, 0) <= 0) ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'validation.required' });
  })
  .openapi('UnionEvaluationInput');

/** A guidance visit (輔導) that follows an evaluation, with its findings. */
export const visitInput = z.object({ visitedOn: date, findings: text(5000) }).openapi('UnionGuidanceVisitInput');
