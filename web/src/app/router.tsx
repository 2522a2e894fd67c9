/**
 * The app's navigation helpers, on top of React Router (data mode; the route table is in routes.tsx).
 * Pages import from here rather than from react-router so that the app keeps one way to link:
 *  - `<Link href>`: an ordinary anchor that React Router follows without a reload;
 *  - `navigate(to, { replace })`: for code that moves after a save or a sign-in;
 *  - `useLocation()`: the path and its query string as URLSearchParams;
 *  - `isClientNavigation()`: whether focus should move to the new page's heading (never on first load).
 */
import type { AnchorHTMLAttributes } from 'react';
import { Link as RouterLink, useLocation as useRouterLocation } from 'react-router';

type AppRouter = {
  navigate: (to: string, options?: { replace?: boolean; state?: unknown }) => Promise<void>;
  subscribe: (listener: (state: { location: { key: string } }) => void) => () => void;
  state: { location: { key: string } };
};

let router: AppRouter | undefined;
let hasNavigated = false;

/** Called once by routes.tsx with the browser router it created. */
export function setRouter(created: AppRouter): void {
  router = created;
  const firstKey = created.state.location.key;
  created.subscribe((state) => {
    if (state.location.key !== firstKey) hasNavigated = true;
  });
}

export function navigate(to: string, options: { replace?: boolean; state?: unknown } = {}): void {
  if (!router) throw new Error('navigate called before the router exists');
  void router.navigate(to, { replace: options.replace ?? false, state: options.state });
}

/** True once the user has moved within the app; the first page load keeps the browser's own focus. */
export function isClientNavigation(): boolean {
  return hasNavigated;
}

/** The current path with its query string, e.g. `/staff/login?next=%2Fstaff`. */
export function useLocation(): { pathname: string; search: URLSearchParams; href: string } {
  const location = useRouterLocation();
  return { pathname: location.pathname, search: new URLSearchParams(location.search), href: location.pathname + location.search };
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; state?: unknown };

/**
 * An ordinary link that the router follows without a reload (modified clicks still open new tabs).
 * `state` goes into the new history entry, not the URL (a list hands its masked row to the detail page).
 */
export function Link({ href, state, ...rest }: LinkProps) {
  return <RouterLink to={href} state={state} {...rest} />;
}

/** The state the link or `navigate` put in this history entry. */
export function useHistoryState<T>(): T | undefined {
  return (useRouterLocation().state ?? undefined) as T | undefined;
}
