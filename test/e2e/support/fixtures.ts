/**
 * Playwright fixtures for the web e2e specs:
 * - `server` (per worker): the production build `dist/renderer` on a loopback static server;
 * - `host`: `window.c100` bound to the real services (see bindHost.ts); `hostOptions` configures it;
 * - `network` (automatic): fails the test if any request leaves for another origin;
 * - `openApp()`: binds the host, opens the app at a hash route and waits for it to be ready;
 * - `saveScreenshot(name)`: a full-page screenshot under test-results/ (not committed; look at them).
 */
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { bindHost, repoRoot, type BindHostOptions, type BoundHost } from './bindHost';
import { guardNetwork, type NetworkGuard } from './networkGuard';
import { startStaticServer, type StaticServer } from './staticServer';

export interface E2eFixtures {
  hostOptions: BindHostOptions;
  host: BoundHost;
  network: NetworkGuard;
  /** Opens the app at `hash` (default the start page) and waits until the first heading shows. */
  openApp: (hash?: string) => Promise<void>;
  saveScreenshot: (name: string) => Promise<string>;
}

export const test = base.extend<E2eFixtures, { server: StaticServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern.
    async ({}, use) => {
      const server = await startStaticServer(path.join(repoRoot, 'dist', 'renderer'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  hostOptions: [{}, { option: true }],
  host: async ({ page, hostOptions }, use) => {
    const host = await bindHost(page, hostOptions);
    await use(host);
    await host.close();
  },
  network: [
    async ({ context, page, server }, use) => {
      const guard = await guardNetwork(context, page, server.origin);
      await use(guard);
      expect(guard.blocked, 'requests that tried to leave the app').toEqual([]);
    },
    { auto: true },
  ],
  openApp: async ({ page, server, host }, use) => {
    await use(async (hash = '#/') => {
      // `host` is bound before the page loads: window.c100 exists when the bundle starts.
      expect(host.dataDir).toBeTruthy();
      await page.goto(`${server.url}${hash}`);
      await expect(page.locator('h1').first()).toBeVisible();
    });
  },
  saveScreenshot: async ({ page }, use, testInfo) => {
    await use(async (name) => {
      const file = testInfo.outputPath(`${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    });
  },
});

export { expect };
