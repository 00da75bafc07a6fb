/**
 * The document set for one application (issue 3 "Supplements and copies"): the filled official C100
 * with its continuation sheets, the C1A when a risk concern is yes, the C8 when a party keeps details
 * confidential or lives in a refuge, and the review copy; editable or flattened; separate files or
 * one combined PDF. Pure: bytes in, bytes out (the Node export service writes the files).
 */
import type { PDFDocument } from 'pdf-lib';
import type { C100Application } from '../application';
import type { C100Draft } from '../draft';
import type { ApplicationIssue } from '../toApplication';
import type { C100Template } from './C100Template';
import { DocumentLayout, createGeneratedDocument } from './DocumentLayout';
import { buildC100Fill, findConfidentialLeaks } from './fieldMap/buildC100Fill';
import type { C100Fill } from './fieldMap/buildC100Fill';
import { confidentialValues } from './fieldMap/confidentiality';
import { fillC100, saveFilledC100 } from './fillC100';
import type { FillInstruction } from './FillInstruction';
import { embedFonts, hasArabic } from './fonts';
import type { EmbeddedFonts, FontBytes } from './fonts';
import { C1A_TITLE, buildC1A, c1aNeeded } from './supplements/buildC1A';
import { C8_TITLE, buildC8 } from './supplements/buildC8';
import { buildReviewCopy } from './supplements/buildReviewCopy';
import { c8Needed, c8Parties } from './supplements/c8Parties';
import { contentText, renderContent } from './supplements/DocumentContent';
import type { DocumentContent } from './supplements/DocumentContent';
import { redact } from './supplements/supplementFormat';

export type DocumentFileName = 'C100.pdf' | 'C1A.pdf' | 'C8.pdf' | 'C100-review-copy.pdf' | 'C100-application-set.pdf';
export type Supplement = 'C1A' | 'C8';

export interface DocumentFile {
  readonly name: DocumentFileName;
  readonly bytes: Uint8Array;
  readonly pages: number;
  /** What the file holds, for the report ("C100 with 2 continuation sheets"). */
  readonly description: string;
}

export interface DocumentSetOptions {
  /** Flatten the C100's form fields (for printing and signing). Default false: editable. */
  readonly flatten?: boolean;
  /** One PDF with the C100 and the C1A. The C8 always stays a separate file. Default false. */
  readonly combined?: boolean;
  /** Metadata dates; omit for byte-for-byte repeatable output. */
  readonly date?: Date;
  /** Write the review copy too. Default true. */
  readonly reviewCopy?: boolean;
}

export interface DocumentSetInput {
  /** The repaired official template; without it no C100 (nor its supplements) is produced, only the review copy. */
  readonly template?: C100Template;
  readonly fonts: FontBytes;
  /** The draft, for the review copy (which also works for an unfinished draft). */
  readonly draft: C100Draft;
  /** The checked application (`toApplication`); without it only the review copy is produced. */
  readonly application?: C100Application;
  /** `buildC100Fill(application)`; built here when omitted. */
  readonly fill?: C100Fill;
  /** `toApplication`'s issues for an unfinished draft, listed at the end of the review copy. */
  readonly issues?: readonly ApplicationIssue[];
  readonly options?: DocumentSetOptions;
}

export interface ContinuationSheetNote {
  readonly number: number;
  readonly title: string;
  /** Why the sheet exists, in words: "the text did not fit the box …" or "more people than the paper holds". */
  readonly reason: string;
}

export interface DocumentSet {
  readonly files: DocumentFile[];
  /** Supplements produced (in `files`). */
  readonly supplements: Supplement[];
  readonly continuationSheets: ContinuationSheetNote[];
  /** Why each file and supplement is there (or not), in plain words, for the CLI and the export screen. */
  readonly reasons: string[];
  /** Confidential values found in free text, replaced with "[given on form C8]" in the C100 and C1A. */
  readonly redactions: number;
}

