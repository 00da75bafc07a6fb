/**
 * PDF bench (issue 3 "Performance"): time to produce one C100 document set with the template
 * parsed once and reused, and parsed every time; output size; sets per second on one core.
 * Prints figures only; run with `npm run bench` or `npx tsx bench/pdf.bench.ts`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { loadFonts } from '../electron/services/pdf/loadFonts';
import { loadC100Template } from '../forms/c100/pdf/C100Template';
import { fillC100, saveFilledC100 } from '../forms/c100/pdf/fillC100';
import type { FillInstruction } from '../forms/c100/pdf/FillInstruction';
import { C100_WIDGETS } from '../forms/c100/pdf/c100Widgets';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bytes = new Uint8Array(await readFile(path.resolve(root, '..', 'shared', 'forms', 'C100-04.24.pdf')));
const fonts = await loadFonts();

// A full-ish set: every text box gets a short value that fits, every 3rd check box is ticked.
const instructions: FillInstruction[] = C100_WIDGETS.map((w, i): FillInstruction =>
  w.type === 'text' ? { widget: w.name, kind: 'text', value: w.maxLength ? '1'.repeat(Math.min(2, w.maxLength)) : 'Łukasz Wójcik' } : { widget: w.name, kind: 'check', checked: i % 3 === 0 },
);

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms`;
}

async function naive(): Promise<number> {
  const t = performance.now();
  const doc = await PDFDocument.load(bytes);
  const form = doc.getForm();
  form.getTextField('First name of first applicant').setText('Lukasz');
  await doc.save();
  return performance.now() - t;
}

const runs = 8;
const naiveTimes: number[] = [];
for (let i = 0; i < 3; i++) naiveTimes.push(await naive());
console.log(`naive pdf-lib load -> set one field -> save: ${stats(naiveTimes)}`);

let t = performance.now();
const template = await loadC100Template(bytes, 'bench');
console.log(`parse + verify + repair template once: ${(performance.now() - t).toFixed(1)} ms`);

for (const flatten of [false, true]) {
  const reused: number[] = [];
  let size = 0;
  for (let i = 0; i < runs + 1; i++) {
    t = performance.now();
    const filled = await fillC100(template, fonts, instructions);
    const out = await saveFilledC100(template, filled, { flatten });
    if (i > 0) reused.push(performance.now() - t);
    size = out.length;
  }
  const perSet = reused.reduce((a, b) => a + b, 0) / reused.length;
  console.log(`C100 set (${flatten ? 'flattened' : 'editable'}), template parsed once: ${stats(reused)}, ${(1000 / perSet).toFixed(1)} sets/s on one core, output ${(size / 1024).toFixed(0)} KiB`);
  const every: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const fresh = await loadC100Template(bytes, 'bench');
    await saveFilledC100(fresh, await fillC100(fresh, fonts, instructions), { flatten });
    every.push(performance.now() - t);
  }
  console.log(`C100 set (${flatten ? 'flattened' : 'editable'}), template parsed every time: ${stats(every)}`);
}

// The whole document set of the largest example (C100 with continuation sheets, C1A, C8 and the
// review copy), as `c100 fill` and the desktop export make it.
{
  const { C100DraftSchema } = await import('../forms/c100/draft');
  const { toApplication } = await import('../forms/c100/toApplication');
  const { buildDocumentSet } = await import('../forms/c100/pdf/documentSet');
  const draft = C100DraftSchema.parse(JSON.parse(await readFile(path.resolve(root, 'examples', 'grandparent-permission.json'), 'utf8')));
  const checked = toApplication(draft);
  if (!checked.ok) throw new Error('examples/grandparent-permission.json is not complete');
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < runs + 1; i++) {
    t = performance.now();
    const set = await buildDocumentSet({ template, fonts, draft, application: checked.application });
    if (i > 0) times.push(performance.now() - t);
    total = set.files.reduce((sum, f) => sum + f.bytes.length, 0);
  }
  const perSet = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`full document set (C100 + C1A + C8 + review copy, grandparent example): ${stats(times)}, ${(1000 / perSet).toFixed(1)} sets/s on one core, ${(total / 1024).toFixed(0)} KiB in 4 files`);
}
