import { apiRequest } from '../../app/api-client.ts';

/** Mirrors the AuditEvent shape in src/modules/audit/audit.routes.ts (declared there, not in a contract file). */
export type AuditEvent = {
  id: number;
  occurredAt: string;
  actorUsername: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
};

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
