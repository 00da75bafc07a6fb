import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../../../../electron/services/pdf/loadFonts';
import { C100DraftSchema } from '../../../../../forms/c100/draft';
import { loadC100Template } from '../../../../../forms/c100/pdf/C100Template';
import type { C100Template } from '../../../../../forms/c100/pdf/C100Template';
import { buildDocumentSet } from '../../../../../forms/c100/pdf/documentSet';
import type { DocumentSet } from '../../../../../forms/c100/pdf/documentSet';
import type { FontBytes } from '../../../../../forms/c100/pdf/fonts';
import { toApplication } from '../../../../../forms/c100/toApplication';
import { qpdfCheck, run, templateBytes, writeTemp } from '../pdfTestSupport';
import { REFUGE, TODAY, applicationOf, exampleDraft, refugeDraft } from './supplementFixtures';

let template: C100Template;
let fonts: FontBytes;
let separate: DocumentSet;
let combined: DocumentSet;
let plain: DocumentSet;
const DATE = new Date('2026-11-20T10:00:00Z');

function file(set: DocumentSet, name: string): { bytes: Uint8Array; path: string; pages: number } {
  const found = set.files.find((f) => f.name === name);
  if (!found) throw new Error(`${name} is not in the set (${set.files.map((f) => f.name).join(', ')})`);
  return { bytes: found.bytes, pages: found.pages, path: writeTemp(name, found.bytes) };
}

/** Every page's text, with the bidi marks pdftotext wraps right-to-left runs in removed. */
function textOf(path: string): string {
  return run('pdftotext', [path, '-']).replace(/[\u202a-\u202e]/g, '');
}

beforeAll(async () => {
  template = await loadC100Template(templateBytes(), 'test copy');
  fonts = await loadFonts();
  const draft = refugeDraft();
  const application = applicationOf(draft);
  separate = await buildDocumentSet({ template, fonts, draft, application, options: { date: DATE } });
  combined = await buildDocumentSet({ template, fonts, draft, application, options: { combined: true, flatten: true, reviewCopy: false } });
  const attended = exampleDraft('attended-miam');
  plain = await buildDocumentSet({ template, fonts, draft: attended, application: applicationOf(attended), options: { reviewCopy: false } });
}, 120_000);

describe('buildDocumentSet: which files', () => {
  it('writes the C100, the C1A, the C8 and the review copy as separate files when both supplements apply', () => {
    expect(separate.files.map((f) => f.name)).toEqual(['C100.pdf', 'C1A.pdf', 'C8.pdf', 'C100-review-copy.pdf']);
    expect(separate.supplements).toEqual(['C1A', 'C8']);
    expect(separate.reasons.join(' ')).toMatch(/C1A.*risk of harm/);
    expect(separate.reasons.join(' ')).toMatch(/C8.*Respondent 1/);
  });

  it('adds no supplement when no risk concern is yes and nothing is confidential', () => {
    expect(plain.files.map((f) => f.name)).toEqual(['C100.pdf']);
    expect(plain.supplements).toEqual([]);
  });

  it('combines the C100 and the C1A in one file but keeps the C8 apart, and says why', () => {
    expect(combined.files.map((f) => f.name)).toEqual(['C100-application-set.pdf', 'C8.pdf']);
    expect(combined.reasons.join(' ')).toContain('the C8 stays a separate file');
    const set = file(combined, 'C100-application-set.pdf');
    const c100Pages = file(separate, 'C100.pdf').pages;
    const c1aPages = file(separate, 'C1A.pdf').pages;
    expect(set.pages).toBe(c100Pages + (c100Pages % 2) + c1aPages);
    const text = textOf(set.path);
    expect(text).toContain('C1A Allegations of harm and domestic violence');
    // The blank separator page exists only to start the C1A on a new sheet after an odd page count.
    if (c100Pages % 2 === 1) expect(text).toContain('This page is intentionally left blank.');
    else expect(text).not.toContain('This page is intentionally left blank.');
    expect(text).not.toContain('C8 Confidential contact details');
  });

  it('reports the continuation sheets with their reasons', () => {
    expect(separate.continuationSheets.length).toBeGreaterThan(0);
    for (const sheet of separate.continuationSheets) expect(sheet.reason.length).toBeGreaterThan(10);
  });
});

