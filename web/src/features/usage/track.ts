/**
 * Counts page views and tool uses for indicator 2, 工時警示與勞動權益 APP 使用率 (tool uses ÷ page views
 * × 100; the server keeps one number per day, kind and name). Fire-and-forget: `sendBeacon`, else `fetch`
 * with `keepalive`; a failure is ignored and never shown.
 *
 * Nothing identifying is sent. A page is reduced to its route pattern: every path segment that is not
 * plain lower-case words (a tracking code, a record id, a name) becomes `:param`, so `/complaints/C2026-0042`
 * is counted as `/complaints/:param`. No cookie, no id, no referrer is added by us.
 *
 * Do Not Track and Global Privacy Control are honoured: when the browser sends either, nothing is sent.
 * The counts carry nothing personal, but people who asked not to be counted are not counted. Page views and
 * tool uses are both skipped for them, so the ratio the indicator reports stays fair.
 */

const endpoint = '/api/v1/usage';
const plainSegment = /^[a-z][a-z-]{0,39}$/;
const toolId = /^[a-z][a-z-]{0,39}(?:\.[a-z][a-z-]{0,39})?$/;

/** `/violations/臺中精機` → `/violations/:param`; `/heat` stays `/heat`. */
export function pagePattern(pathname: string): string {
  const segments = pathname.split('/').filter(Boolean);
  return `/${segments.map((segment) => (plainSegment.test(segment) ? segment : ':param')).join('/')}`;
}

function optedOut(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.doNotTrack === '1' || nav.globalPrivacyControl === true;
}

function send(kind: 'page-view' | 'tool-use', name: string): void {
  if (optedOut()) return;
  const body = JSON.stringify({ kind, name });
  try {
    if (typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(endpoint, new Blob([body], { type: 'application/json' }))) {
      return;
    }
    void fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body, keepalive: true, credentials: 'omit' }).catch(
      () => undefined,
    );
  } catch {
    // counting must never break the page
  }
}

/** One view of a public page; staff pages are not part of the public site and are never counted. */
export function trackPageView(pathname: string): void {
  const pattern = pagePattern(pathname);
  if (pattern === '/staff' || pattern.startsWith('/staff/')) return;
  send('page-view', pattern);
}

/** One use of a tool or calculator, by its id (`overtime-pay`, `heat.lookup`). */
export function trackToolUse(tool: string): void {
  if (!toolId.test(tool)) return;
  send('tool-use', tool);
}
