import type { CentreContactsPublic, CentreContactsStaff, CentreContactsUpdate } from '../../../../src/modules/migrant-workers/centre.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type { CentreContactsPublic, CentreContactsStaff, CentreContactsUpdate };

/** The consultation centre's languages, lines and hours (the service worker keeps the last answer). */
export const getCentre = (signal: AbortSignal) => apiRequest<CentreContactsPublic>('/api/v1/migrant-centre', { signal });
export const getStaffCentre = (signal: AbortSignal) => apiRequest<CentreContactsStaff>('/api/v1/staff/migrant-centre', { signal });
export const saveCentre = (body: CentreContactsUpdate, csrfToken: string) =>
  apiRequest<CentreContactsStaff>('/api/v1/staff/migrant-centre', { method: 'PUT', body, csrfToken });
