import type { z } from 'zod';
import type {
  createAccountRequest,
  staffAccount,
  updateAccountRequest,
} from '../../../../src/modules/access/access.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type StaffAccount = z.infer<typeof staffAccount>;
export type CreateAccount = z.input<typeof createAccountRequest>;
export type UpdateAccount = z.input<typeof updateAccountRequest>;

/** The largest page the list endpoints give: enough for every account of one bureau. */
export function listAccounts(signal?: AbortSignal): Promise<{ items: StaffAccount[] }> {
  return apiRequest('/api/v1/staff/accounts?pageSize=100', signal ? { signal } : {});
}

/** One account in full: its work e-mail unmasked (the list masks it); the reading is audited. */
export function getAccount(id: string, signal?: AbortSignal): Promise<StaffAccount> {
  return apiRequest(`/api/v1/staff/accounts/${encodeURIComponent(id)}`, signal ? { signal } : {});
}

export function createAccount(body: CreateAccount, csrfToken: string): Promise<StaffAccount> {
  return apiRequest('/api/v1/staff/accounts', { method: 'POST', body, csrfToken });
}

export function updateAccount(id: string, body: UpdateAccount, csrfToken: string): Promise<StaffAccount> {
  return apiRequest(`/api/v1/staff/accounts/${encodeURIComponent(id)}`, { method: 'PATCH', body, csrfToken });
}
