import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as C100TemplateModule from '../../../forms/c100/pdf/C100Template';
import type * as ExportDocumentSetModule from '../../../electron/services/pdf/exportDocumentSet';
import type * as LocateTemplateModule from '../../../electron/services/template/locateTemplate';
import { BATCH_CSV_COLUMNS, csvField, type BatchReport } from '../../../cli/batch/batchReport';
import { MAX_FOLDER_NAME_LENGTH, claimUniqueName, safeFolderName } from '../../../cli/batch/safeFolderName';
import { EXAMPLE_NAMES } from '../../../cli/commands/fillCommand';
import { examplesDir, readExample, runC100, scratchFolder, type CliRun } from './runC100';

// Count every parse of the official template, wherever it happens (the batch command or, if it
// ever looked again, the export service), by wrapping the one function that parses it.
const counters = vi.hoisted(() => ({ templateParses: 0, templateMissing: false }));
vi.mock('../../../forms/c100/pdf/C100Template', async (importOriginal) => {
  const actual = await importOriginal<typeof C100TemplateModule>();
  return {
    ...actual,
    loadC100Template: (...args: Parameters<typeof actual.loadC100Template>) => {
      counters.templateParses += 1;
      return actual.loadC100Template(...args);
    },
  };
});
// "No template anywhere" cannot be arranged on disk (the checkout's copy is always beside the
// repository), so the locator can be told to find nothing, for the command and the service alike.
vi.mock('../../../electron/services/template/locateTemplate', async (importOriginal) => {
  const actual = await importOriginal<typeof LocateTemplateModule>();
  return {
    ...actual,
    loadTemplate: (...args: Parameters<typeof actual.loadTemplate>) =>
      counters.templateMissing
        ? Promise.reject(new actual.TemplateNotFoundError(['/nowhere/templates/C100-04.24.pdf']))
        : actual.loadTemplate(...args),
  };
});

// A defect that only shows with one draft: the export of a draft whose folder is named "crash" throws.
vi.mock('../../../electron/services/pdf/exportDocumentSet', async (importOriginal) => {
  const actual = await importOriginal<typeof ExportDocumentSetModule>();
  return {
    ...actual,
    exportDocumentSet: (...args: Parameters<typeof actual.exportDocumentSet>) =>
      path.basename(args[1].outDir) === 'crash'
        ? Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere"))
        : actual.exportDocumentSet(...args),
  };
});

const scratch = scratchFolder();
afterAll(() => scratch.cleanup());
/** An empty data folder, so that only the checkout's template (../shared/forms) is found. */
const env = { C100_DATA_DIR: path.join(scratch.dir, 'data') };
const cwd = scratch.dir;

function batch(args: string[]): Promise<CliRun> {
  return runC100(['batch', ...args], { env, cwd });
}

function folderWith(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch.dir, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
  return dir;
}

