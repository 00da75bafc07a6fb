/**
 * The C100 fill engine (issue 3): applies the field map's FillInstructions to a copy of the
 * repaired template through pdf-lib's form API, draws every text appearance itself with the
 * embedded Unicode fonts (one font per run, so Latin and Arabic can share a box), moves text that
 * does not fit onto numbered continuation sheets appended to the C100, and saves either an
 * editable form or a flattened one.
 */
import { PDFCheckBox, PDFName, PDFTextField } from 'pdf-lib';
import type { PDFDocument, PDFField, PDFFont, PDFWidgetAnnotation } from 'pdf-lib';
import { C100_TEMPLATE_VERSION, C100_WIDGETS_BY_NAME } from './c100Widgets';
import type { C100Template } from './C100Template';
import type { ContinuationItem } from './ContinuationItem';
import { DocumentLayout, setDocumentMetadata } from './DocumentLayout';
import { copyDocument } from './documentCopy';
import { UnknownCheckBoxOptionError, UnknownWidgetError } from './errors';
import type { CheckFillInstruction, FillInstruction, TextFillInstruction } from './FillInstruction';
import { embedFonts, hasArabic, placedGlyphs, splitRuns, textWidth, withBold, wrapText } from './fonts';
import type { EmbeddedFonts, FontBytes } from './fonts';
import { flattenForm } from './flattenForm';
import { printedBoxInset } from './printedBoxes';
import type { PrintedBoxInset } from './printedBoxes';
import { saveIncremental } from './saveIncremental';

export const C100_DOCUMENT_TITLE = `C100 – Application under section 8 of the Children Act 1989 (${C100_TEMPLATE_VERSION})`;

export interface FillOptions {
  /** Whole extra blocks (a fifth child, a third applicant…), in the order they should appear. */
  readonly continuationItems?: readonly ContinuationItem[];
  /** Header for the continuation sheets naming the case parties. */
  readonly partiesHeader?: string;
  /** Metadata dates; omit for repeatable output. */
  readonly date?: Date;
}

/** One numbered continuation sheet item and why it exists. */
export interface ContinuationSheet {
  readonly number: number;
  readonly title: string;
  readonly section: string;
  /** 'overflow': the text of `widget` did not fit its box; 'extra': a block passed in by the field map. */
  readonly reason: 'overflow' | 'extra';
  readonly widget?: string;
}

export interface FilledC100 {
  /** The working document (a copy of the template); append supplements to it before saving. */
  readonly doc: PDFDocument;
  readonly fonts: EmbeddedFonts;
  readonly continuationSheets: readonly ContinuationSheet[];
  /** Number of pages of the C100 itself including continuation sheets (supplements come after). */
  readonly pageCount: number;
}

const MIN_SINGLE_LINE = 6;
const MIN_MULTILINE = 7;
const MAX_SIZE = 10;
/** Below this size one line is harder to read than two. */
const SMALLEST_COMFORTABLE = 8;
/** Space between the printed border and the text (points); narrow boxes (6a "within __ hours") get less. */
const PADDING_X = 3;
const PADDING_X_SHARE = 0.05;
const PADDING_Y = 2.5;
const FONT_KEYS = ['NotoSans', 'NotoSansArabic'] as const;

/**
 * Fill a copy of the template. Never throws on long text (it overflows to continuation sheets).
 * @throws UnknownWidgetError (no such widget, or a text instruction for a check box or vice versa),
 *   UnknownCheckBoxOptionError; font errors from fontkit for bytes that are not fonts.
 */
