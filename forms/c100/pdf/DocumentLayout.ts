/**
 * A small flow-layout engine on pdf-lib for the documents that have no official template (C1A,
 * C8, continuation sheets, review copy; issue 3 "Supplements and copies"): A4 pages with margins,
 * headings, paragraphs, numbered question/answer rows that wrap across pages, yes/no tables, a
 * header naming the case parties, "Page x of y" footers and an optional diagonal watermark.
 */
import {
  PDFDocument,
  PDFHexString,
  beginText,
  degrees,
  endText,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
} from 'pdf-lib';
import type { Color, PDFFont, PDFName, PDFPage } from 'pdf-lib';
import { placedGlyphs, splitRuns, textWidth, wrapText } from './fonts';
import type { EmbeddedFonts } from './fonts';

export const A4: readonly [number, number] = [595.28, 841.89];

export interface LayoutOptions {
  /** Short document name for the footer, e.g. "C1A – Allegations of harm". */
  readonly documentName: string;
  /** Running header naming the case parties, e.g. "Applicant: A Smith · Respondent: B Jones". */
  readonly header?: string;
  /** Diagonal watermark text on every page, e.g. "DRAFT". */
  readonly watermark?: string;
  /** Footer numbering: "Page x of y" counts only this flow's pages. Default true. */
  readonly pageNumbers?: boolean;
  /** Prefix for the page number, e.g. "Continuation sheets – ". */
  readonly pageNumberPrefix?: string;
}

const MARGIN = { top: 64, bottom: 56, left: 56, right: 56 };
const BODY = 10;
const LINE = 1.35;
const GREY = rgb(0.35, 0.35, 0.35);

export class DocumentLayout {
  readonly pages: PDFPage[] = [];
  private page: PDFPage | undefined;
  private y = 0;
  private readonly width = A4[0] - MARGIN.left - MARGIN.right;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: EmbeddedFonts,
    readonly options: LayoutOptions,
  ) {}

  private newPage(): PDFPage {
    const page = this.doc.addPage([A4[0], A4[1]]);
    this.pages.push(page);
    this.page = page;
    this.y = A4[1] - MARGIN.top;
    return page;
  }

  private current(): PDFPage {
    return this.page ?? this.newPage();
  }

  /** Ensure `height` points are free on the current page, starting a new page if not. */
  private reserve(height: number): PDFPage {
    const page = this.current();
    if (this.y - height < MARGIN.bottom) return this.newPage();
    return page;
  }

  private drawLine(text: string, x: number, size: number, base: PDFFont, color = rgb(0, 0, 0)): void {
    drawRuns(this.current(), text, this.fonts, base, x, this.y, size, color);
  }

  /** Wrapped text at an indent; continues on new pages as needed. */
  text(text: string, options: { size?: number; bold?: boolean; indent?: number; color?: ReturnType<typeof rgb>; spaceAfter?: number } = {}): void {
    const size = options.size ?? BODY;
    const base = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.indent ?? 0;
    for (const line of wrapText(text, this.fonts, size, this.width - indent, base)) {
      this.reserve(size * LINE);
      this.y -= size;
      this.drawLine(line, MARGIN.left + indent, size, base, options.color);
      this.y -= size * (LINE - 1);
    }
    this.y -= options.spaceAfter ?? 0;
  }

  /** A heading; level 1 is the document title. Kept with at least two following lines. */
  heading(text: string, level: 1 | 2 | 3 = 2): void {
    const size = level === 1 ? 16 : level === 2 ? 13 : 11;
    this.reserve(size * LINE + BODY * LINE * 3);
    if (this.y < A4[1] - MARGIN.top) this.y -= size * 0.6;
    this.text(text, { size, bold: true, spaceAfter: size * 0.3 });
  }

  paragraph(text: string): void {
    this.text(text, { spaceAfter: BODY * 0.5 });
  }

  /** A numbered question with its answer below it, indented; blank answers print "Not answered". */
  question(number: string, label: string, answer: string): void {
    this.reserve(BODY * LINE * 2);
    const numberWidth = 34;
    const startY = this.y;
    const startPage = this.current();
    this.text(label, { bold: true, indent: numberWidth });
    // The number sits on the first line of the label.
    startPage.drawText(number, { x: MARGIN.left, y: startY - BODY, size: BODY, font: this.fonts.bold });
    this.text(answer.trim() === '' ? 'Not answered' : answer, { indent: numberWidth, spaceAfter: BODY * 0.6, color: answer.trim() === '' ? GREY : undefined });
  }

  /** A two-column table of questions and short answers (Yes / No / Don't know). */
  yesNoTable(rows: readonly (readonly [label: string, answer: string])[]): void {
    const answerWidth = 90;
    for (const [label, answer] of rows) {
      const lines = wrapText(label, this.fonts, BODY, this.width - answerWidth - 8);
      const height = lines.length * BODY * LINE + 4;
      const page = this.reserve(height);
      const top = this.y;
      page.drawRectangle({ x: MARGIN.left, y: top - height, width: this.width, height, borderColor: GREY, borderWidth: 0.5 });
      page.drawLine({ start: { x: MARGIN.left + this.width - answerWidth, y: top }, end: { x: MARGIN.left + this.width - answerWidth, y: top - height }, color: GREY, thickness: 0.5 });
      this.y = top - 2;
      for (const line of lines) {
        this.y -= BODY;
        this.drawLine(line, MARGIN.left + 4, BODY, this.fonts.regular);
        this.y -= BODY * (LINE - 1);
      }
      this.y = top - 2 - BODY;
      this.drawLine(answer, MARGIN.left + this.width - answerWidth + 6, BODY, this.fonts.bold);
      this.y = top - height;
    }
    // A full line's gap, so the next label does not sit on the table's bottom rule.
    this.y -= BODY;
  }

  /** Start the next content on a new page. */
  pageBreak(): void {
    if (this.page && this.y < A4[1] - MARGIN.top) this.newPage();
  }

  /** Draw headers, footers and watermarks on this flow's pages. Call once, after the content. */
  finish(): void {
    if (this.pages.length === 0) this.newPage();
    const total = this.pages.length;
    this.pages.forEach((page, index) => {
      const small = 8;
      if (this.options.header) {
        // Many parties make a long header: two lines above the top margin, the rest cut with "…".
        const lines = headerLines(this.options.header, this.fonts, small, this.width);
        const top = lines.length > 1 ? A4[1] - 30 : A4[1] - 36;
        lines.forEach((line, i) => drawRuns(page, line, this.fonts, this.fonts.regular, MARGIN.left, top - i * small * 1.3, small, GREY));
      }
      page.drawText(this.options.documentName, { x: MARGIN.left, y: 30, size: small, font: this.fonts.regular, color: GREY });
      if (this.options.pageNumbers !== false) {
        const label = `${this.options.pageNumberPrefix ?? ''}Page ${index + 1} of ${total}`;
        const width = textWidth(label, this.fonts, small);
        page.drawText(label, { x: A4[0] - MARGIN.right - width, y: 30, size: small, font: this.fonts.regular, color: GREY });
      }
      if (this.options.watermark) {
        const size = 110;
        const width = this.fonts.bold.widthOfTextAtSize(this.options.watermark, size);
        // Centred on the page along the diagonal (45°).
        const cx = A4[0] / 2;
        const cy = A4[1] / 2;
        const d = width / 2 / Math.SQRT2;
        page.drawText(this.options.watermark, { x: cx - d + size * 0.25, y: cy - d - size * 0.25, size, font: this.fonts.bold, color: rgb(0.8, 0.1, 0.1), opacity: 0.18, rotate: degrees(45) });
      }
    });
  }
}

