/**
 * What the offline field app needs from the server (ADR 0033): the photos of a visit, and the per-session
 * key that encrypts what the app keeps on the device. Photos are personal data: every view is audited, and
 * they are read only by migrant officers (`migrant-workers.read-full`).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { workerMessages, type VisitTranslations, type WorkerMessage } from './migrant-workers.follow-up.ts';

/** A tablet photo scaled down by the app (to 1600 px) is far below this; the route sets its own body limit. */
export const maxPhotoBytes = 2 * 1024 * 1024;
export const maxPhotosPerVisit = 6;
/** A later session of the same officer gets the keys of their sessions this recent (ADR 0033). */
export const earlierKeyDays = 7;

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((value, index) => bytes[offset + index] === value);
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/** The photo formats we take, read from their magic numbers; the declared type and the name are ignored. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}

export type PhotoIssue = { message: string; params?: Record<string, number> };

/** Checks one photo: the i18n key of the reason when it is refused. */
export function checkPhoto(bytes: Uint8Array): { ok: true; mediaType: PhotoType } | ({ ok: false } & PhotoIssue) {
  const mediaType = sniffPhotoType(bytes);
  if (!mediaType) return { ok: false, message: 'validation.migrant.photo.type' };
  if (bytes.length > maxPhotoBytes) return { ok: false, message: 'validation.migrant.photo.too_large', params: { max: maxPhotoBytes / 1024 } };
  return { ok: true, mediaType };
}

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export type VisitPhoto = { id: string; mediaType: PhotoType; byteSize: number };
export type VisitDetail = {
  id: string;
  visitedOn: string;
  place: string;
  interpreterLanguage: string | null;
  videoCall: boolean;
  present: string[];
  checklist: Record<string, boolean | string>;
  notes: string | null;
  followUp: string;
  complaintTrackingCode: string | null;
  recordedBy: string;
  workerMessage: WorkerMessage | null;
  photos: VisitPhoto[];
};