export async function fillC100(template: C100Template, fontBytes: FontBytes, instructions: readonly FillInstruction[], options: FillOptions = {}): Promise<FilledC100> {
  const doc = copyDocument(template.doc);
  const needsArabic =
    instructions.some((i) => i.kind === 'text' && hasArabic(i.value)) ||
    (options.continuationItems ?? []).some((item) => hasArabic(item.title) || item.rows.some(([l, v]) => hasArabic(l) || hasArabic(v))) ||
    hasArabic(options.partiesHeader ?? '');
  // Bold is embedded only if continuation sheets are drawn (each full face adds ~310 KB).
  let fonts = await embedFonts(doc, fontBytes, { bold: false, arabic: needsArabic });
  const form = doc.getForm();
  const fields = new Map<string, PDFField>();
  for (const field of form.getFields()) fields.set(field.getName(), field);

  const sheets: ContinuationSheet[] = [];
  const items: ContinuationItem[] = [];
  for (const item of options.continuationItems ?? []) {
    sheets.push({ number: sheets.length + 1, title: item.title, section: item.section, reason: 'extra' });
    items.push(item);
  }

  for (const instruction of instructions) {
    const field = fields.get(instruction.widget);
    if (!field) throw new UnknownWidgetError(instruction.widget, 'which the C100 04.24 template does not have');
    switch (instruction.kind) {
      case 'text': {
        if (!(field instanceof PDFTextField)) throw new UnknownWidgetError(instruction.widget, 'which is a check box, not a text box');
        const overflowNumber = sheets.length + 1;
        const overflowed = fillText(doc, field, fonts, instruction, overflowNumber);
        if (overflowed) {
          const title = instruction.question ?? describeWidget(instruction.widget);
          const section = instruction.section ?? `C100 page ${(C100_WIDGETS_BY_NAME.get(instruction.widget)?.page ?? 3) - 2}`;
          sheets.push({ number: overflowNumber, title, section, reason: 'overflow', widget: instruction.widget });
          items.push({ title, section, rows: [[title, instruction.value]] });
        }
        break;
      }
      case 'check':
        if (!(field instanceof PDFCheckBox)) throw new UnknownWidgetError(instruction.widget, 'which is a text box, not a check box');
        fillCheck(field, instruction);
        break;
      default: {
        const never: never = instruction;
        throw new Error(`Unknown fill instruction ${JSON.stringify(never)}`);
      }
    }
  }

  // Our appearances are complete and drawn with embedded fonts; viewers must not regenerate them
  // with a font that lacks Ł or ŷ. DR/DA name the embedded font for viewers that let users edit.
  const acroForm = form.acroForm.dict;
  acroForm.set(PDFName.of('NeedAppearances'), doc.context.obj(false));
  acroForm.set(PDFName.of('DR'), doc.context.obj({ Font: { [FONT_KEYS[0]]: fonts.regular.ref } }));

  if (items.length > 0) {
    fonts = await withBold(doc, fonts, fontBytes);
    const layout = new DocumentLayout(doc, fonts, {
      documentName: `C100 (${C100_TEMPLATE_VERSION}) – continuation sheets`,
      header: options.partiesHeader,
      pageNumberPrefix: 'Continuation sheets – ',
    });
    items.forEach((item, index) => {
      const number = index + 1;
      if (index > 0) layout.pageBreak();
      layout.heading(`Continuation sheet ${number}: ${item.title}`, 1);
      layout.text(`Continues section: ${item.section}`, { spaceAfter: 8 });
      item.rows.forEach(([label, value], row) => layout.question(`${number}.${row + 1}`, label, value));
    });
    layout.finish();
  }
  setDocumentMetadata(doc, C100_DOCUMENT_TITLE, options.date);
  return { doc, fonts, continuationSheets: sheets, pageCount: doc.getPageCount() };
}

function describeWidget(widget: string): string {
  return widget.length > 120 ? `${widget.slice(0, 117)}…` : widget;
}

function fillCheck(field: PDFCheckBox, instruction: CheckFillInstruction): void {
  if (!instruction.checked) {
    field.uncheck();
    return;
  }
  if (instruction.option === undefined) {
    field.check();
    return;
  }
  // pdf-lib 1.17 only accepts the first widget's on-state, so select among the widgets here:
  // the field's value is the chosen state, each widget shows it or Off (PDF 32000-1 §12.7.4.2.3).
  const widgets = field.acroField.getWidgets();
  const known = widgets.flatMap((w) => w.getOnValue()?.decodeText() ?? []);
  if (!known.includes(instruction.option)) throw new UnknownCheckBoxOptionError(instruction.widget, instruction.option, known);
  const value = PDFName.of(instruction.option);
  field.acroField.dict.set(PDFName.of('V'), value);
  for (const widget of widgets) widget.setAppearanceState(widget.getOnValue() === value ? value : PDFName.of('Off'));
}

interface TextLayout {
  readonly lines: readonly string[];
  readonly size: number;
}

/**
 * The area text may use inside a widget: the printed box (`printedBoxInset`) less padding, in the
 * widget's own coordinates.
 */
