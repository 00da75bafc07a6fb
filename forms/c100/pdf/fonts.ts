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
import { PDFHexString } from 'pdf-lib';
import type { PDFContext, PDFDocument, PDFFont } from 'pdf-lib';

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

// ---------------------------------------------------------------------------------------------
// Speed (issue 3 "Performance"). Embedding a full TTF costs, per document: fontkit parsing the font,
// pako deflating ~500 KB of font bytes at save, and OpenType shaping of every string measured or
// drawn. None of that depends on the document, so it is done once per process and shared:
// - one parsed fontkit font per font file (a fontkit font is read-only once parsed);
// - the deflated font program per font file (pdf-lib deflates `fontData` itself on every save);
// - glyph codes and widths per word. This is exact for a full (not subset) font: pdf-lib 1.17's
//   full-font embedder writes widths and ToUnicode for every glyph the font maps a code point to,
//   not only for the glyphs encoded, so encoding is a pure function of the text. (Glyphs without a
//   code point, such as Arabic marks, get no width: see `placedGlyphs`.) Latin words never shape across a
//   space (no ligature or contextual rule in Noto Sans spans one), so a line is the concatenation
//   of its words; Arabic runs are shaped whole (joining and right-to-left order).

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<Fontkit['create']>;

const parsedFonts = new WeakMap<Uint8Array, FontkitFont>();
const sharedFontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont {
    if (postscriptName !== undefined) return fontkit.create(buffer, postscriptName);
    let font = parsedFonts.get(buffer);
    if (!font) {
      font = fontkit.create(buffer);
      parsedFonts.set(buffer, font);
    }
    return font;
  },
};

const deflatedFonts = new WeakMap<Uint8Array, Uint8Array>();
/** The ToUnicode maps of the full fonts (a few large strings, the same on every save). */
const deflatedMaps = new Map<string, Uint8Array>();
const MAX_CACHED_MAPS = 8;
const MIN_CACHED_MAP_LENGTH = 4096;
const patchedContexts = new WeakSet<PDFContext>();

/**
 * Reuse the deflated font programs and ToUnicode maps when pdf-lib writes them into a document:
 * pdf-lib deflates both again on every save, which was most of the time of a generated document.
 */
function reuseDeflatedFonts(context: PDFContext): void {
  if (patchedContexts.has(context)) return;
  patchedContexts.add(context);
  const flate = context.flateStream.bind(context);
  context.flateStream = (contents, dict = {}) => {
    const cached =
      contents instanceof Uint8Array ? deflatedFonts.get(contents) : typeof contents === 'string' ? deflatedMaps.get(contents) : undefined;
    if (cached) return context.stream(cached, { ...dict, Filter: 'FlateDecode' });
    const stream = flate(contents, dict);
    if (contents instanceof Uint8Array && parsedFonts.has(contents)) deflatedFonts.set(contents, stream.getContents());
    else if (typeof contents === 'string' && contents.length >= MIN_CACHED_MAP_LENGTH && contents.startsWith('/CIDInit')) {
      if (deflatedMaps.size >= MAX_CACHED_MAPS) deflatedMaps.clear();
      deflatedMaps.set(contents, stream.getContents());
    }
    return stream;
  };
}

interface EncodedWord {
  readonly hex: string;
  /** Advance width at 1 pt. */
  readonly width: number;
}
const MAX_CACHED_WORDS = 50_000;
const wordCaches = new WeakMap<Uint8Array, Map<string, Map<string, EncodedWord>>>();

function wordCacheFor(bytes: Uint8Array, featuresKey: string): Map<string, EncodedWord> {
  let byFeatures = wordCaches.get(bytes);
  if (!byFeatures) {
    byFeatures = new Map();
    wordCaches.set(bytes, byFeatures);
  }
  let cache = byFeatures.get(featuresKey);
  if (!cache) {
    cache = new Map();
    byFeatures.set(featuresKey, cache);
  }
  return cache;
}

/** One glyph of a shaped run, placed relative to the run's origin at 1 pt. */
export interface PlacedGlyph {
  /** The glyph id as 4 hex digits (Identity-H, full font). */
  readonly hex: string;
  readonly x: number;
  readonly y: number;
}

interface ShapedRun extends EncodedWord {
  readonly glyphs: readonly PlacedGlyph[];
}

const shapedRuns = new WeakMap<PDFFont, (text: string) => ShapedRun>();

/**
 * Shape a whole run with its positions (GPOS). Arabic needs them: Noto Sans Arabic draws the dots
 * of final ي (and other marks) as separate zero-advance glyphs placed by offsets, which a plain
 * `Tj` of glyph ids loses; worse, mark glyphs have no code point, so pdf-lib's full-font /W array
 * omits them and readers advance them by the default width of a whole em, which pushed the rest
 * of the line one em to the right over the following Latin text.
 */
function shaper(fontkitFont: FontkitFont, cache: Map<string, EncodedWord>): (text: string) => ShapedRun {
  const scale = 1 / fontkitFont.unitsPerEm;
  return (text: string): ShapedRun => {
    const cached = cache.get(text);
    if (cached && 'glyphs' in cached) return cached as ShapedRun;
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    const { glyphs, positions } = fontkitFont.layout(text);
    const placed: PlacedGlyph[] = [];
    let hex = '';
    let x = 0;
    glyphs.forEach((glyph, i) => {
      const position = positions[i];
      const code = glyph.id.toString(16).padStart(4, '0');
      hex += code;
      placed.push({ hex: code, x: x + (position?.xOffset ?? 0) * scale, y: (position?.yOffset ?? 0) * scale });
      x += (position?.xAdvance ?? glyph.advanceWidth) * scale;
    });
    const entry: ShapedRun = { hex, width: x, glyphs: placed };
    cache.set(text, entry);
    return entry;
  };
}

