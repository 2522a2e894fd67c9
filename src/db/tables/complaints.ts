import type { Generated } from 'kysely';

export type ComplaintsTable = {
  id: Generated<string>;
  tracking_code: string;
  secret_hash: string;
  status: string;
  employer_name: string;
  employer_ubn: string | null;
  district_code: string;
  law: string;
  description: string;
  received_at: Date;
  notice_due_on: string;
  reply_due_on: string;
  notice_sent_at: Date | null;
  replied_at: Date | null;
  closed_at: Date | null;
  transferred_to: string | null;
  assigned_to: string | null;
  assigned_at: Date | null;
  updated_at: Date;
  locale: Generated<string>;
};

export type ComplaintAttachmentsTable = {
  id: Generated<string>;
  complaint_id: string;
  position: number;
  file_name: string;
  media_type: string;
  byte_size: number;
  sha256: string;
  content: Uint8Array;
};

export type ComplaintEscalationsTable = {
  complaint_id: string;
  deadline: string;
  due_on: string;
  escalated_at: Date;
};

export type ComplaintEventsTable = {
  id: Generated<number>;
  complaint_id: string;
  occurred_at: Date;
  kind: string;
  status: string;
  public_message: string | null;
  authority: string | null;
  actor_id: string | null;
  outcome: string | null;
};

export type ComplaintIdentitiesTable = {
  complaint_id: string;
  name: string;
  phone: string | null;
  email: string | null;
  id_number: string | null;
};

export type ComplaintsTables = {
  complaints: ComplaintsTable;
  complaint_attachments: ComplaintAttachmentsTable;
  complaint_escalations: ComplaintEscalationsTable;
  complaint_events: ComplaintEventsTable;
  complaint_identities: ComplaintIdentitiesTable;
};

export const complaintsColumns = {
  complaints: ['id', 'tracking_code', 'secret_hash', 'status', 'employer_name', 'employer_ubn', 'district_code', 'law', 'description', 'received_at', 'notice_due_on', 'reply_due_on', 'notice_sent_at', 'replied_at', 'closed_at', 'transferred_to', 'assigned_to', 'assigned_at', 'updated_at', 'locale'],
  complaint_attachments: ['id', 'complaint_id', 'position', 'file_name', 'media_type', 'byte_size', 'sha256', 'content'],
  complaint_escalations: ['complaint_id', 'deadline', 'due_on', 'escalated_at'],
  complaint_events: ['id', 'complaint_id', 'occurred_at', 'kind', 'status', 'public_message', 'authority', 'actor_id', 'outcome'],
  complaint_identities: ['complaint_id', 'name', 'phone', 'email', 'id_number'],
} as const;
