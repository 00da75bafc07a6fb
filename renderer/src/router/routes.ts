/**
 * The app's places, kept in the URL hash so that a reload (or a crash and restart) resumes on the
 * same page (issue 5: "a reload in the middle of a journey loses nothing"). Hash routing needs no
 * server rewrite rules, so it works from `app://` and from a static file server alike.
 *
 * - `#/`                                   start page and drafts list
 * - `#/import`                             open a draft someone shared (a `.c100draft` bundle)
 * - `#/drafts/<id>`                        the task list of a draft
 * - `#/drafts/<id>/steps/<step>?k=v`       one page of the journey, with its parameters
 * - `#/drafts/<id>/<page>`                 the pages after the journey and around a draft:
 *                                          `export`, `produced`, `rename`, `versions`, `share`
 */
export const DRAFT_PAGES = ['export', 'produced', 'rename', 'versions', 'share'] as const;
export type DraftPageName = (typeof DRAFT_PAGES)[number];

export type Route =
  | { name: 'start' }
  | { name: 'import' }
  | { name: 'tasks'; draftId: string }
  | { name: 'step'; draftId: string; stepId: string; params: Record<string, string> }
  | { [P in DraftPageName]: { name: P; draftId: string } }[DraftPageName];

const SAFE_SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

function isDraftPage(name: string | undefined): name is DraftPageName {
  return (DRAFT_PAGES as readonly string[]).includes(name ?? '');
}

/** The route of a hash; anything unknown or malformed is the start page. */
export function parseRoute(hash: string): Route {
  const withoutMark = hash.startsWith('#') ? hash.slice(1) : hash;
  const [pathPart = '', query = ''] = withoutMark.split('?', 2);
  const segments = pathPart.split('/').filter((segment) => segment.length > 0);
  if (segments.length === 1 && segments[0] === 'import') return { name: 'import' };
  if (segments[0] !== 'drafts') return { name: 'start' };
  const draftId = segments[1];
  if (draftId === undefined || !SAFE_SEGMENT.test(draftId)) return { name: 'start' };
  if (segments.length === 2) return { name: 'tasks', draftId };
  const page = segments[2];
  if (segments.length === 3 && isDraftPage(page)) return { name: page, draftId };
  const stepId = segments[3];
  if (page === 'steps' && stepId !== undefined && SAFE_SEGMENT.test(stepId) && segments.length === 4) {
    const params: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(query)) params[key] = value;
    return { name: 'step', draftId, stepId, params };
  }
  return { name: 'start' };
}

/** The hash of a route (with the leading `#`). */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'import':
      return '#/import';
    case 'tasks':
      return `#/drafts/${route.draftId}`;
    case 'step': {
      const query = new URLSearchParams(Object.entries(route.params).sort(([a], [b]) => a.localeCompare(b))).toString();
      return `#/drafts/${route.draftId}/steps/${route.stepId}${query ? `?${query}` : ''}`;
    }
    case 'export':
    case 'produced':
    case 'rename':
    case 'versions':
    case 'share':
      return `#/drafts/${route.draftId}/${route.name}`;
    default: {
      const unknown: never = route;
      throw new Error(`Unknown route: ${JSON.stringify(unknown)}`);
    }
  }
}
