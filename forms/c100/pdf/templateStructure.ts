/**
 * Reading the structure of a loaded PDF: widgets from the pages' /Annots (not only /AcroForm
 * /Fields, which lists just 234 of the template's 435 fields: PROVENANCE.md) and the text of the
 * page content streams, for the version check.
 */
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFString, PDFHexString, decodePDFRawStream } from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';

export interface PageWidget {
  /** Fully qualified field name (parents' /T joined with '.'). */
  readonly name: string;
  readonly type: 'text' | 'checkbox' | 'other';
  /** Physical page, 1-based. */
  readonly page: number;
  readonly ref: PDFRef | undefined;
  readonly dict: PDFDict;
}

function textOf(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** Every widget annotation on every page, with its field name and type (inherited through /Parent). */
export function listPageWidgets(doc: PDFDocument): PageWidget[] {
  const widgets: PageWidget[] = [];
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return;
    for (let i = 0; i < annots.size(); i++) {
      const raw = annots.get(i);
      const dict = doc.context.lookupMaybe(raw, PDFDict);
      if (!dict || dict.get(PDFName.of('Subtype')) !== PDFName.of('Widget')) continue;
      const names: string[] = [];
      let fieldType: unknown;
      // Walk up the field tree; guard against loops in a damaged file.
      let node: PDFDict | undefined = dict;
      for (let depth = 0; node && depth < 32; depth++) {
        const t = textOf(node.lookup(PDFName.of('T')));
        if (t !== undefined) names.unshift(t);
        fieldType ??= node.get(PDFName.of('FT'));
        node = node.lookupMaybe(PDFName.of('Parent'), PDFDict);
      }
      const type = fieldType === PDFName.of('Tx') ? 'text' : fieldType === PDFName.of('Btn') ? 'checkbox' : 'other';
      widgets.push({ name: names.join('.'), type, page: index + 1, ref: raw instanceof PDFRef ? raw : undefined, dict });
    }
  });
  return widgets;
}

const LITERAL_STRING = /\((?:[^()\\]|\\[\s\S])*\)/g;

function unescapeLiteral(literal: string): string {
  return literal.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3}|\r?\n)/g, (_m, c: string) => {
    switch (c) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case '(':
      case ')':
      case '\\':
        return c;
      default:
        return /^[0-7]+$/.test(c) ? String.fromCharCode(parseInt(c, 8)) : '';
    }
  });
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/**
 * The literal-string text shown on a page, concatenated in stream order with kerning ignored.
 * A structural proxy for "the printed text": the C100 footer is set in a simple-encoded font, so
 * "(04.24)" appears as literal strings inside TJ arrays, split by kerning numbers. Hex-string text
 * (CID fonts) is not decoded; the version check only needs the footer.
 */
export function pageLiteralText(doc: PDFDocument, pageIndex: number): string {
  const page = doc.getPage(pageIndex);
  const contents = page.node.get(PDFName.of('Contents'));
  const streams: PDFRawStream[] = [];
  const resolved = doc.context.lookup(contents);
  if (resolved instanceof PDFRawStream) streams.push(resolved);
  else if (resolved instanceof PDFArray) {
    for (let i = 0; i < resolved.size(); i++) {
      const s = resolved.lookup(i);
      if (s instanceof PDFRawStream) streams.push(s);
    }
  }
  let text = '';
  for (const stream of streams) {
    const source = latin1(decodePDFRawStream(stream).decode());
    for (const match of source.matchAll(LITERAL_STRING)) text += unescapeLiteral(match[0]);
    text += '\n';
  }
  return text;
}