describe('buildDocumentSet: confidentiality', () => {
  it('puts the refuge address, phone and email on the C8 and nowhere in the C100 or the C1A (every page)', () => {
    const c100 = textOf(file(separate, 'C100.pdf').path);
    const c1a = textOf(file(separate, 'C1A.pdf').path);
    const c8 = textOf(file(separate, 'C8.pdf').path);
    for (const secret of Object.values(REFUGE)) {
      expect(c100).not.toContain(secret);
      expect(c1a).not.toContain(secret);
      expect(c8).toContain(secret);
    }
    expect(c1a).toContain('given on form c8');
    expect(separate.redactions).toBeGreaterThan(0);
    const joined = textOf(file(combined, 'C100-application-set.pdf').path);
    for (const secret of Object.values(REFUGE)) expect(joined).not.toContain(secret);
  });
});

describe('buildDocumentSet: text, forms and metadata', () => {
  it('extracts names in every script from the C1A, the C8 and the review copy', () => {
    const c1a = textOf(file(separate, 'C1A.pdf').path);
    for (const name of ['Siân Llŷr', 'Nguyễn Thị Minh', 'Ayşe Yılmaz']) expect(c1a).toContain(name);
    expect(textOf(file(separate, 'C8.pdf').path)).toContain('Nguyễn Thị Minh');
    expect(textOf(file(separate, 'C100-review-copy.pdf').path)).toContain('محمد علي');
  });

  it('keeps the C100 editable by default and flattens it on request', async () => {
    const editable = await PDFDocument.load(file(separate, 'C100.pdf').bytes);
    expect(editable.getForm().getFields().length).toBeGreaterThan(400);
    const flat = await PDFDocument.load(file(combined, 'C100-application-set.pdf').bytes);
    expect(flat.getForm().getFields()).toHaveLength(0);
    expect(qpdfCheck(file(combined, 'C100-application-set.pdf').path).status).toBe(0);
  });

  it('titles, numbers and labels the generated documents (metadata en-GB, producer C100 Prep)', async () => {
    const c1a = file(separate, 'C1A.pdf');
    const info = run('pdfinfo', [c1a.path]);
    expect(info).toMatch(/Title:\s+C1A Allegations of harm and domestic violence \(Supplemental information form\)/);
    expect(info).toMatch(/Producer:\s+C100 Prep/);
    const doc = await PDFDocument.load(readFileSync(c1a.path));
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en-GB)');
    expect(textOf(c1a.path)).toContain(`Page ${c1a.pages} of ${c1a.pages}`);
    expect(qpdfCheck(c1a.path).status).toBe(0);
  });

  it('watermarks the review copy DRAFT until the statement of truth is complete', async () => {
    expect(textOf(file(separate, 'C100-review-copy.pdf').path)).not.toContain('DRAFT');
    const draft = C100DraftSchema.parse({ ...exampleDraft('attended-miam'), statementOfTruth: undefined });
    const result = toApplication(draft, { today: TODAY });
    expect(result.ok).toBe(false);
    const unfinished = await buildDocumentSet({ template, fonts, draft, ...(result.ok ? {} : { issues: result.issues }) });
    expect(unfinished.files.map((f) => f.name)).toEqual(['C100-review-copy.pdf']);
    const text = textOf(file(unfinished, 'C100-review-copy.pdf').path);
    expect(text).toContain('DRAFT');
    expect(text).toContain('Still to answer or fix');
    expect(unfinished.reasons.join(' ')).toContain('not complete');
  });

  it('makes only the review copy when there is no template', async () => {
    const draft = exampleDraft('attended-miam');
    const set = await buildDocumentSet({ fonts, draft, application: applicationOf(draft) });
    expect(set.files.map((f) => f.name)).toEqual(['C100-review-copy.pdf']);
    expect(set.reasons.join(' ')).toContain('template');
  });
});