/** RFC 4180 reader, independent of the writer under test: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}

beforeEach(() => {
  counters.templateParses = 0;
  counters.templateMissing = false;
});

describe('c100 batch: a folder of good, broken, foreign and unfinished drafts', () => {
  let run: CliRun;
  let parses = 0;
  const out = path.join(scratch.dir, 'out-folder');
  const csv = path.join(scratch.dir, 'report.csv');

  beforeAll(async () => {
    counters.templateParses = 0;
    const input = path.join(scratch.dir, 'cases');
    mkdirSync(input);
    for (const name of EXAMPLE_NAMES) copyFileSync(path.join(examplesDir, `${name}.json`), path.join(input, `${name}.json`));
    writeFileSync(path.join(input, 'broken.json'), '{ "schemaVersion": 2,\n  "children": [ }\n');
    writeFileSync(path.join(input, 'package.json'), JSON.stringify({ name: 'not-a-draft', version: '1.0.0' }));
    const unfinished = readExample('attended-miam.json');
    delete unfinished.children;
    writeFileSync(path.join(input, 'unfinished.json'), JSON.stringify(unfinished));
    writeFileSync(path.join(input, 'notes.txt'), 'not JSON, and not named .json: ignored');
    run = await batch(['cases', '--out', 'out-folder', '--report', 'report.csv']);
    parses = counters.templateParses;
  }, 120_000);

  it('fills the five examples, flags the rest, and exits 1', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Summary: 5 filled, 1 incomplete, 2 invalid, 0 failed \(8 drafts in /m);
    expect(run.stdout).toMatch(/broken \(cases\/broken\.json\): invalid: .*not valid JSON: .* at line 2, column \d+/);
    expect(run.stdout).toMatch(/package \(cases\/package\.json\): invalid: .*is not a C100 draft: .*"name"/);
    expect(run.stdout).toMatch(/unfinished \(cases\/unfinished\.json\): incomplete .*review copy only/);
    expect(run.stdout).toMatch(/issues? to fix, first: children/);
  });

  it('parses the template once for the whole run', () => {
    expect(parses).toBe(1);
  });

  it('writes each draft into its own folder, and nothing for drafts that are not drafts', () => {
    expect(readdirSync(out).sort()).toEqual([...EXAMPLE_NAMES, 'unfinished'].sort());
    expect(readdirSync(path.join(out, 'unfinished'))).toEqual(['C100-review-copy.pdf']);
    expect(readdirSync(path.join(out, 'grandparent-permission')).sort()).toEqual([
      'C100-review-copy.pdf',
      'C100.pdf',
      'C1A.pdf',
      'C8.pdf',
    ]);
    for (const name of EXAMPLE_NAMES) expect(readdirSync(path.join(out, name))).toContain('C100.pdf');
  });

  it('writes a CSV report that parses, one row per draft in the natural order of the folder', () => {
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    expect(rows[0]).toEqual([...BATCH_CSV_COLUMNS]);
    const records = rows.slice(1).map((cells) => Object.fromEntries(BATCH_CSV_COLUMNS.map((c, i) => [c, cells[i] ?? ''])));
    expect(records.map((r) => [r.name, r.status])).toEqual([
      ['attended-miam', 'filled'],
      ['broken', 'invalid'],
      ['consent-order', 'filled'],
      ['domestic-abuse-exemption', 'filled'],
      ['grandparent-permission', 'filled'],
      ['package', 'invalid'],
      ['unfinished', 'incomplete'],
      ['urgent-without-notice', 'filled'],
    ]);
    const byName = new Map(records.map((r) => [r.name, r]));
    const grandparent = byName.get('grandparent-permission');
    expect(grandparent?.supplements).toBe('C1A C8');
    expect(Number(grandparent?.continuation_sheets)).toBeGreaterThan(0);
    expect((grandparent?.files ?? '').split('; ').map((f) => path.basename(f)).sort()).toEqual(['C100-review-copy.pdf', 'C100.pdf', 'C1A.pdf', 'C8.pdf']);
    // The reason of a non-draft has quotes and commas: quoted in the file, intact once read back.
    expect(byName.get('package')?.reason).toMatch(/top-level field "name"/);
    expect(byName.get('broken')?.reason).toMatch(/at line 2, column \d+/);
    expect(Number(byName.get('unfinished')?.issues)).toBeGreaterThan(0);
    expect(byName.get('unfinished')?.reason).toMatch(/^\d+ issues? to fix, first: children/);
    for (const r of records) expect(Number(r.milliseconds)).toBeGreaterThanOrEqual(0);
  });

  it('gives the same bytes when run again (no dates in the PDFs), and --overwrite keeps the names', async () => {
    const before = readFileSync(path.join(out, 'consent-order', 'C100.pdf'));
    const again = await batch([path.join(examplesDir, 'consent-order.json'), '--out', 'out-folder', '--overwrite']);
    expect(again.code).toBe(0);
    expect(readdirSync(path.join(out, 'consent-order')).sort()).toEqual(['C100-review-copy.pdf', 'C100.pdf']);
    expect(readFileSync(path.join(out, 'consent-order', 'C100.pdf')).equals(before)).toBe(true);
  }, 60_000);
});

describe('c100 batch: other inputs and options', () => {
  it('fills each item of a JSON array, named by its number and the parties', async () => {
    const drafts = [readExample('consent-order.json'), {}, 42];
    const file = scratch.write('cases-array.json', JSON.stringify(drafts));
    const reportFile = path.join(scratch.dir, 'array-report.json');
    const run = await batch([file, '--out', 'out-array', '--json', '--report', 'array-report.json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as BatchReport;
    expect(JSON.parse(readFileSync(reportFile, 'utf8'))).toEqual(report);
    expect(report.drafts.map((d) => [d.name, d.status])).toEqual([
      ['001-wojcik-v-wojcik', 'filled'],
      ['002-applicant-v-respondent', 'incomplete'],
      ['003-applicant-v-respondent', 'invalid'],
    ]);
    expect(report.drafts.map((d) => d.source)).toEqual([`${file} #1`, `${file} #2`, `${file} #3`]);
    expect(report.drafts[2]?.reason).toMatch(/a draft is a JSON object/);
    expect(report.summary).toMatchObject({ drafts: 3, filled: 1, incomplete: 1, invalid: 1, failed: 0 });
    expect(readdirSync(path.join(scratch.dir, 'out-array')).sort()).toEqual(['001-wojcik-v-wojcik', '002-applicant-v-respondent']);
  }, 60_000);

  it('stops at the first draft that is not filled with --fail-fast, and reports the rest as skipped', async () => {
    const input = folderWith('fail-fast', { 'a-broken.json': '{', 'b-good.json': JSON.stringify(readExample('consent-order.json')) });
    const run = await batch([input, '--out', 'out-fail-fast', '--json', '--fail-fast']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as BatchReport;
    expect(report.stoppedEarly).toBe(true);
    expect(report.drafts.map((d) => [d.name, d.status])).toEqual([
      ['a-broken', 'invalid'],
      ['b-good', 'skipped'],
    ]);
    expect(report.drafts[1]?.reason).toMatch(/--fail-fast stopped the run at a-broken/);
    expect(existsSync(path.join(scratch.dir, 'out-fail-fast', 'b-good'))).toBe(false);
  });

  it('without --fail-fast a draft that cannot be written is that draft’s failure and the others go on', async () => {
    const out = path.join(scratch.dir, 'out-blocked');
    mkdirSync(out);
    // A file where the draft's folder should be: that draft fails, the next one is filled.
    writeFileSync(path.join(out, 'a-blocked'), 'in the way');
    const input = folderWith('blocked', { 'a-blocked.json': '{}', 'b-good.json': JSON.stringify(readExample('consent-order.json')) });
    const run = await batch([input, '--out', 'out-blocked', '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as BatchReport;
    expect(report.drafts.map((d) => [d.name, d.status])).toEqual([
      ['a-blocked', 'failed'],
      ['b-good', 'filled'],
    ]);
    expect(report.drafts[0]?.reason).toMatch(/a-blocked/);
    expect(report.drafts[0]?.reason).not.toMatch(/\n/);
  }, 60_000);

  it('reports a crash while exporting one draft as that draft’s failure, in one line, and goes on', async () => {
    const input = folderWith('crashing', { 'crash.json': '{}', 'next.json': '{}' });
    const run = await batch([input, '--out', 'out-crash', '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as BatchReport;
    expect(report.drafts.map((d) => [d.name, d.status])).toEqual([
      ['crash', 'failed'],
      ['next', 'incomplete'],
    ]);
    expect(report.drafts[0]?.reason).toMatch(/^unexpected error: Cannot read properties of undefined .*this is a bug in C100 Prep/);
    expect(report.drafts[0]?.reason).not.toMatch(/\n/);
  }, 60_000);

  it('names drafts of the same file name in different folders apart', async () => {
    const first = folderWith('same-a', { 'case.json': '42' });
    const second = folderWith('same-b', { 'case.json': '"text"' });
    const run = await batch([first, second, '--out', 'out-same', '--json']);
    const report = JSON.parse(run.stdout) as BatchReport;
    expect(report.drafts.map((d) => d.name)).toEqual(['case', 'case-2']);
    expect(report.drafts.every((d) => d.status === 'invalid')).toBe(true);
    expect(run.code).toBe(1);
  });

  it('exits 2 with one line, writing nothing, for an input that does not exist', async () => {
    const run = await batch(['no-such-folder', path.join(examplesDir, 'consent-order.json'), '--out', 'out-missing']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^c100: cannot read no-such-folder: there is no such file/);
    expect(existsSync(path.join(scratch.dir, 'out-missing'))).toBe(false);
  });

  it('exits 2 with one line for a folder without drafts, a missing --out, or a report that is not .csv/.json', async () => {
    const empty = folderWith('no-drafts', { 'readme.txt': 'nothing here' });
    const none = await batch([empty, '--out', 'out-none']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^c100: found no drafts in .*no-drafts/);
    const noOut = await batch([empty]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/needs --out FOLDER/);
    const badReport = await batch([empty, '--out', 'x', '--report', 'report.txt']);
    expect(badReport.code).toBe(2);
    expect(badReport.stderr).toMatch(/--report must name a \.csv or a \.json file/);
    for (const r of [none, noOut, badReport]) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a template that is not the official form before writing anything', async () => {
    const run = await batch([path.join(examplesDir, 'consent-order.json'), '--out', 'out-wrong-template', '--template', path.join(examplesDir, 'consent-order.json')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(readdirSync(path.join(scratch.dir, 'out-wrong-template'))).toEqual([]);
  });

  it('without any template writes the review copies, reports complete drafts as no-template, and exits 2 with where to get the form', async () => {
    counters.templateMissing = true;
    const input = folderWith('no-template', { 'complete.json': JSON.stringify(readExample('consent-order.json')), 'unfinished.json': '{}' });
    const run = await batch([input, '--out', 'out-no-template', '--report', 'reports/no-template.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not found\. Download form C100 from GOV\.UK/);
    expect(run.stdout).toMatch(/no official C100 form found: writing review copies only/);
    const rows = parseCsv(readFileSync(path.join(scratch.dir, 'reports', 'no-template.csv'), 'utf8')).slice(1);
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['complete', 'no-template'],
      ['unfinished', 'incomplete'],
    ]);
    for (const name of ['complete', 'unfinished'])
      expect(readdirSync(path.join(scratch.dir, 'out-no-template', name))).toEqual(['C100-review-copy.pdf']);
    expect(counters.templateParses).toBe(0);
  }, 60_000);
});

describe('batch folder names and CSV fields', () => {
  it('makes safe, readable folder names', () => {
    expect(safeFolderName('Nguyễn Thị Minh', 'x')).toBe('nguyen-thi-minh');
    expect(safeFolderName('Smith v. Jones (2025)', 'x')).toBe('smith-v-jones-2025');
    expect(safeFolderName('../../etc/passwd', 'x')).toBe('etc-passwd');
    expect(safeFolderName('CON', 'x')).toBe('con-draft');
    expect(safeFolderName('???', 'fallback')).toBe('fallback');
    expect(safeFolderName('محمد علي', 'x')).toBe('محمد-علي');
    expect(Array.from(safeFolderName('Ł'.repeat(200), 'x'))).toHaveLength(MAX_FOLDER_NAME_LENGTH);
  });

  it('claims each name once, whatever its case', () => {
    const taken = new Set<string>();
    expect(['case', 'Case', 'case', 'case-2'].map((n) => claimUniqueName(n, taken))).toEqual(['case', 'Case-2', 'case-3', 'case-2-2']);
  });

  it('quotes CSV fields as RFC 4180 asks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(12)).toBe('12');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});
