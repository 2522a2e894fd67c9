/**
 * A complaint kept on this device when it could not be sent (issue 15 §8): the typed fields and the chosen
 * files, in IndexedDB (which stores files as they are), under one key. Only when the worker asks, only in
 * this browser, and deleted when it is sent or when the worker deletes it. It never leaves the device by
 * itself: sending it again is the worker's own press of the send button.
 */
import type { ComplaintDraft } from './api.ts';

export type KeptDraft = { savedAt: string; draft: ComplaintDraft; files: File[] };

const databaseName = 'complaint-drafts';
const storeName = 'drafts';
const key = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB in this browser'));
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(storeName, mode);
      const request = action(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(request.result as T);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export function keepDraft(draft: ComplaintDraft, files: readonly File[], savedAt = new Date()): Promise<KeptDraft> {
  const kept: KeptDraft = { savedAt: savedAt.toISOString(), draft, files: [...files] };
  return run<unknown>('readwrite', (store) => store.put(kept, key)).then(() => kept);
}

export async function readDraft(): Promise<KeptDraft | undefined> {
  const found = await run<KeptDraft | undefined>('readonly', (store) => store.get(key));
  return found && typeof found.savedAt === 'string' && found.draft ? found : undefined;
}

export function deleteDraft(): Promise<void> {
  return run<unknown>('readwrite', (store) => store.delete(key)).then(() => undefined);
}
