import type { AuditEventView } from '../../../../src/modules/audit/audit.contract.ts';

export type AuditEvent = AuditEventView;