interface TextArea {
  readonly left: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

function textArea(width: number, height: number, inset: PrintedBoxInset): TextArea {
  const bottom = inset.bottom + PADDING_Y;
  const left = Math.min(PADDING_X, width * PADDING_X_SHARE);
  return { left, bottom, width: Math.max(1, width - 2 * left), height: Math.max(1, height - inset.top - PADDING_Y - bottom) };
}

// Noto Sans vertical metrics as fractions of the size: cap height 0.714 em; accented capitals
// (Â, Ł) reach about 0.93 em, descenders 0.24 em.
const CAP_HEIGHT = 0.714;
const ACCENT_TOP = 0.93;
const DESCENT = 0.24;
const LINE_HEIGHT = 1.2;

/** Height a block of `count` lines needs: the first line's accents down to the last line's descenders. */
function blockHeight(count: number, size: number): number {
  return (ACCENT_TOP + (count - 1) * LINE_HEIGHT + DESCENT) * size;
}

/** Whether a box is laid out as one vertically centred line (single-line fields, short boxes). */
function isSingleLineBox(area: TextArea, multiline: boolean): boolean {
  return !multiline || area.height < blockHeight(2, MIN_MULTILINE);
}

/** Lay text out in a box, or return undefined when it does not fit even at the minimum size. */
function layoutInBox(text: string, fonts: EmbeddedFonts, area: TextArea, multiline: boolean, maxSize: number): TextLayout | undefined {
  if (isSingleLineBox(area, multiline)) {
    if (text.includes('\n')) return undefined;
    const start = Math.min(maxSize, area.height / (ACCENT_TOP + DESCENT));
    const oneLine = (from: number, to: number): TextLayout | undefined => {
      for (let size = from; size >= to; size -= 0.5) if (textWidth(text, fonts, size) <= area.width) return { lines: [text], size };
      return undefined;
    };
    // A long answer in a box two lines tall (section 1 "Orders applied for") reads better on two
    // lines than squeezed into one at 6 pt.
    const wrapped = (): TextLayout | undefined => {
      for (let size = Math.min(maxSize, 8.5); size >= MIN_MULTILINE; size -= 0.5) {
        const lines = wrapText(text, fonts, size, area.width);
        if (lines.length > 1 && blockHeight(lines.length, size) <= area.height) return { lines, size };
      }
      return undefined;
    };
    return oneLine(start, SMALLEST_COMFORTABLE) ?? wrapped() ?? oneLine(Math.min(start, SMALLEST_COMFORTABLE - 0.5), MIN_SINGLE_LINE);
  }
  // Blank lines between paragraphs go before the text has to shrink or leave the box.
  const compact = text.replace(/\n(\s*\n)+/g, '\n');
  const variants = compact === text ? [text] : [text, compact];
  for (let size = maxSize; size >= MIN_MULTILINE; size -= 0.5) {
    for (const variant of variants) {
      const lines = wrapText(variant, fonts, size, area.width);
      if (blockHeight(lines.length, size) <= area.height) return { lines, size };
    }
  }
  return undefined;
}

const POINTERS = (n: number): string[] => [`See continuation sheet ${n}`, `See cont. sheet ${n}`, `Cont. sheet ${n}`, `Sheet ${n}`, `*${n}`];

/**
 * Fill one text field and draw its appearance. Returns true when the value went to a
 * continuation sheet (the box then says "See continuation sheet N").
 */
function fillText(doc: PDFDocument, field: PDFTextField, fonts: EmbeddedFonts, instruction: TextFillInstruction, sheetNumber: number): boolean {
  const widgets = field.acroField.getWidgets();
  const first = widgets[0];
  if (!first) return false;
  const { width, height } = first.getRectangle();
  const area = textArea(width, height, printedBoxInset(instruction.widget));
  const maxLength = field.getMaxLength();
  const comb = field.isCombed() && maxLength !== undefined;
  const multiline = field.isMultiline();
  const value = instruction.value.replace(/\r\n?/g, '\n');
  // The template's /DA sizes run from 8 to 12 (0 = auto); at most 10 pt keeps neighbouring boxes
  // (names, place of birth, phone numbers) in one size.
  const maxSize = Math.min(daFontSize(field) || MAX_SIZE, MAX_SIZE);

  let shown = value;
  let layout: TextLayout | undefined;
  let overflowed = false;
  if (maxLength !== undefined && [...value].length > maxLength) {
    layout = undefined;
  } else if (comb) {
    layout = { lines: [value], size: Math.min(maxSize, (height - 2) / 1.15, (width / maxLength) * 1.4) };
  } else {
    layout = layoutInBox(value, fonts, area, multiline, maxSize);
  }
  if (!layout) {
    overflowed = true;
    const pointers = POINTERS(sheetNumber).filter((p) => maxLength === undefined || p.length <= maxLength);
    for (const pointer of pointers) {
      layout = layoutInBox(pointer, fonts, area, false, maxSize);
      if (layout) {
        shown = pointer;
        break;
      }
    }
    if (!layout) {
      shown = pointers.at(-1) ?? '';
      layout = { lines: [shown], size: MIN_SINGLE_LINE };
    }
  }
  field.setText(shown === '' ? undefined : shown);
  field.acroField.setDefaultAppearance(`/${FONT_KEYS[0]} ${layout.size} Tf 0 g`);
  for (const widget of widgets) drawTextAppearance(doc, widget, fonts, layout, printedBoxInset(instruction.widget), comb && !overflowed ? maxLength : undefined);
  return overflowed;
}

function daFontSize(field: PDFTextField): number {
  const da = field.acroField.getDefaultAppearance() ?? '';
  const match = /([\d.]+)\s+Tf/.exec(da);
  return match?.[1] ? Number(match[1]) : 0;
}

function hex(font: PDFFont, text: string): string {
  return font.encodeText(text).toString();
}

function fontKey(font: PDFFont, fonts: EmbeddedFonts): string {
  return font === fonts.arabic ? FONT_KEYS[1] : FONT_KEYS[0];
}

function drawTextAppearance(doc: PDFDocument, widget: PDFWidgetAnnotation, fonts: EmbeddedFonts, layout: TextLayout, inset: PrintedBoxInset, combCells: number | undefined): void {
  const { width, height } = widget.getRectangle();
  const { size, lines } = layout;
  const area = textArea(width, height, inset);
  // Clip to the inside of the printed box, so nothing is ever drawn over its border.
  const clipBottom = inset.bottom + 0.5;
  const clip = `0.5 ${clipBottom.toFixed(2)} ${(width - 1).toFixed(2)} ${(height - inset.top - 0.5 - clipBottom).toFixed(2)} re W n`;
  const ops: string[] = ['/Tx BMC', 'q', clip, 'BT', '0 g'];
  const line = lines[0] ?? '';
  // One line is centred on its capitals; several lines, or one in a tall box, hang from the top.
  const centred = area.bottom + (area.height - size * CAP_HEIGHT) / 2;
  if (combCells !== undefined) {
    const cell = width / combCells;
    [...line].forEach((char, i) => {
      for (const run of splitRuns(char, fonts)) {
        const w = run.font.widthOfTextAtSize(run.text, size);
        ops.push(`/${fontKey(run.font, fonts)} ${size} Tf`);
        drawRun(ops, run.font, run.text, size, i * cell + (cell - w) / 2, centred);
      }
    });
  } else if (lines.length === 1 && area.height < blockHeight(3, size)) {
    // A short box (a name cell two lines tall) reads best with its one line centred.
    drawLine(ops, line, fonts, size, area.left, centred);
  } else {
    // Lines hang from the top of the box; in a box hardly taller than them they are centred.
    const free = area.height - blockHeight(lines.length, size);
    const drop = area.height < blockHeight(lines.length + 2, size) ? Math.max(0, free / 2) : 0;
    let y = area.bottom + area.height - drop - ACCENT_TOP * size;
    for (const text of lines) {
      drawLine(ops, text, fonts, size, area.left, y);
      y -= size * LINE_HEIGHT;
    }
  }
  ops.push('ET', 'Q', 'EMC');
  const resources = doc.context.obj({ Font: { [FONT_KEYS[0]]: fonts.regular.ref, ...(fonts.arabic ? { [FONT_KEYS[1]]: fonts.arabic.ref } : {}) } });
  const stream = doc.context.stream(ops.join('\n'), { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height], Resources: resources });
  const ref = doc.context.register(stream);
  widget.dict.set(PDFName.of('AP'), doc.context.obj({ N: ref }));
}

