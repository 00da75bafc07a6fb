/**
 * Unicode fonts for filling and for the generated documents (issue 3 "Text, fonts, overflow").
 * Font files are passed in as bytes because forms/ cannot read files: the Node side loads the TTFs
 * from @expo-google-fonts/noto-sans(-arabic); a renderer build would import them as assets.
 *
 * Noto Sans covers Latin (incl. Ł, ŷ, ş, ı), Greek, Cyrillic and Vietnamese; Arabic script is set
 * in Noto Sans Arabic, chosen per run of text. fontkit shapes Arabic (joining forms) and returns
 * right-to-left runs in visual order, so a run of Arabic inside a line reads correctly; the line
 * itself is laid out left to right (no full bidi paragraph reordering).
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export interface FontBytes {
  /** Noto Sans Regular (TTF). */
  readonly regular: Uint8Array;
  /** Noto Sans Bold (TTF); headings fall back to regular without it. */
  readonly bold?: Uint8Array;
  /** Noto Sans Arabic Regular (TTF); Arabic text renders as missing glyphs without it. */
  readonly arabic?: Uint8Array;
}

export interface EmbeddedFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  readonly arabic: PDFFont | undefined;
  /** Width cache (font → text → width at 1 pt): fontkit shaping is the hot spot of wrapping. */
  readonly widths: Map<PDFFont, Map<string, number>>;
}

export interface EmbedChoice {
  /** Embed the bold face (headings of generated pages). Default true. */
  readonly bold?: boolean;
  /** Embed the Arabic face (only needed when some text has Arabic script). Default true. */
  readonly arabic?: boolean;
}

/**
 * Embed the fonts into `doc` in full. Throws fontkit errors for bytes that are not a font.
 *
 * Not subset: pdf-lib 1.17's fontkit subsetter produces glyphs poppler cannot draw for Noto Sans
 * (text extracts but renders blank; checked with pdftoppm), so the whole TTF is embedded
 * (~310 KB compressed each). `ccmp` is off so that fontkit keeps precomposed letters such as "ị"
 * (U+1ECB) as one glyph: decomposed into i + U+0323, pdftotext loses the dot below.
 */
export async function embedFonts(doc: PDFDocument, bytes: FontBytes, choice: EmbedChoice = {}): Promise<EmbeddedFonts> {
  doc.registerFontkit(fontkit);
  const latinFeatures = { ccmp: false };
  const regular = await doc.embedFont(bytes.regular, { subset: false, features: latinFeatures });
  const bold = bytes.bold && choice.bold !== false ? await doc.embedFont(bytes.bold, { subset: false, features: latinFeatures }) : regular;
  const arabic = bytes.arabic && choice.arabic !== false ? await doc.embedFont(bytes.arabic, { subset: false }) : undefined;
  return { regular, bold, arabic, widths: new Map() };
}

/** Add the bold face to fonts embedded without it (for continuation sheets decided late). */
export async function withBold(doc: PDFDocument, fonts: EmbeddedFonts, bytes: FontBytes): Promise<EmbeddedFonts> {
  if (fonts.bold !== fonts.regular || !bytes.bold) return fonts;
  return { ...fonts, bold: await doc.embedFont(bytes.bold, { subset: false, features: { ccmp: false } }) };
}

function runWidth(fonts: EmbeddedFonts, font: PDFFont, text: string): number {
  let cache = fonts.widths.get(font);
  if (!cache) {
    cache = new Map();
    fonts.widths.set(font, cache);
  }
  let width = cache.get(text);
  if (width === undefined) {
    width = font.widthOfTextAtSize(text, 1);
    cache.set(text, width);
  }
  return width;
}

export interface TextRun {
  readonly text: string;
  readonly font: PDFFont;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const NEUTRAL = /[\s\u200c\u200d]/;

/** Whether the text contains Arabic script. */
export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}

/**
 * Split text into runs of one font: Arabic script in the Arabic font, everything else in `base`.
 * Spaces join the run they follow, so "محمد علي" stays one right-to-left run.
 */
export function splitRuns(text: string, fonts: EmbeddedFonts, base: PDFFont = fonts.regular): TextRun[] {
  const runs: { text: string; font: PDFFont }[] = [];
  for (const char of text) {
    const font = NEUTRAL.test(char) ? (runs.at(-1)?.font ?? base) : ARABIC.test(char) && fonts.arabic ? fonts.arabic : base;
    const last = runs.at(-1);
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}

/**
 * Width of text in points at `size`, measured word by word with each run's font (cached).
 * Kerning across spaces is ignored, which errs by far less than the boxes' padding.
 */
export function textWidth(text: string, fonts: EmbeddedFonts, size: number, base: PDFFont = fonts.regular): number {
  let width = 0;
  for (const run of splitRuns(text, fonts, base)) {
    if (run.font === fonts.arabic) width += runWidth(fonts, run.font, run.text);
    else for (const piece of run.text.split(/( )/)) if (piece !== '') width += runWidth(fonts, run.font, piece);
  }
  return width * size;
}

/**
 * Break text into lines no wider than `maxWidth`: honours newlines, breaks at spaces, and breaks
 * inside a word only when the word alone is too wide.
 */
export function wrapText(text: string, fonts: EmbeddedFonts, size: number, maxWidth: number, base: PDFFont = fonts.regular): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/ +/);
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, fonts, size, base) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      // The word alone is too wide: split it by characters.
      let piece = '';
      for (const char of word) {
        if (piece !== '' && textWidth(piece + char, fonts, size, base) > maxWidth) {
          lines.push(piece);
          piece = '';
        }
        piece += char;
      }
      line = piece;
    }
    lines.push(line);
  }
  return lines;
}
