/**
 * Navigation, new windows and webviews, denied for every web contents the app creates (Electron
 * security checklist items 12, 13, 14). A link to an allowed help site asked to open in a new
 * window goes to the user's browser instead (checklist item 15: allow-list checked by parsed origin).
 */
import type { WebContents } from 'electron';
import { isAllowedHelpUrl } from '../../forms/host';
import { isAppUrl } from './appProtocol';

export type HardenableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Opens an allowed help link in the user's browser. */
export type OpenExternal = (url: string) => void;

/**
 * Only in-app navigation (same `app://c100` origin, e.g. a reload) may proceed; everything else,
 * including remote pages and `file:` URLs, is refused.
 */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

export function hardenWebContents(contents: HardenableWebContents, openExternal: OpenExternal): void {
  const refuseUnlessInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => refuseUnlessInApp(event, url));
  contents.on('will-frame-navigate', (event) => refuseUnlessInApp(event, event.url));
  contents.on('will-redirect', (event, url) => refuseUnlessInApp(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedHelpUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
