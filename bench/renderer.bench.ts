/**
 * Renderer figures (issue 5): the production bundle's size (gzipped JS and CSS, from dist/renderer)
 * and the time from navigation to the first interactive element in Chromium, with window.c100 bound
 * to the real vault as in the e2e tests. Targets: ≤ 300 KB gzipped JS, ≤ 500 ms. Prints; never fails
 * on a figure (DESIGN.md: benchmarks print, tests never assert time).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { bindHost, repoRoot } from '../test/e2e/support/bindHost';
import { startStaticServer } from '../test/e2e/support/staticServer';

const distDir = path.join(repoRoot, 'dist', 'renderer');
const RUNS = 10;

function build(): void {
  const run = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('renderer build failed');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

// Always measure the current sources, not a stale build.
build();
if (!existsSync(path.join(distDir, 'index.html'))) throw new Error(`no build at ${distDir}`);
const totals = { js: { raw: 0, gz: 0 }, css: { raw: 0, gz: 0 } };
for (const file of filesUnder(distDir)) {
  const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : undefined;
  if (kind === undefined) continue;
  const bytes = readFileSync(file);
  totals[kind].raw += bytes.length;
  totals[kind].gz += gzipSync(bytes, { level: 9 }).length;
}
console.log(`bundle JS:  ${kb(totals.js.gz)} gzipped (${kb(totals.js.raw)} raw)   target ≤ 300 KB gzipped`);
console.log(`bundle CSS: ${kb(totals.css.gz)} gzipped (${kb(totals.css.raw)} raw)`);

const server = await startStaticServer(distDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const timings: number[] = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const host = await bindHost(page);
    try {
      await page.goto(server.url);
      // The first thing a user can act on: the start page's main button (drafts listed by then).
      await page.locator('main button').first().waitFor({ state: 'visible' });
      // performance.now() counts from the navigation's time origin.
      timings.push(await page.evaluate(() => performance.now()));
    } finally {
      await context.close();
      await host.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
timings.sort((a, b) => a - b);
console.log(
  `navigation → first interactive element (start page, ${RUNS} runs, first is cold): p50 ${percentile(timings, 50).toFixed(0)} ms, p95 ${percentile(timings, 95).toFixed(0)} ms   target ≤ 500 ms`,
);
