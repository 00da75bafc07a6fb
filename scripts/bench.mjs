// Runs every bench/*.bench.ts with tsx, one after another (benchmarks must not compete for the two
// cores), printing their output. Benchmarks print figures; they never fail on time (DESIGN.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('../bench/', import.meta.url));
const only = process.argv.slice(2);
const benches = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((name) => name.endsWith('.bench.ts'))
      .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
      .sort()
  : [];
if (benches.length === 0) {
  console.log('bench: no bench/*.bench.ts files to run.');
  process.exit(0);
}
let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync('npx', ['tsx', `bench/${name}`], {
    stdio: 'inherit',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
  if (run.status !== 0) {
    console.error(`bench: ${name} failed (exit ${run.status ?? run.signal}).`);
    failed += 1;
  }
}
process.exit(failed === 0 ? 0 : 1);
