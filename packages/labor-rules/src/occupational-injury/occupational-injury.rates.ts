import type { EffectiveDated } from '../effective-dated.ts';

/** One grade of the labour-insurance disability table and the days of benefit it gives. */
export type DisabilityGrade = { readonly grade: number; readonly days: number };

/**
 * The labour-insurance disability benefit table (勞工保險失能給付標準 附表), whose standard LSA Art. 59
 * subpara. 3 adopts for the disability compensation ("失能補償標準，依勞工保險條例有關之規定"). `days` is the
 * table's column for an occupational injury or disease (職業傷病), grade 1 the most severe.
 */
export type DisabilityGradeTable = EffectiveDated & { readonly grades: readonly DisabilityGrade[] };

/**
 * None is shipped: no official table with its announcement (name, number, date) was found
 * (docs/labor-rules.md). Staff publish it as data with its announcement (issue 14 §3, ADR 0024); without
 * one the days are an input from the worker's grade determination.
 */
export const DISABILITY_GRADE_TABLES: readonly DisabilityGradeTable[] = [];