/**
 * The glyphs of `text` with their positions, for a font whose runs must be drawn glyph by glyph
 * (Arabic); undefined for fonts drawn as plain strings (Latin: no marks, kerning ignored).
 */
export function placedGlyphs(font: PDFFont, text: string): readonly PlacedGlyph[] | undefined {
  return shapedRuns.get(font)?.(text).glyphs;
}

/**
 * Route a font's `encodeText` and `widthOfTextAtSize` through the shared per-word cache. A font
 * shaped in whole runs (Arabic) is measured by its shaped advances, the same positions it is drawn at.
 */
function shareShaping(font: PDFFont, bytes: Uint8Array, featuresKey: string, wholeRuns: boolean): PDFFont {
  const cache = wordCacheFor(bytes, featuresKey);
  if (wholeRuns) {
    const shape = shaper(sharedFontkit.create(bytes), cache);
    shapedRuns.set(font, shape);
    font.encodeText = (text: string) => PDFHexString.of(shape(text).hex);
    font.widthOfTextAtSize = (text: string, size: number) => shape(text).width * size;
    return font;
  }
  const encode = font.encodeText.bind(font);
  const measure = font.widthOfTextAtSize.bind(font);
  const word = (text: string): EncodedWord => {
    let entry = cache.get(text);
    if (!entry) {
      if (cache.size >= MAX_CACHED_WORDS) cache.clear();
      entry = { hex: encode(text).asString(), width: measure(text, 1) };
      cache.set(text, entry);
    }
    return entry;
  };
  const pieces = (text: string): string[] => text.split(/( )/).filter((p) => p !== '');
  font.encodeText = (text: string) => PDFHexString.of(pieces(text).map((p) => word(p).hex).join(''));
  font.widthOfTextAtSize = (text: string, size: number) => pieces(text).reduce((sum, p) => sum + word(p).width, 0) * size;
  return font;
}

// `liga` off: a shared fontkit font applies the "fi"/"fl" ligatures once its glyph table is loaded,
// and pdftotext then extracts "Zoﬁa" (U+FB01) instead of "Zofia"; searchable text matters more.
const LATIN_FEATURES = { ccmp: false, liga: false };

async function embedShared(doc: PDFDocument, bytes: Uint8Array, latin: boolean): Promise<PDFFont> {
  reuseDeflatedFonts(doc.context);
  const font = await doc.embedFont(bytes, latin ? { subset: false, features: LATIN_FEATURES } : { subset: false });
  return shareShaping(font, bytes, latin ? 'latin' : 'default', !latin);
}

/**
 * Embed the fonts into `doc` in full. Throws fontkit errors for bytes that are not a font.
 *
 * Not subset: pdf-lib 1.17's fontkit subsetter produces glyphs poppler cannot draw for Noto Sans
 * (text extracts but renders blank; checked with pdftoppm), so the whole TTF is embedded
 * (~310 KB compressed each). `ccmp` is off so that fontkit keeps precomposed letters such as "ị"
 * (U+1ECB) as one glyph: decomposed into i + U+0323, pdftotext loses the dot below; `liga` is off
 * so that "fi" stays two letters in extracted text.
 */
export async function embedFonts(doc: PDFDocument, bytes: FontBytes, choice: EmbedChoice = {}): Promise<EmbeddedFonts> {
  doc.registerFontkit(sharedFontkit);
  const regular = await embedShared(doc, bytes.regular, true);
  const bold = bytes.bold && choice.bold !== false ? await embedShared(doc, bytes.bold, true) : regular;
  const arabic = bytes.arabic && choice.arabic !== false ? await embedShared(doc, bytes.arabic, false) : undefined;
  return { regular, bold, arabic, widths: new Map() };
}

/** Add the bold face to fonts embedded without it (for continuation sheets decided late). */
export async function withBold(doc: PDFDocument, fonts: EmbeddedFonts, bytes: FontBytes): Promise<EmbeddedFonts> {
  if (fonts.bold !== fonts.regular || !bytes.bold) return fonts;
  return { ...fonts, bold: await embedShared(doc, bytes.bold, true) };
}

/** Add the Arabic face to fonts embedded without it (for generated pages whose text needs it). */
export async function withArabic(doc: PDFDocument, fonts: EmbeddedFonts, bytes: FontBytes): Promise<EmbeddedFonts> {
  if (fonts.arabic || !bytes.arabic) return fonts;
  return { ...fonts, arabic: await embedShared(doc, bytes.arabic, false) };
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
 * Split text into runs of one font, in logical order: Arabic script in the Arabic font, everything
 * else in `base`. Spaces inside a run stay with it, so "محمد علي" is one run (shaped right to left
 * within itself); spaces between an Arabic run and what follows go to the following run, because
 * shaping puts an Arabic run's trailing space on its left, where it would glue the run to the
 * next word. Lines are laid out run after run from left to right (no paragraph-level bidi).
 */
export function splitRuns(text: string, fonts: EmbeddedFonts, base: PDFFont = fonts.regular): TextRun[] {
  const runs: { text: string; font: PDFFont }[] = [];
  let pending = '';
  for (const char of text) {
    if (NEUTRAL.test(char)) {
      pending += char;
      continue;
    }
    const font = ARABIC.test(char) && fonts.arabic ? fonts.arabic : base;
    const last = runs.at(-1);
    if (last && last.font === font) last.text += pending + char;
    else if (last && last.font !== fonts.arabic) {
      last.text += pending;
      runs.push({ text: char, font });
    } else runs.push({ text: pending + char, font });
    pending = '';
  }
  if (pending !== '') {
    const last = runs.at(-1);
    if (last && last.font !== fonts.arabic) last.text += pending;
    else runs.push({ text: pending, font: base });
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
