/**
 * A chunk of the app (a page's code, a language's words) that failed to arrive is asked for once more
 * before the caller gives up: a dropped packet on a phone's line, or a fetch the browser aborted while the
 * service worker was taking over, should not leave a page that never loads (issue 16; seen in CI as a
 * Vietnamese page that stayed on 載入中 because one translation chunk was aborted).
 */
export async function retryOnce<T>(load: () => Promise<T>, delayMs = 300): Promise<T> {
  try {
    return await load();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return load();
  }
}
