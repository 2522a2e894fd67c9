import { z } from '@hono/zod-openapi';
import { homeUnit } from '../access/access.contract.ts';
import { listParams } from '../../shared/http/list.ts';

export const personSortKeys = ['createdAt', 'name', 'districtCode'] as const;
export type PersonSortKey = (typeof personSortKeys)[number];
import { identifyIdNumber } from './identifiers.ts';

export const idNumberField = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => identifyIdNumber(value) !== undefined, { message: 'validation.id_number' });

export const phoneField = z
  .string()
  .trim()
  .regex(/^\+?[\d\s()-]{7,20}$/, 'validation.phone');

export const disabilityLevels = ['none', 'mild', 'moderate', 'severe', 'profound'] as const;

export const createPersonRequest = z
  .object({
    idNumber: idNumberField,
    name: z.string().trim().min(1).max(100),
    birthDate: z.iso.date().optional(),
    phone: phoneField.optional(),
    email: z.email().max(200).optional(),
    districtCode: z.string().regex(/^\d{8}$/, 'validation.district').optional(),
    preferredLocale: z.enum(['zh-TW', 'en', 'id', 'vi', 'th']).default('zh-TW'),
    sensitive: z
      .object({
        disabilityLevel: z.enum(disabilityLevels).optional(),
        specialGroups: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
        healthNotes: z.string().trim().max(2000).optional(),
      })
      .optional(),
  })
  .openapi('CreatePerson');

export const personSummary = z
  .object({
    id: z.uuid(),
    name: z.string().openapi({ description: 'Masked: 王○明' }),
    idNumber: z.string().openapi({ description: 'Masked: A12****789' }),
    phone: z.string().nullable().openapi({ description: 'Masked' }),
    districtCode: z.string().nullable(),
  })
  .openapi('PersonSummary');

export const personRecord = z
  .object({
    id: z.uuid(),
    idNumber: z.string(),
    idKind: z.enum(['national-id', 'resident-certificate']),
    name: z.string(),
    birthDate: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    districtCode: z.string().nullable(),
    preferredLocale: z.string(),
    unit: homeUnit.openapi({ description: 'The unit that registered the person (ADR 0016)' }),
    sensitive: z
      .object({ disabilityLevel: z.string().nullable(), specialGroups: z.array(z.string()), healthNotes: z.string().nullable() })
      .nullable()
      .optional()
      .openapi({ description: 'Present only for roles with people.read-sensitive' }),
  })
  .openapi('PersonRecord');

export const searchPeopleRequest = z
  .object({
    // One character of a name would reveal the character its mask hides (issue 16, finding 4).
    q: z
      .string()
      .trim()
      .max(100)
      .default('')
      .refine((q) => q === '' || [...q].length >= 2 || identifyIdNumber(q.toUpperCase()) !== undefined, {
        message: 'validation.search_min_length',
      })
      .openapi({ description: 'Name fragment of at least 2 characters, or a whole ID number (people.read-full roles only)' }),
  })
  .extend(listParams(personSortKeys).shape)
  .openapi('SearchPeople');
