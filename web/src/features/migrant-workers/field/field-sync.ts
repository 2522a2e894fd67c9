/**
 * Sends the visits waiting on the device (ADR 0033). Each carries the id the device gave it, so a sync
 * repeated after a lost answer is stored once; its photos carry their own ids for the same reason. A task
 * reassigned or already visited meanwhile comes back as a 409, and the visit stays on the device as a
 * conflict for the officer to resolve: nothing is dropped here.
 */
import { ApiError, apiRequest } from '../../../app/api-client.ts';
import { fetchTask, recordVisit, type VisitCreated } from '../api.ts';
import { canOpen, type ConflictCode, isUnlocked, openDraft, remove, type StoredVisit, storedVisits, unlock, update, type VisitDraft } from './field-store.ts';

export const photoEndpoint = '/api/v1/staff/migrant-visit-photos';

export type SyncReport = {
  synced: { clientId: string; taskId: string; result: VisitCreated }[];
  conflicts: string[];
  /** Stopped by the network or a lost session: what is left is tried again later. */
  interrupted: boolean;
};

const conflictCodes = new Set<string>(['TASK_REASSIGNED', 'TASK_ALREADY_VISITED']);
const isOffline = (error: unknown) => error instanceof ApiError && (error.status === 0 || error.status === 401 || error.status >= 500);

function photoFile(photo: VisitDraft['photos'][number]): Blob {
  return new Blob([Uint8Array.from(atob(photo.data), (ch) => ch.charCodeAt(0))], { type: photo.mediaType });
}

async function send(visit: StoredVisit, csrfToken: string): Promise<VisitCreated> {
  const draft = await openDraft(visit);
  const result = await recordVisit(visit.taskId, draft.body, csrfToken);
  for (const photo of draft.photos) {
    const form = new FormData();
    form.append('visitId', result.id);
    form.append('clientId', photo.clientId);
    form.append('file', photoFile(photo), `photo.${photo.mediaType.split('/')[1] ?? 'jpg'}`);
    await apiRequest(photoEndpoint, { method: 'POST', body: form, csrfToken });
  }
  return result;
}

async function runOnce(csrfToken: string): Promise<SyncReport> {
  const report: SyncReport = { synced: [], conflicts: [], interrupted: false };
  try {
    const queued = (await storedVisits()).filter((visit) => visit.state === 'queued');
    if (queued.length === 0) return report;
    if (!navigator.onLine) return { ...report, interrupted: true };
    if (!isUnlocked() || queued.some((visit) => !canOpen(visit))) await unlock();
    for (const visit of queued) {
      if (!canOpen(visit)) {
        // Unlocked just now and still no key: it will never open; the officer is told, not left waiting.
        await update(visit, { state: 'conflict', conflict: { code: 'LOCKED', title: '' } });
        report.conflicts.push(visit.clientId);
        continue;
      }
      try {
        const result = await send(visit, csrfToken);
        await remove(visit.clientId);
        report.synced.push({ clientId: visit.clientId, taskId: visit.taskId, result });
      } catch (error) {
        if (isOffline(error) || !(error instanceof ApiError)) {
          report.interrupted = true;
          break;
        }
        const code: ConflictCode = error.problem && conflictCodes.has(error.problem.code) ? (error.problem.code as ConflictCode) : 'REFUSED';
        await update(visit, { state: 'conflict', conflict: { code, title: error.problem?.title ?? error.message } });
        report.conflicts.push(visit.clientId);
      }
    }
    return report;
  } catch (error) {
    if (isOffline(error)) return { ...report, interrupted: true };
    throw error;
  }
}

let running: Promise<SyncReport> | undefined;
let again = false;

/**
 * Sends every queued visit in order, one run at a time. A call during a run joins it, and the run goes
 * round once more, so a visit saved while a sync was under way is not left for the next retry.
 */
export function syncQueued(csrfToken: string): Promise<SyncReport> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    const total: SyncReport = { synced: [], conflicts: [], interrupted: false };
    do {
      again = false;
      const report = await runOnce(csrfToken);
      total.synced.push(...report.synced);
      total.conflicts.push(...report.conflicts);
      total.interrupted = report.interrupted;
    } while (again && !total.interrupted);
    return total;
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** A reassigned task: the visit happened, so it is sent again against the task as it is now. */
export async function sendAgainstCurrentTask(visit: StoredVisit, csrfToken: string): Promise<SyncReport> {
  if (!isUnlocked() || !canOpen(visit)) await unlock();
  const task = await fetchTask(visit.taskId);
  const draft = await openDraft(visit);
  await update(visit, { state: 'queued', draft: { ...draft, body: { ...draft.body, taskVersion: task.version } } });
  return syncQueued(csrfToken);
}

/** Kept on purpose: it stays on the device (until sign-out) and is not sent. */
export const keepAsDraft = (visit: StoredVisit) => update(visit, { state: 'draft', ...(visit.conflict ? { conflict: visit.conflict } : {}) });

/** Queued again as it is (a refusal that has been dealt with, or a kept draft). */
export const queueAgain = (visit: StoredVisit) => update(visit, { state: 'queued' });

export const discard = (visit: StoredVisit) => remove(visit.clientId);
