/**
 * Fails the test when the page sends anything anywhere but the local server (DESIGN.md "Privacy and
 * security": no network at all from the renderer). Every request of the browser context is seen:
 * allowed ones go on, others are aborted and recorded, and so is any WebSocket.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface NetworkGuard {
  /** Requests that tried to leave, as `METHOD url`. */
  blocked: string[];
  /** Every request the page made to the local server (for the record). */
  local: string[];
}

/** URL schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export async function guardNetwork(context: BrowserContext, page: Page, allowedOrigin: string): Promise<NetworkGuard> {
  const guard: NetworkGuard = { blocked: [], local: [] };
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (LOCAL_SCHEMES.has(url.protocol)) return route.continue();
    if (url.origin === allowedOrigin) {
      guard.local.push(`${request.method()} ${url.pathname}`);
      return route.continue();
    }
    guard.blocked.push(`${request.method()} ${request.url()}`);
    return route.abort('blockedbyclient');
  });
  page.on('websocket', (socket) => guard.blocked.push(`WEBSOCKET ${socket.url()}`));
  return guard;
}
