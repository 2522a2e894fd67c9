/**
 * An application's documents: the type read from the first bytes and checked against what the program's
 * definition allows (and the declared one), the size capped by the definition, stored by staff or by the
 * applicant's own account; reading one is a full view, audited.
 */
import type { z } from '@hono/zod-openapi';
import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal, StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { documentUpload } from './programs.contract.ts';
import { definitionById, type Definition } from './programs.definitions.ts';

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

/** An account's own application: the one it filed, or one for its person or its employer. */
export function ownsApplication(account: AccountPrincipal, row: { account_id: string | null; person_id: string | null; employer_id: string | null }): boolean {
  if (row.account_id === account.id) return true;
  if (account.kind === 'citizen') return account.personId !== null && row.person_id === account.personId;
  return account.employerId !== null && row.employer_id === account.employerId;
}

const odfText = 'application/vnd.oasis.opendocument.text';

/**
 * PDF, JPEG, PNG and an ODF text by their first bytes; anything else is undefined. An ODF file is a ZIP
 * whose first entry is `mimetype`, stored uncompressed, holding the media type (ODF 1.2 part 3, §3.3): so
 * the name sits at byte 30 and the type right after it, and a renamed ZIP or .docx is not taken for one.
 */
export function sniffMediaType(content: Uint8Array): string | undefined {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => content[index] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const head = Buffer.from(content.subarray(30, 38 + odfText.length)).toString('latin1');
    if (head === `mimetype${odfText}`) return odfText;
  }
  return undefined;
}

export function createProgramDocuments({
  db,
  clock,
  addEvent,
}: {
  db: Db;
  clock: () => Date;
  addEvent: (tx: Queryable, applicationId: string, kind: string, status: string, actor: StaffPrincipal | null) => Promise<void>;
}) {
  /**
   * Stores one document of an open application, by staff or by the applicant's own account (which must
   * be the one that filed it, or the person or employer it is for). The type is read from the bytes and
   * must be one the definition's document allows (and the declared one, when given); the size is capped
   * by the definition. Field names are those of the JSON upload (`contentBase64`) or the form (`file`).
   */
  async function storeDocument(
    uploader: { staff: StaffPrincipal } | { account: AccountPrincipal },
    id: string,
    input: { documentCode: string; fileName: string; mediaType: string | null; content: Uint8Array },
    requestId: string,
    fileField = 'contentBase64',
  ) {
    return db.transaction(async (tx) => {
      const row = (
        await tx.query<{ account_id: string | null; person_id: string | null; employer_id: string | null; status: string; definition_id: string }>(
          'SELECT account_id, person_id, employer_id, status, definition_id FROM program_applications WHERE id = $1 FOR UPDATE',
          [id],
        )
      ).rows[0];
      if (!row) throw new AppError('NOT_FOUND');
      if ('account' in uploader && !ownsApplication(uploader.account, row)) throw new AppError('NOT_FOUND');
      if (row.status !== 'submitted') throw new AppError('INVALID_TRANSITION');
      const definition = (await definitionById(tx, row.definition_id)) as Definition;
      const wanted = definition.documents.find((d) => d.code === input.documentCode);
      const issue = (field: string, message: string) => new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message }] });
      if (!wanted) throw issue('documentCode', 'validation.programs.documentCode');
      const content = input.content;
      if (content.length === 0) throw issue(fileField, 'validation.programs.documentEmpty');
      const sniffed = sniffMediaType(content);
      if (!sniffed || !(wanted.mediaTypes as string[]).includes(sniffed) || (input.mediaType !== null && sniffed !== input.mediaType)) {
        throw issue(fileField === 'contentBase64' ? 'mediaType' : fileField, 'validation.programs.documentType');
      }
      if (content.length > wanted.maxBytes) throw issue(fileField, 'validation.programs.documentSize');
      const staff = 'staff' in uploader ? uploader.staff : null;
      const account = 'account' in uploader ? uploader.account : null;
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO program_application_documents (application_id, document_code, file_name, media_type, byte_size, sha256, content, uploaded_by, uploaded_by_account, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [id, input.documentCode, input.fileName, sniffed, content.length, createHash('sha256').update(content).digest('hex'), content, staff?.id ?? null, account?.id ?? null, clock()],
      );
      await addEvent(tx, id, 'document', row.status, staff);
      await recordAudit(tx, {
        actor: staff ? actorOf(staff) : { id: (account as AccountPrincipal).id, username: `account:${(account as AccountPrincipal).kind}` },
        action: 'program.document',
        recordType: 'program_application',
        recordId: id,
        requestId,
        details: { documentCode: input.documentCode },
      });
      return { id: (inserted.rows[0] as { id: string }).id };
    });
  }

  return {
    /** Checks the type (declared and by its first bytes) and size against the definition, then stores it. */
    async addDocument(staff: StaffPrincipal, id: string, input: z.infer<typeof documentUpload>, requestId: string) {
      const content = Buffer.from(input.contentBase64, 'base64');
      return storeDocument({ staff }, id, { documentCode: input.documentCode, fileName: input.fileName, mediaType: input.mediaType, content }, requestId);
    },

    storeDocument,

    /** One stored document for staff: its bytes, and the full view (personal data) audited. */
    async readDocument(staff: StaffPrincipal, id: string, documentId: string, requestId: string) {
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<{ file_name: string; media_type: string; content: Uint8Array }>(
            'SELECT file_name, media_type, content FROM program_application_documents WHERE id = $1 AND application_id = $2',
            [documentId, id],
          )
        ).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: actorOf(staff), action: 'program.document.view', recordType: 'program_application', recordId: id, requestId, details: { documentId } });
        return { fileName: row.file_name, mediaType: row.media_type, content: new Uint8Array(row.content) };
      });
    },
  };
}
