import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocumentSet } from '../../../../electron/services/pdf/exportDocumentSet';
import { ExportFolderError, NotADraftError } from '../../../../electron/services/pdf/exportErrors';
import { loadC100Template } from '../../../../forms/c100/pdf/C100Template';
import type { C100Template } from '../../../../forms/c100/pdf/C100Template';
import { C100_DOWNLOAD_URL } from '../../../../forms/c100/pdf/c100Widgets';
import { TemplateDamagedError } from '../../../../forms/c100/pdf/errors';
import { repoRoot, templateBytes, templatePath } from '../../forms/pdf/pdfTestSupport';
import { TODAY } from '../../forms/pdf/supplements/supplementFixtures';

const example = (name: string): unknown => JSON.parse(readFileSync(path.join(repoRoot, 'examples', `${name}.json`), 'utf8'));
const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'c100-export-'));
/** Locate options that find no template anywhere: empty data folder, no env, a repo root with no ../shared. */
const nowhere = () => {
  const root = tempDir();
  return { env: {}, dataDir: path.join(root, 'data'), repoRoot: path.join(root, 'repo') };
};

let template: C100Template;

beforeAll(async () => {
  template = await loadC100Template(templateBytes(), templatePath);
}, 60_000);

describe('exportDocumentSet', () => {
  it('writes the whole set for a complete draft, and never overwrites: a second export adds " (2)"', async () => {
    const outDir = path.join(tempDir(), 'new folder');
    const options = { outDir, today: TODAY, template: { template, location: { path: templatePath, origin: 'explicit' as const } } };
    const first = await exportDocumentSet(example('domestic-abuse-exemption'), options);
    expect(first.complete).toBe(true);
    expect(first.supplements).toEqual(['C1A', 'C8']);
    expect(first.written.map((f) => path.basename(f.path))).toEqual(['C100.pdf', 'C1A.pdf', 'C8.pdf', 'C100-review-copy.pdf']);
    expect(first.template?.origin).toBe('explicit');
    const before = readFileSync(path.join(outDir, 'C100.pdf'));
    const second = await exportDocumentSet(example('domestic-abuse-exemption'), options);
    expect(second.written.map((f) => path.basename(f.path))).toEqual(['C100 (2).pdf', 'C1A (2).pdf', 'C8 (2).pdf', 'C100-review-copy (2).pdf']);
    expect(readFileSync(path.join(outDir, 'C100.pdf')).equals(before)).toBe(true);
    // Atomic writes leave no temporary files; files are private to the user.
    expect(readdirSync(outDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    if (process.platform !== 'win32') expect(statSync(path.join(outDir, 'C8.pdf')).mode & 0o777).toBe(0o600);
  }, 120_000);

  it('replaces files only when asked to overwrite', async () => {
    const outDir = tempDir();
    writeFileSync(path.join(outDir, 'C100.pdf'), 'old');
    const result = await exportDocumentSet(example('attended-miam'), { outDir, today: TODAY, overwrite: true, template: { template } });
    expect(result.written.map((f) => path.basename(f.path))).toEqual(['C100.pdf', 'C100-review-copy.pdf']);
    expect(readFileSync(path.join(outDir, 'C100.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('combines the C100 and the C1A, keeping the C8 a separate file', async () => {
    const result = await exportDocumentSet(example('domestic-abuse-exemption'), { outDir: tempDir(), today: TODAY, combined: true, flatten: true, template: { template } });
    expect(result.written.map((f) => f.document)).toEqual(['C100-application-set.pdf', 'C8.pdf', 'C100-review-copy.pdf']);
  }, 120_000);

  it('without a template writes the review copy only and says where to download the form', async () => {
    const outDir = tempDir();
    const result = await exportDocumentSet(example('attended-miam'), { outDir, today: TODAY, ...nowhere() });
    expect(result.written.map((f) => path.basename(f.path))).toEqual(['C100-review-copy.pdf']);
    expect(result.templateMissing?.downloadUrl).toBe(C100_DOWNLOAD_URL);
    expect(result.templateMissing?.message).toMatch(/GOV\.UK/);
    expect(result.templateMissing?.searched.length).toBe(2);
  }, 60_000);

  it('finds the template through the usual search (here: ../shared/forms beside the checkout)', async () => {
    const result = await exportDocumentSet(example('attended-miam'), { outDir: tempDir(), today: TODAY, env: {}, dataDir: path.join(tempDir(), 'data'), repoRoot });
    expect(result.template?.origin).toBe('checkout');
    expect(result.written[0]?.document).toBe('C100.pdf');
  }, 120_000);

  it('writes the review copy of an unfinished draft, with its issues', async () => {
    const result = await exportDocumentSet({ schemaVersion: 2, children: [{ id: 'c1', firstNames: 'Zofia' }] }, { outDir: tempDir(), today: TODAY, ...nowhere() });
    expect(result.complete).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.written.map((f) => f.document)).toEqual(['C100-review-copy.pdf']);
    expect(result.templateMissing).toBeUndefined();
  }, 60_000);

  it('migrates an older draft format in memory', async () => {
    const result = await exportDocumentSet({ schemaVersion: 1, applicants: [{ id: 'a1', fullName: 'Jane Smith' }] }, { outDir: tempDir(), today: TODAY, ...nowhere() });
    expect(result.migratedFrom).toBe(1);
  }, 60_000);

  it('refuses what is not a draft, a damaged template and an unusable folder, writing nothing', async () => {
    const outDir = tempDir();
    await expect(exportDocumentSet({ hello: 1 }, { outDir })).rejects.toBeInstanceOf(NotADraftError);
    await expect(exportDocumentSet({ schemaVersion: 2, children: 'many' }, { outDir })).rejects.toThrow(/not a C100 draft/);
    const damaged = path.join(tempDir(), 'C100.pdf');
    writeFileSync(damaged, '%PDF-1.7 nothing here');
    await expect(exportDocumentSet(example('attended-miam'), { outDir, today: TODAY, templatePath: damaged })).rejects.toBeInstanceOf(TemplateDamagedError);
    expect(readdirSync(outDir)).toEqual([]);
    const aFile = path.join(tempDir(), 'file.txt');
    writeFileSync(aFile, 'x');
    await expect(exportDocumentSet(example('attended-miam'), { outDir: aFile, today: TODAY, ...nowhere() })).rejects.toBeInstanceOf(ExportFolderError);
  }, 60_000);
});