export function createFieldService(deps: { db: Db; translations?: VisitTranslations | undefined }) {
  const { db } = deps;

  return {
    /**
     * Stores one photo of a visit (audited). Only the officer who recorded the visit adds to it; the same
     * `clientId` again returns the photo already stored, so a retried sync stores it once.
     */
    async addPhoto(
      staff: StaffPrincipal,
      visitId: string,
      photo: { clientId: string; bytes: Uint8Array; mediaType: PhotoType },
      requestId: string,
    ): Promise<{ photo: VisitPhoto; replayed: boolean }> {
      return db.transaction(async (tx) => {
        const visit = (await tx.query<{ recorded_by: string; task_id: string }>('SELECT recorded_by, task_id FROM migrant_visits WHERE id = $1 FOR UPDATE', [visitId])).rows[0];
        if (!visit) throw new AppError('NOT_FOUND');
        if (visit.recorded_by !== staff.id) throw new AppError('FORBIDDEN');
        const replay = (await tx.query<{ id: string; visit_id: string; media_type: PhotoType; byte_size: number }>('SELECT id, visit_id, media_type, byte_size FROM migrant_visit_photos WHERE client_id = $1', [photo.clientId])).rows[0];
        if (replay) {
          if (replay.visit_id !== visitId) throw new AppError('CONFLICT');
          return { photo: { id: replay.id, mediaType: replay.media_type, byteSize: replay.byte_size }, replayed: true };
        }
        const count = (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM migrant_visit_photos WHERE visit_id = $1', [visitId])).rows[0]?.n ?? 0;
        if (count >= maxPhotosPerVisit) {
          throw new AppError('VALIDATION_FAILED', { params: { max: maxPhotosPerVisit }, fieldIssues: [{ field: 'file', code: 'too_many', message: 'validation.migrant.photo.too_many' }] });
        }
        const sha256 = createHash('sha256').update(photo.bytes).digest('hex');
        let inserted: { id: string };
        try {
          inserted = (
            await tx.query<{ id: string }>(
              `INSERT INTO migrant_visit_photos (visit_id, client_id, media_type, content, byte_size, sha256, uploaded_by)
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
              [visitId, photo.clientId, photo.mediaType, photo.bytes, photo.bytes.length, sha256, staff.id],
            )
          ).rows[0] as { id: string };
        } catch (error) {
          // The same photo id sent at once for another visit (the row lock is per visit): a client bug, a 409.
          if ((error as { code?: unknown }).code === '23505') throw new AppError('CONFLICT');
          throw error;
        }
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'migrant-visit-photo.add',
          recordType: 'migrant-visit-task',
          recordId: visit.task_id,
          requestId,
          details: { visitId, photoId: inserted.id, byteSize: photo.bytes.length, sha256 },
        });
        return { photo: { id: inserted.id, mediaType: photo.mediaType, byteSize: photo.bytes.length }, replayed: false };
      });
    },

    /** The visits of a task with their checklist, notes and photo list: a full view, audited. */
    async visitsOf(staff: StaffPrincipal, taskId: string, requestId: string): Promise<VisitDetail[]> {
      return db.transaction(async (tx) => {
        if ((await tx.query('SELECT 1 FROM migrant_visit_tasks WHERE id = $1', [taskId])).rowCount === 0) throw new AppError('NOT_FOUND');
        const visits = (
          await tx.query<{ id: string; visited_on: string; place: string; interpreter_language: string | null; video_call: boolean; present: string[]; checklist: Record<string, boolean | string>; notes: string | null; follow_up: string; complaint_tracking_code: string | null; recorder: string | null; worker_message: string | null; preferred_language: string }>(
            `SELECT v.id, v.visited_on, v.place, v.interpreter_language, v.video_call, v.present, v.checklist, v.notes, v.follow_up,
                    v.complaint_tracking_code, s.display_name AS recorder, v.worker_message, w.preferred_language
             FROM migrant_visits v LEFT JOIN staff_users s ON s.id = v.recorded_by
             JOIN migrant_visit_tasks t ON t.id = v.task_id JOIN migrant_workers w ON w.id = t.worker_id
             WHERE v.task_id = $1 ORDER BY v.visited_on, v.recorded_at`,
            [taskId],
          )
        ).rows;
        const photos = (
          await tx.query<{ id: string; visit_id: string; media_type: PhotoType; byte_size: number }>(
            `SELECT p.id, p.visit_id, p.media_type, p.byte_size FROM migrant_visit_photos p JOIN migrant_visits v ON v.id = p.visit_id
             WHERE v.task_id = $1 ORDER BY p.created_at, p.id`,
            [taskId],
          )
        ).rows;
        const messages = await workerMessages(tx, deps.translations, visits);
        await recordAudit(tx, { actor: actorOf(staff), action: 'migrant-visit.view', recordType: 'migrant-visit-task', recordId: taskId, requestId, details: { visits: visits.length } });
        return visits.map((v) => ({
          id: v.id,
          visitedOn: v.visited_on,
          place: v.place,
          interpreterLanguage: v.interpreter_language,
          videoCall: v.video_call,
          present: v.present,
          checklist: v.checklist,
          notes: v.notes,
          followUp: v.follow_up,
          complaintTrackingCode: v.complaint_tracking_code,
          recordedBy: v.recorder ?? '',
          workerMessage: messages.get(v.id) ?? null,
          photos: photos.filter((p) => p.visit_id === v.id).map((p) => ({ id: p.id, mediaType: p.media_type, byteSize: p.byte_size })),
        }));
      });
    },

    /** One photo's bytes; every view is audited (a photo is personal data). */
    async photo(staff: StaffPrincipal, photoId: string, requestId: string): Promise<{ mediaType: PhotoType; bytes: Uint8Array<ArrayBuffer> }> {
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<{ media_type: PhotoType; content: Uint8Array; task_id: string }>(
            'SELECT p.media_type, p.content, v.task_id FROM migrant_visit_photos p JOIN migrant_visits v ON v.id = p.visit_id WHERE p.id = $1',
            [photoId],
          )
        ).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: actorOf(staff), action: 'migrant-visit-photo.view', recordType: 'migrant-visit-task', recordId: row.task_id, requestId, details: { photoId } });
        return { mediaType: row.media_type, bytes: new Uint8Array(row.content) };
      });
    },

    /**
     * The key of the caller's session, made on first ask, and the keys of the same officer's sessions of
     * the last `earlierKeyDays` days (drafts made before a session expired). Only a live session reaches
     * this, so a device whose session has ended cannot get a key back without the officer signing in.
     */
    async fieldKeys(staff: StaffPrincipal): Promise<{ current: { id: string; key: string }; earlier: { id: string; key: string }[] }> {
      await db.query(
        `INSERT INTO migrant_field_keys (staff_id, session_token_hash, key_bytes) VALUES ($1, $2, $3)
         ON CONFLICT (session_token_hash) DO NOTHING`,
        [staff.id, staff.sessionTokenHash, randomBytes(32)],
      );
      const rows = (
        await db.query<{ id: string; session_token_hash: string; key_bytes: Uint8Array }>(
          `SELECT id, session_token_hash, key_bytes FROM migrant_field_keys
           WHERE staff_id = $1 AND (session_token_hash = $2 OR created_at > now() - make_interval(days => $3))
           ORDER BY created_at DESC`,
          [staff.id, staff.sessionTokenHash, earlierKeyDays],
        )
      ).rows;
      const own = rows.find((row) => row.session_token_hash === staff.sessionTokenHash);
      // The insert above guarantees the row; a missing one means the session belongs to someone else.
      if (!own) throw new AppError('CONFLICT');
      return {
        current: { id: own.id, key: toBase64(own.key_bytes) },
        earlier: rows.filter((row) => row !== own).map((row) => ({ id: row.id, key: toBase64(row.key_bytes) })),
      };
    },
  };
}

export type FieldService = ReturnType<typeof createFieldService>;
