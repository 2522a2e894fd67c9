import type { z } from 'zod';
import type { employer } from '../../../../src/modules/employers/employers.contract.ts';

export type Employer = z.infer<typeof employer>;
/** GET with q, district, sort, page, pageSize and format (the list page kit builds the query). */
export const employersEndpoint = '/api/v1/staff/employers';
