/*
 * Service worker for the public app. Hand-written so that every rule is visible:
 * - the app shell (/) and the built files listed in /precache.json are stored at install, so the site and
 *   its calculators work offline after one visit: the public app only, and of the translations Chinese
 *   and the visitor's language (the registration's ?lang=);
 * - hashed build files under /assets/ never change, so they are served cache-first;
 * - page navigations go to the network first and fall back to the cached shell (the app routes itself);
 * - nothing from the API is stored except what issue 15 §8 reads offline (Q&A answers opened, the heat
 *   page's readings, the latest violations searches and employer pages: public answers only), the public
 *   city reference data, the published rates (the
 *   calculators' minimum wages and tables, ADR 0024: network first, the last answer kept for offline) and
 *   the public Q&A list and consultation centre the foreign workers page shows, and never staff or auth
 *   answers, which may carry personal data;
 * - one exception, the migrant field app (ADR 0033): the officer's visit tasks (names masked), network
 *   first, kept in their own cache that the page deletes at sign-out. A task's visits (notes, photos) and
 *   exports are never kept.
 */
const VERSION = 'v3';
const SHELL_CACHE = `shell-${VERSION}`;
const ASSET_CACHE = `assets-${VERSION}`;
const DATA_CACHE = `data-${VERSION}`;
const FIELD_CACHE = 'field-v1';
const SHELL = ['/', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png'];
const MAX_ASSETS = 200;

// The visitor's language, from the registration (/sw.js?lang=vi): the page registers again when it changes,
// and the new worker stores that language's translations. Chinese is every language's fallback: always kept.
const LANGUAGE = new URL(self.location.href).searchParams.get('lang') ?? 'zh-TW';

// The build's file list; a missing list (e.g. a development server) only means runtime caching.
async function precacheAssets() {
  try {
    const response = await fetch('/precache.json', { cache: 'no-store' });
    if (!response.ok) return;
    const list = await response.json();
    const files = Array.isArray(list) ? list : [...(list.shared ?? []), ...((list.locales ?? {})[LANGUAGE] ?? [])];
    const cache = await caches.open(ASSET_CACHE);
    await cache.addAll(files.filter((file) => typeof file === 'string' && file.startsWith('/assets/')));
  } catch {
    // Offline at install time: the files are cached as they are used instead.
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([
      caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)),
      precacheAssets(),
    ]).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  const current = [SHELL_CACHE, ASSET_CACHE, DATA_CACHE, FIELD_CACHE, `recent-${VERSION}`];
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => !current.includes(name)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

function isFieldTask(url) {
  return /^\/api\/v1\/staff\/visit-tasks(\/[0-9a-f-]{36})?$/.test(url.pathname) && !url.searchParams.has('format');
}

function isPrivate(url) {
  return url.pathname.startsWith('/api/v1/staff/') || url.pathname.startsWith('/api/v1/auth/');
}

async function trim(cacheName, max) {
  const cache = await caches.open(cacheName);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((key) => cache.delete(key)));
}

// Storing a copy never delays or fails the answer: the page gets the response at once, and the copy is
// written under the event's waitUntil (a failed write only means no offline copy of that file).
function keep(event, cacheName, key, response, after) {
  const copy = response.clone();
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.put(key, copy))
      .then(after)
      .catch(() => undefined),
  );
}

async function cacheFirst(event) {
  const { request } = event;
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) keep(event, ASSET_CACHE, request, response, () => trim(ASSET_CACHE, MAX_ASSETS));
  return response;
}

async function networkFirst(event, cacheName, cacheKey) {
  const { request } = event;
  try {
    const response = await fetch(request);
    if (response.ok) keep(event, cacheName, cacheKey, response);
    return response;
  } catch (error) {
    const cached = await caches.match(cacheKey);
    if (cached) return cached;
    throw error;
  }
}

// ---- Foreign workers page (issue 10 §4) -------------------------------------------------------------
// Its Q&A list (the content module's public, published answers) and the consultation centre's lines and
// hours are kept like the rates, so the page is whole offline. Only the unsearched Q&A list (by category
// and language): search-as-you-type on /qa would otherwise store one answer per keystroke. Nothing else of
// the API is added here.
function isKeptQaList(url) {
  return url.pathname === '/api/v1/qa' && !url.searchParams.has('q');
}
// The consultation centre's lines and hours, as staff publish them (public, one small answer).
function isKeptForeignWorkersData(url) {
  return url.pathname === '/api/v1/migrant-centre' || isKeptQaList(url);
}
// ---- end of the foreign workers page's part ----------------------------------------------------------

// ---- Offline reading (issue 15 §8) -------------------------------------------------------------------
// What a worker read once online reads again offline, network first: each Q&A answer opened, the heat
// page's readings (the page shows the time of its last known data), and the violations searches and
// employer pages viewed most recently. All public answers, with no personal data; the recent ones are
// capped so a long session does not fill the phone.
const RECENT_CACHE = `recent-${VERSION}`;
const MAX_RECENT = 40;
function isKeptForReading(url) {
  return /^\/api\/v1\/qa\/[^/]+$/.test(url.pathname) || url.pathname === '/api/v1/heat' || url.pathname === '/api/v1/heat/districts' || url.pathname === '/api/v1/heat/warnings';
}
function isRecentViolations(url) {
  return url.pathname === '/api/v1/violations' || url.pathname.startsWith('/api/v1/violations/employers/');
}
async function networkFirstRecent(event) {
  const response = await networkFirst(event, RECENT_CACHE, event.request);
  event.waitUntil(trim(RECENT_CACHE, MAX_RECENT).catch(() => undefined));
  return response;
}
// ---- end of offline reading ----------------------------------------------------------------------------

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isFieldTask(url)) {
    event.respondWith(networkFirst(event, FIELD_CACHE, request));
    return;
  }
  if (isPrivate(url)) return;

  if (request.mode === 'navigate') {
    if (url.pathname.startsWith('/api/')) return;
    // Every page is the same single-page shell, so one cache entry serves them all and stays fresh.
    event.respondWith(networkFirst(event, SHELL_CACHE, '/'));
    return;
  }
  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/')) {
    event.respondWith(cacheFirst(event));
    return;
  }
  if (url.pathname === '/api/v1/reference/city' || url.pathname === '/api/v1/rates' || isKeptForeignWorkersData(url) || isKeptForReading(url)) {
    event.respondWith(networkFirst(event, DATA_CACHE, request));
    return;
  }
  if (isRecentViolations(url)) event.respondWith(networkFirstRecent(event));
});
