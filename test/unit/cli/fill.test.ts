import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { runC100, scratchFolder } from './runC100';

const scratch = scratchFolder();
afterAll(() => scratch.cleanup());
/** An empty data folder, so that only the checkout's template (../shared/forms) is found. */
const env = { C100_DATA_DIR: path.join(scratch.dir, 'data') };

interface Report {
  complete: boolean;
  template?: { origin: string };
  written: { path: string; pages: number }[];
  supplements: string[];
  continuationSheets: { number: number; reason: string }[];
}

async function pageCount(file: string): Promise<number> {
  return (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).getPageCount();
}

describe('c100 fill', () => {
  it('writes the C100 with its continuation sheets, the C1A, the C8 and the review copy, and says why', async () => {
    const out = path.join(scratch.dir, 'grandparent');
    const run = await runC100(['fill', 'examples/grandparent-permission.json', '--out', out], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['C100-review-copy.pdf', 'C100.pdf', 'C1A.pdf', 'C8.pdf']);
    expect(run.stdout).toContain('Supplements: C1A, C8');
    expect(run.stdout).toMatch(/Continuation sheets: [1-9]/);
    expect(run.stdout).toMatch(/^ {2}sheet 1: .+/m);
    expect(run.stdout).toMatch(/Form C1A .* is included because/);
    expect(run.stdout).toMatch(/Form C8 .* is included for Respondent 1/);
    expect(run.stdout).toContain('Template: ');
    // The C100 is the 31-page form plus its continuation sheets, and opens as a PDF.
    expect(await pageCount(path.join(out, 'C100.pdf'))).toBeGreaterThan(31);
  });

  it('reports as JSON, and with --combined puts the C1A into the C100 file but keeps the C8 apart', async () => {
    const out = path.join(scratch.dir, 'combined');
    const run = await runC100(
      ['fill', '--json', '--combined', '--flatten', 'examples/domestic-abuse-exemption.json', '--out', out],
      { env },
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.complete).toBe(true);
    expect(report.template?.origin).toBe('checkout');
    expect(report.supplements).toEqual(['C1A', 'C8']);
    expect(report.written.map((w) => path.basename(w.path))).toEqual([
      'C100-application-set.pdf',
      'C8.pdf',
      'C100-review-copy.pdf',
    ]);
    const set = path.join(out, 'C100-application-set.pdf');
    expect(await pageCount(set)).toBe(report.written[0]?.pages);
    // Flattened: no form fields left.
    expect((await PDFDocument.load(readFileSync(set))).getForm().getFields()).toHaveLength(0);
  });

  it('writes only the review copy for an unfinished draft, and exits 1', async () => {
    const out = path.join(scratch.dir, 'unfinished');
    const run = await runC100(['fill', scratch.write('empty.json', '{}'), '--out', out], { env });
    expect(run.code).toBe(1);
    expect(readdirSync(out)).toEqual(['C100-review-copy.pdf']);
    expect(run.stdout).toContain('only the review copy was made');
    expect(run.stdout).toMatch(/has \d+ issues to fix first/);
  });

  it('refuses a template that is not the official form and writes nothing', async () => {
    const out = path.join(scratch.dir, 'wrong-template');
    const run = await runC100(
      ['fill', 'examples/attended-miam.json', '--out', out, '--template', 'examples/attended-miam.json'],
      { env },
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('is not the official C100 form (04.24)');
    expect(existsSync(out)).toBe(false);
  });

  it('says when --out is a file, not a folder', async () => {
    const notAFolder = path.join(scratch.dir, 'a-file');
    writeFileSync(notAFolder, 'x');
    const run = await runC100(['fill', scratch.write('empty2.json', '{}'), '--out', notAFolder], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `c100: cannot write to ${notAFolder}: it is a file, not a folder. Choose another folder with --out, or check its permissions.\n`,
    );
  });
});

describe('c100 fill into a folder that already has a set', () => {
  it('never replaces files silently: a second run is numbered, --overwrite replaces', async () => {
    const out = path.join(scratch.dir, 'twice');
    const args = ['fill', 'examples/attended-miam.json', '--out', out];
    expect((await runC100(args, { env })).code).toBe(0);
    const second = await runC100(args, { env });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(path.join(out, 'C100 (2).pdf'));
    expect(readdirSync(out).sort()).toEqual([
      'C100 (2).pdf',
      'C100-review-copy (2).pdf',
      'C100-review-copy.pdf',
      'C100.pdf',
    ]);
    const third = await runC100([...args, '--overwrite'], { env });
    expect(third.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(4);
  });
});
