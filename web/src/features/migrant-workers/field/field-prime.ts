/**
 * Makes the field app usable offline while the network is there (ADR 0033): the officer's open tasks and
 * each task's page data are fetched once, so that the service worker keeps them (web/public/sw.js,
 * `field-v1`), and so are the built files this page already runs on, which the worker keeps with the
 * other assets. The public precache leaves the back office out on purpose; only an officer who opened the
 * field app stores it.
 */
import { apiRequest } from '../../../app/api-client.ts';
import { tasksEndpoint, type VisitTask } from '../api.ts';

/** The list the offline page reads: all the caller's open tasks, the most urgent first. */
export const myTasksUrl = `${tasksEndpoint}?mine=true&pageSize=100&sort=dueOn`;

async function controlled(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  if (navigator.serviceWorker.controller) return true;
  await navigator.serviceWorker.ready;
  if (navigator.serviceWorker.controller) return true;
  // The worker took over this page after it loaded (clients.claim): wait for the hand-over, briefly.
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve(false), 5000);
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      window.clearTimeout(timer);
      resolve(true);
    }, { once: true });
  });
}

let primed: Promise<number | undefined> | undefined;

/** Returns how many tasks are kept for offline use, or undefined without a service worker; once a page load. */
export function primeOfflineCopy(): Promise<number | undefined> {
  primed ??= prime().catch((error: unknown) => {
    primed = undefined;
    throw error;
  });
  return primed;
}

async function prime(): Promise<number | undefined> {
  if (!(await controlled())) return undefined;
  const assets = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).origin === location.origin && new URL(name).pathname.startsWith('/assets/'));
  await Promise.all([...new Set(assets)].map((url) => fetch(url).catch(() => undefined)));
  const mine = await apiRequest<{ items: VisitTask[] }>(myTasksUrl);
  await Promise.all(mine.items.map((task) => apiRequest(`${tasksEndpoint}/${task.id}`).catch(() => undefined)));
  return mine.items.length;
}