function drawLine(ops: string[], text: string, fonts: EmbeddedFonts, size: number, x: number, y: number): void {
  let cursor = x;
  for (const run of splitRuns(text, fonts)) {
    ops.push(`/${fontKey(run.font, fonts)} ${size} Tf`);
    drawRun(ops, run.font, run.text, size, cursor, y);
    cursor += run.font.widthOfTextAtSize(run.text, size);
  }
}

/** One run at (x, y): a plain string, or glyph by glyph where the font needs positions (Arabic marks). */
function drawRun(ops: string[], font: PDFFont, text: string, size: number, x: number, y: number): void {
  const placed = placedGlyphs(font, text);
  if (!placed) {
    ops.push(`1 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)} Tm`, `${hex(font, text)} Tj`);
    return;
  }
  for (const glyph of placed) ops.push(`1 0 0 1 ${(x + glyph.x * size).toFixed(2)} ${(y + glyph.y * size).toFixed(2)} Tm`, `<${glyph.hex}> Tj`);
}

export interface SaveOptions {
  /** Flatten the form (for printing and signing): values become page content, fields are removed. */
  readonly flatten?: boolean;
}

/**
 * Save a filled C100 (with anything appended to it) as an incremental update of the template bytes.
 * @throws IncrementalSaveUnsupportedError only for a template whose last xref is a stream.
 */
export async function saveFilledC100(template: C100Template, filled: FilledC100, options: SaveOptions = {}): Promise<Uint8Array> {
  if (options.flatten) flattenForm(filled.doc);
  await filled.doc.flush();
  return saveIncremental(template.bytes, template.doc, filled.doc);
}
