/** A tiny history router: pushState plus a subscription, read with useSyncExternalStore. */
import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes.js';

const CHANGE = 'planfold:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const currentPath = () => window.location.pathname;

export function navigate(path: string, { replace = false } = {}): void {
  if (path === currentPath() + window.location.search) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(CHANGE));
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** One query parameter of the address (`?q=` of the search page), following navigation. */
export function useSearchParam(name: string): string | null {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return new URLSearchParams(search).get(name);
}

export function useRoute(): Route {
  return parseRoute(usePathname());
}
