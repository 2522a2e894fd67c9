/**
 * The registry's record as every part reads it: the columns of a list, the row, and the public item and
 * the staff's inspection record made from it.
 */
import type { InspectionRecord, ViolationItem } from './violations.contract.ts';
import { lawIdOf } from './violations.normalize.ts';

export const recordColumnList = [
  'id', 'source', 'status', 'employer_name', 'company_name', 'responsible_person', 'employer_key', 'authority',
  'announced_on', 'decided_on', 'decision_number', 'law', 'articles', 'violations', 'fine', 'fine_kind', 'disputed', 'note',
  'published_at', 'created_at', 'updated_at', 'revised_at',
] as const;
export const recordColumns = recordColumnList.join(', ');

export type RecordRow = {
  id: number;
  source: 'mol-import' | 'bureau-inspection';
  status: 'draft' | 'published' | 'withdrawn';
  employer_name: string;
  company_name: string;
  responsible_person: string | null;
  employer_key: string;
  authority: string | null;
  announced_on: string | null;
  decided_on: string | null;
  decision_number: string | null;
  law: string | null;
  articles: string[];
  violations: string[];
  fine: number | null;
  fine_kind: 'fine' | 'fine-or-surcharge';
  disputed: boolean;
  note: string | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  revised_at: Date | null;
  /** The linked employer's 統一編號, where the query reads it (`ubnColumn`). */
  ubn?: string | null;
};

export type DecisionRow = RecordRow & { withdrawn_reason: string | null };

export const taipeiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' });

export const toItem = (row: RecordRow): ViolationItem => ({
  id: Number(row.id),
  source: row.source,
  employerName: row.employer_name,
  companyName: row.company_name,
  responsiblePerson: row.responsible_person,
  employerKey: row.employer_key,
  authority: row.authority,
  ubn: row.ubn ?? null,
  announcedOn: row.announced_on ?? '',
  decidedOn: row.decided_on,
  decisionNumber: row.decision_number,
  law: row.law,
  lawId: lawIdOf(row.law),
  articles: row.articles,
  violations: row.violations,
  fine: row.fine,
  fineKind: row.fine_kind,
  disputed: row.disputed,
  note: row.note,
  revisedOn: row.revised_at ? taipeiDay.format(new Date(row.revised_at)) : null,
});

export const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

export const toInspection = (row: RecordRow): InspectionRecord => ({
  ...toItem(row),
  announcedOn: row.announced_on,
  status: row.status,
  publishedAt: iso(row.published_at),
  createdAt: new Date(row.created_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
});

/**
 * The linked employer's unified business number: the MOL files carry none, so it is read from the employers
 * register through the link the import made (a read of that module's table, as the link itself is).
 */
export const ubnSql = '(SELECT e.ubn FROM employers e WHERE e.id = violation_records.employer_id)';
