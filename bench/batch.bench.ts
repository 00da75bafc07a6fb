/**
 * Batch bench (DESIGN.md users: paralegals "who need speed"): `c100 batch` over 20 drafts (four
 * copies of each example in examples/), in process through `runCli`, with the template parsed once
 * for the run. Prints drafts per second on one core (Node runs the fill on one thread), first run
 * (cold: fonts read, code not yet optimised) and second run, and `c100 fill` draft by draft (the
 * template parsed for every draft) for comparison. Figures only; never fails on time.
 * Run with `npm run bench batch` or `npx tsx bench/batch.bench.ts`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BatchReport } from '../cli/batch/batchReport';
import { runCli } from '../cli/runCli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.json')).sort();
const COPIES = 4;
const work = mkdtempSync(path.join(tmpdir(), 'c100-batch-bench-'));
// An empty data folder, so the checkout's template (../shared/forms) is the one used.
const env = { C100_DATA_DIR: path.join(work, 'data') };

async function c100(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => process.stderr.write(text),
    cwd: work,
    env,
  });
  return { code, stdout };
}

try {
  const input = path.join(work, 'drafts');
  mkdirSync(input);
  for (let copy = 1; copy <= COPIES; copy++) {
    for (const file of examples) copyFileSync(path.join(root, 'examples', file), path.join(input, `${copy}-${file}`));
  }
  const drafts = COPIES * examples.length;

  for (const label of ['first run (cold)', 'second run']) {
    const started = performance.now();
    const { code, stdout } = await c100(['batch', 'drafts', '--out', `out-${label.split(' ')[0] ?? 'run'}`, '--json']);
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`c100 batch exited ${code}`);
    const report = JSON.parse(stdout) as BatchReport;
    const times = report.drafts.map((d) => d.milliseconds).sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)] ?? 0;
    console.log(
      `c100 batch, ${drafts} drafts (${COPIES} x ${examples.length} examples), ${label}: ${(drafts / seconds).toFixed(2)} drafts/s on one core ` +
        `(${seconds.toFixed(2)} s in all, template parsed once; drafts alone ${report.summary.draftsPerSecond.toFixed(2)} drafts/s, p50 ${p50.toFixed(0)} ms per draft)`,
    );
  }

  const started = performance.now();
  for (const file of examples) {
    const { code } = await c100(['fill', path.join('drafts', `1-${file}`), '--out', path.join('out-fill', file), '--json']);
    if (code !== 0) throw new Error(`c100 fill ${file} exited ${code}`);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`c100 fill, one draft at a time (template parsed for each): ${(examples.length / seconds).toFixed(2)} drafts/s (${examples.length} drafts in ${seconds.toFixed(2)} s)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
