/**
 * Playwright against Debian's Chromium (Playwright's own browser download does not work on these
 * machines: COMMON.md). The web e2e specs serve the production build (`dist/renderer`, built by
 * `npm run build`, which scripts/e2e.mjs runs first) from a loopback static server started by the
 * test fixtures (test/e2e/support/fixtures.ts), with `window.c100` bound to the real Node services.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  // Two shared cores: one worker keeps the vault's scrypt and Chromium from starving each other.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1024, height: 768 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
