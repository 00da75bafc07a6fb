// Runs the Playwright end-to-end suites against Debian's Chromium (Playwright's own browser download
// does not work on these machines). Fails loudly when Chromium is missing rather than skipping.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const e2eDir = new URL('../test/e2e/', import.meta.url);
const specs = existsSync(e2eDir) ? readdirSync(e2eDir, { recursive: true }).filter((f) => String(f).endsWith('.spec.ts')) : [];
if (specs.length === 0) {
  console.log('e2e: no end-to-end specs under test/e2e yet.');
  process.exit(0);
}
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
