/**
 * Structural verification of a user-supplied C100 template (issue 3 "Template"): the checksum of
 * our copy is not enough, because GOV.UK may re-save the same edition (PROVENANCE.md).
 *
 * Checks, in order: a readable, complete PDF (ends with a cross-reference and %%EOF); not
 * encrypted; 31 pages; exactly the 435 widget names and types of C100 04.24 (read from page
 * /Annots); and the footer version text "(04.24)" in some page's content.
 */
import { EncryptedPDFError, PDFDocument, ParseSpeeds } from 'pdf-lib';
import { C100_PAGE_COUNT, C100_TEMPLATE_VERSION, C100_WIDGETS } from './c100Widgets';
import { TemplateDamagedError, TemplateEncryptedError, TemplateWrongFormError, TemplateWrongVersionError } from './errors';
import { listPageWidgets, pageLiteralText } from './templateStructure';

export interface TemplateVerification {
  readonly pageCount: number;
  readonly widgetCount: number;
  readonly version: string;
}

function tail(bytes: Uint8Array, length: number): string {
  let s = '';
  for (let i = Math.max(0, bytes.length - length); i < bytes.length; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

function head(bytes: Uint8Array, length: number): string {
  let s = '';
  for (let i = 0; i < Math.min(length, bytes.length); i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

/**
 * Parse template bytes with pdf-lib, refusing anything that is not a complete, unencrypted PDF.
 * @throws TemplateDamagedError, TemplateEncryptedError
 */
export async function parseTemplatePdf(bytes: Uint8Array, source: string): Promise<PDFDocument> {
  if (!head(bytes, 1024).includes('%PDF-')) throw new TemplateDamagedError(source, 'it does not start with a PDF header');
  // A truncated download loses the trailer; pdf-lib would otherwise rebuild a partial document.
  const end = tail(bytes, 2048);
  if (!/startxref\s+\d+\s+%%EOF\s*$/.test(end)) {
    throw new TemplateDamagedError(source, 'the end of the file is missing, so it is probably truncated or damaged');
  }
  // An encrypted PDF names its /Encrypt dictionary in the last trailer (or xref stream dictionary).
  if (/\/Encrypt\s/.test(tail(bytes, 4096))) throw new TemplateEncryptedError(source);
  try {
    return await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true, parseSpeed: ParseSpeeds.Fastest });
  } catch (error) {
    if (error instanceof EncryptedPDFError) throw new TemplateEncryptedError(source);
    throw new TemplateDamagedError(source, error instanceof Error ? error.message.split('\n')[0] ?? 'unreadable' : 'unreadable');
  }
}

/**
 * Verify that a parsed PDF is the official C100 04.24 by its structure.
 * @throws TemplateWrongFormError (page count, widget names or types differ), TemplateWrongVersionError
 */
export function verifyTemplateStructure(doc: PDFDocument, source: string): TemplateVerification {
  const pageCount = doc.getPageCount();
  if (pageCount !== C100_PAGE_COUNT) {
    throw new TemplateWrongFormError(source, `it has ${pageCount} pages where the C100 has ${C100_PAGE_COUNT}`);
  }
  const found = new Map<string, string>();
  for (const widget of listPageWidgets(doc)) found.set(widget.name, widget.type);
  const missing = C100_WIDGETS.filter((w) => !found.has(w.name)).map((w) => w.name);
  const expectedNames = new Set(C100_WIDGETS.map((w) => w.name));
  const unexpected = [...found.keys()].filter((name) => !expectedNames.has(name));
  if (missing.length > 0 || unexpected.length > 0) {
    const parts: string[] = [];
    if (missing.length > 0) parts.push(`${missing.length} of its ${C100_WIDGETS.length} fields are missing (for example "${missing.slice(0, 3).join('", "')}")`);
    if (unexpected.length > 0) parts.push(`it has ${unexpected.length} fields the C100 does not have (for example "${unexpected.slice(0, 3).join('", "')}")`);
    throw new TemplateWrongFormError(source, parts.join(' and '));
  }
  const wrongType = C100_WIDGETS.filter((w) => found.get(w.name) !== w.type);
  if (wrongType.length > 0) {
    throw new TemplateWrongFormError(source, `${wrongType.length} fields have another type (for example "${wrongType[0]?.name ?? ''}")`);
  }
  const marker = `(${C100_TEMPLATE_VERSION})`;
  let hasVersion = false;
  for (let i = 0; i < pageCount && !hasVersion; i++) {
    try {
      hasVersion = pageLiteralText(doc, i).includes(marker);
    } catch {
      // An undecodable stream on one page is not proof of anything; the other pages decide.
    }
  }
  if (!hasVersion) throw new TemplateWrongVersionError(source);
  return { pageCount, widgetCount: found.size, version: C100_TEMPLATE_VERSION };
}

/**
 * Parse and verify template bytes in one step.
 * @throws TemplateDamagedError, TemplateEncryptedError, TemplateWrongFormError, TemplateWrongVersionError
 */
export async function verifyC100Template(bytes: Uint8Array, source = 'The chosen file'): Promise<TemplateVerification> {
  return verifyTemplateStructure(await parseTemplatePdf(bytes, source), source);
}
