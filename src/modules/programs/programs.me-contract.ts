import { z } from '@hono/zod-openapi';
import { translatedText } from '../translations/translations.contract.ts';
import { applicationStatuses, documentMediaTypes } from './programs.contract.ts';

/** An applicant's own application: status, steps, the rules as worded for them, documents; no staff names. */
export const ownApplication = z
  .object({
    id: z.uuid(),
    /** The short number to quote to the bureau (on the notice too). */
    number: z.string(),
    programCode: z.string(),
    programName: z.string(),
    status: z.enum(applicationStatuses),
    eligible: z.boolean(),
    rules: z.array(z.object({ code: z.string(), kind: z.string(), passed: z.boolean(), message: z.string() })),
    amountTwd: z.int().nullable(),
    submittedAt: z.string(),
    decisionDueAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string().nullable().openapi({ description: "The checker's reason as written (Chinese)" }),
    decisionReasonText: translatedText.nullable().openapi({ description: "The reason as the applicant reads it: translated into the application's language once an interpreter has done it" }),
    steps: z.array(z.object({ kind: z.string(), status: z.string(), at: z.string() })),
    requiredDocuments: z.array(z.object({ code: z.string(), name: z.string(), required: z.boolean(), mediaTypes: z.array(z.enum(documentMediaTypes)), maxBytes: z.int() })),
    documents: z.array(z.object({ id: z.uuid(), documentCode: z.string(), fileName: z.string(), byteSize: z.int() })),
    noticeAvailable: z.boolean(),
  })
  .openapi('OwnProgramApplication');