const REVIEW_TITLE_FILE: DocumentFileName = 'C100-review-copy.pdf';

/**
 * Replace confidential values the user typed into free text (the field map already leaves the
 * confidential boxes blank; this catches "we moved to 4 Refuge Road" written in a description).
 */
function redactFill(app: C100Application, fill: C100Fill): { fill: C100Fill; count: number } {
  const leaks = findConfidentialLeaks(app, fill);
  if (leaks.length === 0) return { fill, count: 0 };
  const secrets = confidentialValues(app);
  const instructions = fill.instructions.map((i): FillInstruction => (i.kind === 'text' ? { ...i, value: redact(i.value, secrets) } : i));
  const continuation = fill.continuation.map((item) => ({ ...item, rows: item.rows.map(([l, v]) => [redact(l, secrets), redact(v, secrets)] as const) }));
  return { fill: { ...fill, instructions, continuation }, count: leaks.length };
}

/** Add the bold face and, when the content needs it, the Arabic face to fonts already in `doc`. */
async function fontsFor(doc: PDFDocument, existing: EmbeddedFonts, bytes: FontBytes, text: string): Promise<EmbeddedFonts> {
  const bold = existing.bold === existing.regular && bytes.bold ? await doc.embedFont(bytes.bold, { subset: false, features: { ccmp: false } }) : existing.bold;
  const arabic = existing.arabic ?? (bytes.arabic && hasArabic(text) ? await doc.embedFont(bytes.arabic, { subset: false }) : undefined);
  return { ...existing, bold, arabic };
}

/** A stand-alone generated PDF (C1A, C8, review copy). */
async function standalone(content: DocumentContent, fonts: FontBytes, date: Date | undefined): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await createGeneratedDocument(content.title, date);
  const embedded = await embedFonts(doc, fonts, { bold: true, arabic: hasArabic(contentText(content)) });
  const pages = renderContent(doc, embedded, content);
  return { bytes: await doc.save(), pages };
}

/** A page between two forms in one file, so that the next form starts on a new sheet when printed double-sided (as MoJ's bundle does, C100-DOMAIN §6.1). */
function blankSeparator(doc: PDFDocument, fonts: EmbeddedFonts): void {
  const layout = new DocumentLayout(doc, fonts, { documentName: '', pageNumbers: false });
  layout.text('This page is intentionally left blank.', { indent: 150 });
  layout.finish();
}

function continuationReason(sheet: { reason: 'overflow' | 'extra'; section: string; title: string }): string {
  return sheet.reason === 'overflow'
    ? `the answer to “${sheet.title}” (${sheet.section}) is longer than its box on the form`
    : `${sheet.title}: the paper form has no room for it (${sheet.section})`;
}

/**
 * Build every document the application needs.
 *
 * - No template or no application: the review copy only (with a reason saying why).
 * - C1A when any risk concern is yes; C8 when any party keeps a detail confidential or lives in a
 *   refuge (C100-DOMAIN §6.1, §10.4).
 * - `combined`: the C100 and the C1A in one file. The C8 is ALWAYS a separate file: the court keeps
 *   it apart from the papers served on the respondent (FPR r29.1; MoJ sends the C8s as separate PDFs,
 *   C100-DOMAIN §6.1), so it must never be bound into the bundle that is copied to the other side.
 *
 * @throws UnknownWidgetError, UnknownCheckBoxOptionError (a field map defect),
 *   IncrementalSaveUnsupportedError (a template that was not verified), fontkit errors for bytes
 *   that are not fonts.
 */
