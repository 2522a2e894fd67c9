import type { AuditEventView } from '../../../../src/modules/audit/audit.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type AuditEvent = AuditEventView;

export type AuditFilters = { actor: string; action: string; recordType: string; recordId: string; from: string; to: string };
export const auditPageSize = 20;

export function searchAudit(
  filters: AuditFilters,
  page: number,
  signal: AbortSignal,
): Promise<{ total: number; items: AuditEvent[] }> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(auditPageSize) });
  for (const [key, value] of Object.entries(filters)) if (value.trim()) query.set(key, value.trim());
  return apiRequest(`/api/v1/staff/audit-events?${query}`, { signal });
}
