import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { C100DraftSchema, type C100Draft } from '../../../../forms/c100/draft';
import { HostCallError } from '../../../../forms/host';
import { createPdfPorts } from '../../../../electron/services/host/pdfPorts';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const example = async (name: string): Promise<C100Draft> =>
  C100DraftSchema.parse(JSON.parse(await readFile(path.join(repoRoot, 'examples', name), 'utf8')));

describe('the template store and PDF export behind HostApi', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'c100-pdfports-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the official template beside the checkout', async () => {
    const { template } = createPdfPorts({ dataDir: dir, env: {} });
    const status = await template.status();
    expect(status).toMatchObject({ state: 'ready', edition: 'C100 04.24' });
    expect(status.location).toMatch(/C100-04\.24\.pdf$/);
  });

  it('says plainly when no template can be found', async () => {
    const { template, pdf } = createPdfPorts({ dataDir: dir, env: {}, repoRoot: path.join(dir, 'repo') });
    const status = await template.status();
    expect(status.state).toBe('missing');
    expect(status.message).toMatch(/C100/);
    const draft = await example('attended-miam.json');
    await expect(pdf.exportPdf({ draft, options: { mode: 'editable', layout: 'separate' }, folder: dir })).rejects.toMatchObject({
      code: 'template_missing',
    });
  });

  it('refuses to import a file that is not the C100', async () => {
    const { template } = createPdfPorts({ dataDir: dir, env: {}, repoRoot: path.join(dir, 'repo') });
    const fake = path.join(dir, 'fake.pdf');
    await writeFile(fake, '%PDF-1.4\nnot really a pdf\n');
    const error = await template.importFrom(fake).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostCallError);
    expect(error).toMatchObject({ code: 'template_invalid' });
  });

  it('exports a complete draft: the C100 and, for a refuge, the C8 apart', async () => {
    const { pdf } = createPdfPorts({ dataDir: dir, env: {} });
    const draft = await example('grandparent-permission.json');
    const folder = path.join(dir, 'out');
    const files = await pdf.exportPdf({ draft, options: { mode: 'flattened', layout: 'combined' }, folder });
    const names = files.map((f) => f.fileName);
    expect(names).toContain('C8.pdf');
    expect(names).toContain('C100-application-set.pdf');
    const set = files.find((f) => f.fileName === 'C100-application-set.pdf');
    expect(set?.contains).toEqual(expect.arrayContaining(['C100', 'C1A']));
    expect(set?.pageCount).toBeGreaterThan(31);
    const bytes = await readFile(set?.path ?? '');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('an unfinished draft is refused with what is left, after saving the review copy', async () => {
    const { pdf } = createPdfPorts({ dataDir: dir, env: {} });
    const draft = await example('attended-miam.json');
    delete draft.children;
    const error = await pdf.exportPdf({ draft, options: { mode: 'editable', layout: 'separate' }, folder: dir }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'incomplete' });
    expect((error as Error).message).toMatch(/Add at least one child/);
  });
});
