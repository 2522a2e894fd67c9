/** The job seeker's own pages (ADR 0028): `/api/v1/me/...`, the citizen account's session. */
import { z } from '@hono/zod-openapi';
import { locales } from '../../shared/i18n/locales.ts';
import { createJobSeekerRequest, jobSeekerRecord, referralStatuses, specialGroups } from './employment.contract.ts';

export const selfProfileRequest = createJobSeekerRequest
  .omit({ personId: true })
  .extend({
    stationCode: z
      .string()
      .regex(/^[a-z-]{2,40}$/, 'validation.station')
      .openapi({ description: 'The station that serves the job seeker (a city-file code); kept from the first registration' }),
    // The person gives consent by ticking the box themselves; the date is the server's (ADR 0028).
    specialGroups: z
      .object({ groups: z.array(z.enum(specialGroups)).min(1).max(11), consent: z.literal(true, 'validation.special_group_consent') })
      .optional()
      .openapi({ description: '特定對象 status with the person\'s own consent; leaving it out withdraws the consent and erases the status' }),
  })
  .openapi('OwnJobSeekerProfileUpdate');

/** Their own profile, their own special-group status included: it is theirs (not a staff view). */
export const selfProfile = jobSeekerRecord
  .omit({ person: true })
  .extend({ person: z.object({ name: z.string(), districtCode: z.string().nullable() }) })
  .openapi('OwnJobSeekerProfile');

export const selfApplicationRequest = z.object({ vacancyId: z.uuid() }).openapi('OwnApplication');
export const selfApplication = z
  .object({
    id: z.uuid(),
    vacancyId: z.uuid(),
    vacancyTitle: z.string(),
    employerName: z.string(),
    appliedAt: z.string(),
    withdrawnAt: z.string().nullable(),
    /** The language of the pages the application was made in: the officer answers in it (issue 15 §1). */
    locale: z.enum(locales),
  })
  .openapi('OwnApplicationRecord');

/** Their referrals: the steps with time and kind of actor, never the officer's or anyone else's name. */
export const selfReferral = z
  .object({
    id: z.uuid(),
    cardNumber: z.string(),
    vacancyTitle: z.string(),
    employerName: z.string(),
    stationCode: z.string().nullable(),
    status: z.enum(referralStatuses),
    startOn: z.string().nullable(),
    events: z.array(z.object({ status: z.string(), at: z.string(), actorKind: z.string() })),
  })
  .openapi('OwnReferral');

export type SelfProfileRequest = z.infer<typeof selfProfileRequest>;
