import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { isUnifiedBusinessNumber } from './ubn.ts';

export const ubnField = z.string().trim().refine(isUnifiedBusinessNumber, { message: 'validation.ubn' });

export const employer = z
  .object({
    id: z.uuid(),
    ubn: z.string().nullable(),
    name: z.string(),
    industryCode: z.string().nullable(),
    districtCode: z.string().nullable(),
    address: z.string().nullable(),
  })
  .openapi('Employer');

export const createEmployerRequest = z
  .object({
    ubn: ubnField.optional(),
    name: z.string().trim().min(1).max(200),
    responsiblePerson: z.string().trim().max(100).optional(),
    industryCode: z.string().trim().regex(/^[A-S]\d{0,4}$/).optional(),
    districtCode: z.string().regex(/^\d{8}$/, 'validation.district').optional(),
    address: z.string().trim().max(300).optional(),
  })
  .openapi('CreateEmployer');

export const employerSortKeys = ['name', 'ubn', 'districtCode', 'industryCode'] as const;
export type EmployerSortKey = (typeof employerSortKeys)[number];

export const employerQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    district: z.string().regex(/^\d{8}$/).optional(),
  })
  .extend(listParams(employerSortKeys).shape);
