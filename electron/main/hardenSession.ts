/**
 * Default-deny for everything a page could ask of the session: permissions (checklist item 5),
 * device access, screen capture, and any request that would leave the machine (DESIGN.md: no
 * network at all from the renderer). The app needs no permission at all, so nothing is allowed.
 */
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../forms/host';
import { APP_SCHEME } from './appProtocol';

/** Schemes a page in our session may load from: our own files, devtools in development, inline data. */
const ALLOWED_REQUEST_SCHEMES: ReadonlySet<string> = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

/** Whether a request from the renderer may proceed (our own scheme only). Never throws. */
export function isAllowedRendererRequest(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setDisplayMediaRequestHandler' | 'webRequest'
>;

export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Calling back with no source refuses the capture.
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRendererRequest(details.url) });
  });
  // The app:// handler already sends the CSP; this covers any other response the session sees.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
