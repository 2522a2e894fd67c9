/**
 * The field app's device copy (ADR 0033): visits recorded on the tablet wait here, in IndexedDB, until they
 * sync. What a visit says (the checklist, notes, who was present, photos) is sealed with AES-GCM under the
 * session's key, which the server hands to a live session only and which this page holds in memory only
 * (a non-extractable CryptoKey): the files of the browser profile hold ciphertext, and after sign-out, or
 * on a device whose session has ended, there is no key to open it with. Only what the sync needs to decide
 * what to do is in the clear: the ids, the state and the conflict code.
 */
import { apiRequest } from '../../../app/api-client.ts';
import type { VisitRequest } from '../api.ts';

const databaseName = 'migrant-field';
const storeName = 'visits';
export const fieldKeysEndpoint = '/api/v1/staff/migrant-field-keys';

export type FieldPhoto = { clientId: string; mediaType: string; data: string };
/** The sealed part of a queued visit. */
export type VisitDraft = { body: VisitRequest & { clientId: string }; photos: FieldPhoto[]; workerName: string };
/** `LOCKED`: sealed under a key the server no longer hands out (older than its 7 days): it can only be discarded. */
export type ConflictCode = 'TASK_REASSIGNED' | 'TASK_ALREADY_VISITED' | 'REFUSED' | 'LOCKED';
/** `queued`: sent at the next sync; `conflict`: the server refused it and the officer decides; `draft`: kept on purpose. */
export type StoredVisit = {
  clientId: string;
  taskId: string;
  createdAt: string;
  state: 'queued' | 'conflict' | 'draft';
  conflict?: { code: ConflictCode; title: string };
  keyId: string;
  iv: Uint8Array<ArrayBuffer>;
  sealed: ArrayBuffer;
};

// Keys of this session and the officer's recent ones, by id. Never written anywhere.
const keys = new Map<string, CryptoKey>();
let currentKeyId: string | undefined;
let connection: Promise<IDBDatabase> | undefined;
const listeners = new Set<() => void>();

/** Tells the screens that the device copy changed. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const changed = () => listeners.forEach((listener) => listener());

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

/** Fetches the session's keys (needs the network and a live session) and imports them, non-extractable. */
let unlocking: Promise<void> | undefined;
export function unlock(): Promise<void> {
  unlocking ??= (async () => {
    try {
      const answer = await apiRequest<{ current: { id: string; key: string }; earlier: { id: string; key: string }[] }>(fieldKeysEndpoint);
      for (const { id, key } of [answer.current, ...answer.earlier]) {
        if (keys.has(id)) continue;
        keys.set(id, await crypto.subtle.importKey('raw', fromBase64(key), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']));
      }
      currentKeyId = answer.current.id;
      changed();
    } finally {
      unlocking = undefined;
    }
  })();
  return unlocking;
}

export const isUnlocked = () => currentKeyId !== undefined;
export const canOpen = (visit: StoredVisit) => keys.has(visit.keyId);

/** Forgets every key (sign-out, or the session found gone): what is stored can no longer be opened here. */
export function lock(): void {
  keys.clear();
  currentKeyId = undefined;
}

// The ids are bound to the ciphertext, so a sealed visit cannot be passed off as another task's.
const boundTo = (clientId: string, taskId: string) => new TextEncoder().encode(`${clientId}/${taskId}`);

async function seal(draft: VisitDraft, taskId: string): Promise<Pick<StoredVisit, 'keyId' | 'iv' | 'sealed'>> {
  const keyId = currentKeyId;
  const key = keyId ? keys.get(keyId) : undefined;
  if (!keyId || !key) throw new Error('the device copy is locked');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(draft));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: boundTo(draft.body.clientId, taskId) }, key, plain);
  return { keyId, iv, sealed };
}

export async function openDraft(visit: StoredVisit): Promise<VisitDraft> {
  const key = keys.get(visit.keyId);
  if (!key) throw new Error('the device copy is locked');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: visit.iv, additionalData: boundTo(visit.clientId, visit.taskId) }, key, visit.sealed);
  return JSON.parse(new TextDecoder().decode(plain)) as VisitDraft;
}

function database(): Promise<IDBDatabase> {
  connection ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: 'clientId' });
    request.onsuccess = () => {
      const db = request.result;
      // A sign-out in another tab deletes the database: let go of it, so the deletion is not blocked.
      db.onversionchange = () => {
        db.close();
        connection = undefined;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  }).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(storeName, mode);
    const request = act(transaction.objectStore(storeName));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
  });
}

export async function storedVisits(): Promise<StoredVisit[]> {
  const all = await run('readonly', (store) => store.getAll() as IDBRequest<StoredVisit[]>);
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Seals a visit and queues it for the next sync. */
export async function enqueue(taskId: string, draft: VisitDraft): Promise<void> {
  const sealed = await seal(draft, taskId);
  const visit: StoredVisit = { clientId: draft.body.clientId, taskId, createdAt: new Date().toISOString(), state: 'queued', ...sealed };
  await run('readwrite', (store) => store.put(visit));
  changed();
}

/** Changes a stored visit's state (and, when given, its sealed content, sealed again under today's key). */
export async function update(visit: StoredVisit, change: { state: StoredVisit['state']; conflict?: StoredVisit['conflict']; draft?: VisitDraft }): Promise<void> {
  const { conflict: _previous, ...rest } = visit;
  const next: StoredVisit = { ...rest, state: change.state, ...(change.conflict ? { conflict: change.conflict } : {}) };
  if (change.draft) Object.assign(next, await seal(change.draft, visit.taskId));
  await run('readwrite', (store) => store.put(next));
  changed();
}

export async function remove(clientId: string): Promise<void> {
  await run('readwrite', (store) => store.delete(clientId));
  changed();
}

/** The service worker's copy of the officer's tasks (web/public/sw.js). */
export const fieldCacheName = 'field-v1';

/** The service worker's copy of the tasks, dropped at sign-in: the sealed visits stay, to sync. */
export async function dropCachedTasks(): Promise<void> {
  if ('caches' in globalThis) await caches.delete(fieldCacheName).catch(() => false);
}

/**
 * Sign-out: deletes the database and the cached tasks and drops the keys. Nothing of the field app is
 * left on the device for the next person to use it.
 */
export async function wipeDeviceCopy(): Promise<void> {
  lock();
  const open = connection;
  connection = undefined;
  if (open) (await open.catch(() => undefined))?.close();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(databaseName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB delete failed'));
    // Another tab still holds it open: the deletion completes when that tab lets go.
    request.onblocked = () => resolve();
  });
  await dropCachedTasks();
  // No change is announced: a screen that re-read the store now would create the database again.
}
