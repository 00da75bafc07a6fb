/**
 * The renderer's only way out: `window.c100`, typed by the HostApi contract (forms/host/hostApi.ts).
 * The preload defines it in Electron; the e2e harness binds it with `page.exposeBinding`.
 */
import type { HostApi } from '../../../forms/host/hostApi';

declare global {
  interface Window {
    /** Present when the page runs inside the desktop shell or the e2e harness. */
    c100?: HostApi;
  }
}

/** Thrown when the page is opened outside the app (e.g. the HTML file on its own in a browser). */
export class HostMissingError extends Error {
  override readonly name = 'HostMissingError';
  constructor() {
    super('C100 Prep cannot reach its storage. Open the C100 Prep app itself rather than this page in a browser.');
  }
}

/** The host, or throws `HostMissingError` when the page runs without one. */
export function getHost(): HostApi {
  const host = window.c100;
  if (host === undefined) throw new HostMissingError();
  return host;
}

export type { HostApi };
