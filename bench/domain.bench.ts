/**
 * Domain speed (issue 2 "Done when"): whole-application validation and `toApplication` on the
 * largest example, p50 and p95 over 2000 runs after a warm-up. Target: ≤ 2 ms p95 on the CI machine
 * (2 cores). Prints figures only; tests never assert times (COMMON.md).
 *
 * Run: npx tsx bench/domain.bench.ts   (or `npm run bench`, which runs every bench/*.bench.ts)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { C100DraftSchema, type C100Draft } from '../forms/c100/draft';
import { miamStatus } from '../forms/c100/miam/miamStatus';
import { requiredEvidence } from '../forms/c100/miam/requiredEvidence';
import { toApplication } from '../forms/c100/toApplication';
import { parseDraftText } from '../cli/readDraftFile';

const WARM_UP = 300;
const RUNS = 2000;
const TARGET_P95_MS = 2;
const TODAY = '2026-11-23';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const exampleName = 'grandparent-permission.json';
const text = readFileSync(path.join(repoRoot, 'examples', exampleName), 'utf8');
const draft: C100Draft = C100DraftSchema.parse(JSON.parse(text));

// The same draft with answers missing or wrong, so the issue path is measured too.
const broken = structuredClone(draft);
delete broken.children?.[1]?.dateOfBirth;
if (broken.applicants?.[0]) broken.applicants[0].email = 'maggie.ali@gmial.com';
if (broken.respondents?.[1]?.address) broken.respondents[1].address.postcode = 'LS12 3R';
delete broken.statementOfTruth;

function check(label: string, ok: boolean): void {
  if (!ok) throw new Error(`bench setup: ${label}`);
}
check('the example must be complete', toApplication(draft, { today: TODAY }).ok);
check('the broken copy must have issues', !toApplication(broken, { today: TODAY }).ok);

interface Figures {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

function measure(name: string, run: () => unknown): Figures {
  let sink: unknown;
  for (let i = 0; i < WARM_UP; i += 1) sink = run();
  const times = new Float64Array(RUNS);
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    sink = run();
    times[i] = performance.now() - start;
  }
  if (sink === undefined) throw new Error(`${name} returned nothing`);
  times.sort();
  const at = (q: number) => times[Math.min(RUNS - 1, Math.floor(q * RUNS))] ?? Number.NaN;
  const mean = times.reduce((sum, t) => sum + t, 0) / RUNS;
  return { name, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean };
}

const results = [
  // What `c100 validate` and the app's "check your answers" do after reading the file.
  measure('whole-application validation (JSON text → draft schema → toApplication)', () =>
    toApplication(parseDraftText(text, exampleName).draft, { today: TODAY }),
  ),
  measure('toApplication (complete draft)', () => toApplication(draft, { today: TODAY })),
  measure('toApplication (draft with 4 issues)', () => toApplication(broken, { today: TODAY })),
  measure('draft schema parse (C100DraftSchema.safeParse)', () => C100DraftSchema.safeParse(draft)),
  measure('miamStatus + requiredEvidence', () => [miamStatus(draft), requiredEvidence(draft)]),
];

const ms = (value: number) => value.toFixed(3).padStart(8);
console.log(
  `domain bench: ${exampleName} (${(text.length / 1024).toFixed(1)} KB, 3 children, 2 respondents), ${RUNS} runs after ${WARM_UP} warm-up, Node ${process.version}`,
);
console.log(
  `${'measure'.padEnd(76)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'mean ms'.padStart(8)}`,
);
for (const r of results)
  console.log(`${r.name.padEnd(76)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${ms(r.mean)}`);
const headline = results[0];
if (headline) {
  const verdict = headline.p95 <= TARGET_P95_MS ? 'meets' : 'MISSES';
  console.log(
    `whole-application validation p95 ${headline.p95.toFixed(3)} ms ${verdict} the target of ${TARGET_P95_MS} ms`,
  );
}
