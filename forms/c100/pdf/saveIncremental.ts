/**
 * Incremental save (PDF 32000-1 §7.5.6): the untouched template bytes, then only the objects that
 * differ from the template, a new cross-reference section and a trailer with /Prev pointing at the
 * template's. Serialising ~600 changed objects instead of all ~9,000 is what makes repeated fills
 * fast (issue 3 "Performance"); readers see one ordinary PDF.
 *
 * Objects deleted from the copy (flattening removes widgets) are simply no longer referenced; they
 * stay in the original section, which every reader ignores.
 */
import { PDFArray, PDFCrossRefSection, PDFDict, PDFName, PDFHexString, PDFNumber, PDFRawStream, PDFRef, PDFString, PDFTrailer, PDFTrailerDict } from 'pdf-lib';
import type { PDFDocument, PDFObject } from 'pdf-lib';

/** Thrown when the base bytes do not end in a classic cross-reference table we can chain to. */
export class IncrementalSaveUnsupportedError extends Error {
  constructor(detail: string) {
    super(`Cannot append an incremental update to this PDF (${detail}). Save it in full instead.`);
    this.name = 'IncrementalSaveUnsupportedError';
  }
}

function sameObject(a: PDFObject, b: PDFObject): boolean {
  if (a === b) return true;
  if (a instanceof PDFRawStream && b instanceof PDFRawStream) return a.contents === b.contents && sameObject(a.dict, b.dict);
  if (a instanceof PDFDict && b instanceof PDFDict) {
    const ea = a.entries();
    if (ea.length !== b.entries().length) return false;
    for (const [key, value] of ea) {
      const other = b.get(key);
      if (other === undefined || !sameObject(value, other)) return false;
    }
    return true;
  }
  if (a instanceof PDFArray && b instanceof PDFArray) {
    if (a.size() !== b.size()) return false;
    for (let i = 0; i < a.size(); i++) if (!sameObject(a.get(i), b.get(i))) return false;
    return true;
  }
  if (a instanceof PDFNumber && b instanceof PDFNumber) return a.asNumber() === b.asNumber();
  if ((a instanceof PDFString && b instanceof PDFString) || (a instanceof PDFHexString && b instanceof PDFHexString)) return a.toString() === b.toString();
  return false;
}

function lastStartXref(bytes: Uint8Array): number {
  let tail = '';
  for (let i = Math.max(0, bytes.length - 1024); i < bytes.length; i++) tail += String.fromCharCode(bytes[i] ?? 0);
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match?.[1]) throw new IncrementalSaveUnsupportedError('no startxref at the end');
  const offset = Number(match[1]);
  let at = '';
  for (let i = offset; i < Math.min(bytes.length, offset + 4); i++) at += String.fromCharCode(bytes[i] ?? 0);
  if (at !== 'xref') throw new IncrementalSaveUnsupportedError('its last cross-reference section is a stream');
  return offset;
}

/** The objects of `working` that are new or differ from `base` (same object numbers), ascending. */
export function changedObjects(base: PDFDocument, working: PDFDocument): [PDFRef, PDFObject][] {
  const changed: [PDFRef, PDFObject][] = [];
  for (const [ref, object] of working.context.enumerateIndirectObjects()) {
    const original = base.context.lookup(ref);
    if (original === undefined || !sameObject(object, original)) changed.push([ref, object]);
  }
  return changed.sort((x, y) => x[0].objectNumber - y[0].objectNumber);
}

/**
 * Append the changes of `working` (a `copyDocument` of `base`, then edited) to `baseBytes`.
 * Call `await working.flush()` first so embedded fonts are written.
 * @throws IncrementalSaveUnsupportedError when `baseBytes` ends in a cross-reference stream.
 */
export function saveIncremental(baseBytes: Uint8Array, base: PDFDocument, working: PDFDocument): Uint8Array {
  const prev = lastStartXref(baseBytes);
  const changed = changedObjects(base, working);
  const encoder = (s: string): Uint8Array => {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
    return out;
  };
  const xref = PDFCrossRefSection.createEmpty();
  let size = baseBytes.length + 1;
  const headers: Uint8Array[] = [];
  const offsets = new Map<number, [PDFRef, number]>();
  for (const [ref, object] of changed) {
    offsets.set(ref.objectNumber, [ref, size]);
    const header = encoder(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    headers.push(header);
    size += header.length + object.sizeInBytes() + '\nendobj\n'.length;
  }
  // Every object number the copy does not hold is marked free: objects flattening removed, and
  // entries the template itself lists as in use at offset 0 (187 in C100 04.24, which qpdf
  // --check reports as warnings). The xref must be written in ascending order.
  for (let n = 1; n <= working.context.largestObjectNumber; n++) {
    const entry = offsets.get(n);
    if (entry !== undefined) xref.addEntry(entry[0], entry[1]);
    else if (!working.context.lookup(PDFRef.of(n, 0))) xref.addDeletedEntry(PDFRef.of(n, 1), 0);
  }
  const xrefOffset = size;
  const { trailerInfo } = working.context;
  const trailerDict = working.context.obj({});
  trailerDict.set(PDFName.of('Size'), PDFNumber.of(working.context.largestObjectNumber + 1));
  if (!trailerInfo.Root) throw new IncrementalSaveUnsupportedError('the document has no catalog');
  trailerDict.set(PDFName.of('Root'), trailerInfo.Root);
  if (trailerInfo.Info) trailerDict.set(PDFName.of('Info'), trailerInfo.Info);
  if (trailerInfo.ID) trailerDict.set(PDFName.of('ID'), trailerInfo.ID);
  trailerDict.set(PDFName.of('Prev'), PDFNumber.of(prev));
  const trailerDictObject = PDFTrailerDict.of(trailerDict);
  const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
  size += xref.sizeInBytes() + 1 + trailerDictObject.sizeInBytes() + 1 + trailer.sizeInBytes();

  const buffer = new Uint8Array(size);
  buffer.set(baseBytes, 0);
  let offset = baseBytes.length;
  buffer[offset++] = 0x0a;
  const endobj = encoder('\nendobj\n');
  changed.forEach(([, object], i) => {
    const header = headers[i] ?? new Uint8Array();
    buffer.set(header, offset);
    offset += header.length;
    offset += object.copyBytesInto(buffer, offset);
    buffer.set(endobj, offset);
    offset += endobj.length;
  });
  offset += xref.copyBytesInto(buffer, offset);
  buffer[offset++] = 0x0a;
  offset += trailerDictObject.copyBytesInto(buffer, offset);
  buffer[offset++] = 0x0a;
  offset += trailer.copyBytesInto(buffer, offset);
  return offset === size ? buffer : buffer.subarray(0, offset);
}