export async function buildDocumentSet(input: DocumentSetInput): Promise<DocumentSet> {
  const options = input.options ?? {};
  const files: DocumentFile[] = [];
  const supplements: Supplement[] = [];
  const reasons: string[] = [];
  let continuationSheets: ContinuationSheetNote[] = [];
  let redactions = 0;
  const { template, application: app } = input;

  if (!app) reasons.push('The application is not complete yet, so only the review copy was made (it lists what is still to answer).');
  else if (!template) reasons.push('The official C100 form (template) was not found, so only the review copy was made.');

  if (app && template) {
    const redacted = redactFill(app, input.fill ?? buildC100Fill(app));
    redactions += redacted.count;
    const fill = redacted.fill;
    const filled = await fillC100(template, input.fonts, fill.instructions, {
      continuationItems: fill.continuation,
      partiesHeader: fill.partiesHeader,
      ...(options.date ? { date: options.date } : {}),
    });
    continuationSheets = filled.continuationSheets.map((s) => ({ number: s.number, title: s.title, reason: continuationReason(s) }));
    if (continuationSheets.length > 0) reasons.push(`${continuationSheets.length} continuation sheet(s) added to the C100: ${continuationSheets.map((s) => `sheet ${s.number}, ${s.reason}`).join('; ')}.`);

    const c1a = c1aNeeded(app) ? buildC1A(app) : undefined;
    if (c1a) {
      redactions += c1a.redactions ?? 0;
      supplements.push('C1A');
      reasons.push('Form C1A (allegations of harm) is included because a concern about risk of harm is answered yes.');
    }
    const c8 = c8Needed(app) ? buildC8(app) : undefined;
    if (c8) {
      supplements.push('C8');
      const who = c8Parties(app).map((p) => p.label).join(', ');
      reasons.push(`Form C8 (confidential contact details) is included for ${who}: their confidential details are left blank on the C100${c1a ? ' and the C1A' : ''}.`);
    }

    let c1aPages = 0;
    if (c1a && options.combined) {
      const fonts = await fontsFor(filled.doc, filled.fonts, input.fonts, contentText(c1a));
      if (filled.doc.getPageCount() % 2 === 1) blankSeparator(filled.doc, fonts);
      c1aPages = renderContent(filled.doc, fonts, c1a);
    }
    const c100Bytes = await saveFilledC100(template, filled, { flatten: options.flatten === true });
    const sheetsText = continuationSheets.length > 0 ? ` with ${continuationSheets.length} continuation sheet(s)` : '';
    const flatText = options.flatten ? 'flattened for printing and signing' : 'editable';
    if (c1a && options.combined) {
      files.push({ name: 'C100-application-set.pdf', bytes: c100Bytes, pages: filled.doc.getPageCount(), description: `C100${sheetsText} and C1A (${c1aPages} pages) in one file, ${flatText}` });
      reasons.push('The C100 and the C1A are combined in one file; the C8 stays a separate file because the court keeps it apart from the papers served on the other parties.');
    } else {
      files.push({ name: 'C100.pdf', bytes: c100Bytes, pages: filled.doc.getPageCount(), description: `C100${sheetsText}, ${flatText}` });
      if (c1a) {
        const out = await standalone(c1a, input.fonts, options.date);
        files.push({ name: 'C1A.pdf', bytes: out.bytes, pages: out.pages, description: 'C1A allegations of harm and domestic violence' });
      }
    }
    if (c8) {
      const out = await standalone(c8, input.fonts, options.date);
      files.push({ name: 'C8.pdf', bytes: out.bytes, pages: out.pages, description: 'C8 confidential contact details – for the court only, do not serve' });
    }
  }

  if (options.reviewCopy !== false || files.length === 0) {
    const review = buildReviewCopy(input.draft, input.issues ?? (app ? [] : undefined));
    const out = await standalone(review, input.fonts, options.date);
    files.push({ name: REVIEW_TITLE_FILE, bytes: out.bytes, pages: out.pages, description: review.watermark ? 'Review copy of every answer (marked DRAFT)' : 'Review copy of every answer' });
  }
  return { files, supplements, continuationSheets, reasons, redactions };
}

export { C1A_TITLE, C8_TITLE };
