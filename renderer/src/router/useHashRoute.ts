/**
 * The current route, following `location.hash`. In-page anchors (`#main-content`, `#f-…`) are not
 * routes: a click on one moves focus to its target instead of changing the route (see main.tsx).
 */
import { useCallback, useEffect, useState } from 'react';
import { parseRoute, routeHref, type Route } from './routes';

export function useHashRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = useCallback((next: Route, options?: { replace?: boolean }) => {
    const href = routeHref(next);
    if (options?.replace) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
    setRoute(parseRoute(href));
  }, []);
  return [route, navigate];
}

/** Whether a link's `href` is an in-page anchor (an element id) rather than a route. */
export function isInPageAnchor(href: string): boolean {
  return href.startsWith('#') && !href.startsWith('#/') && href.length > 1;
}