const MAX_HEADER_LINES = 2;

/** The running header in at most two lines; a longer one ends in "…" instead of being cut silently. */
function headerLines(header: string, fonts: EmbeddedFonts, size: number, width: number): string[] {
  const lines = wrapText(header, fonts, size, width);
  if (lines.length <= MAX_HEADER_LINES) return lines;
  const kept = lines.slice(0, MAX_HEADER_LINES);
  let last = kept[MAX_HEADER_LINES - 1] ?? '';
  while (last !== '' && textWidth(`${last} …`, fonts, size) > width) last = last.slice(0, last.lastIndexOf(' ') > 0 ? last.lastIndexOf(' ') : last.length - 1);
  kept[MAX_HEADER_LINES - 1] = `${last} …`;
  return kept;
}

const fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

/** The page's resource name for `font` (one per page and font; pdf-lib adds a new one per call). */
function fontKeyOn(page: PDFPage, font: PDFFont): PDFName {
  let keys = fontKeys.get(page);
  if (!keys) {
    keys = new Map();
    fontKeys.set(page, keys);
  }
  let key = keys.get(font);
  if (!key) {
    key = page.node.newFontDictionary(font.name, font.ref);
    keys.set(font, key);
  }
  return key;
}

/**
 * Draw one line of mixed-script text from `x` on baseline `y`: its runs left to right, each run in
 * its font; Arabic runs glyph by glyph at their shaped positions (see `placedGlyphs`), so marks sit
 * on their letters and the next run starts where the Arabic one ends.
 */
function drawRuns(page: PDFPage, text: string, fonts: EmbeddedFonts, base: PDFFont, x: number, y: number, size: number, color: Color): void {
  let cursor = x;
  for (const run of splitRuns(text, fonts, base)) {
    const placed = placedGlyphs(run.font, run.text);
    if (placed) {
      page.pushOperators(
        pushGraphicsState(),
        setFillingColor(color),
        beginText(),
        setFontAndSize(fontKeyOn(page, run.font), size),
        ...placed.flatMap((glyph) => [setTextMatrix(1, 0, 0, 1, cursor + glyph.x * size, y + glyph.y * size), showText(PDFHexString.of(glyph.hex))]),
        endText(),
        popGraphicsState(),
      );
    } else page.drawText(run.text, { x: cursor, y, size, font: run.font, color });
    cursor += run.font.widthOfTextAtSize(run.text, size);
  }
}

/**
 * A fresh A4 document for generated forms, with metadata already set.
 */
export async function createGeneratedDocument(title: string, date?: Date): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  setDocumentMetadata(doc, title, date);
  return doc;
}

/**
 * Title, language en-GB, producer "C100 Prep", author left blank (issue 3 "Choices"). Dates are
 * set only when given, so that batch output can be byte-for-byte repeatable.
 */
export function setDocumentMetadata(doc: PDFDocument, title: string, date?: Date): void {
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor('');
  doc.setProducer('C100 Prep');
  doc.setCreator('C100 Prep');
  doc.setLanguage('en-GB');
  if (date) {
    doc.setCreationDate(date);
    doc.setModificationDate(date);
  }
}
