/**
 * Cheap copies of a parsed PDF (issue 3 "Performance"): parsing the 1.8 MB C100 template costs
 * ~250 ms, so it is parsed once and each fill works on a structural copy. pdf-lib has no cheap
 * copy (`PDFDocument.copy()` re-creates pages and drops the AcroForm), so this clones the object
 * graph: every dictionary and array is copied (pdf-lib mutates them in place when filling), stream
 * bytes and immutable leaves (names, refs, numbers, strings) are shared. The copy keeps the same
 * object numbers, which is what lets `saveIncremental` append only the objects that changed.
 */
import {
  PDFArray,
  PDFCatalog,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFPageLeaf,
  PDFPageTree,
  PDFRawStream,
} from 'pdf-lib';
import type { PDFName, PDFObject } from 'pdf-lib';

function cloneDictEntries(dict: PDFDict, context: PDFContext): Map<PDFName, PDFObject> {
  const map = new Map<PDFName, PDFObject>();
  for (const [key, value] of dict.entries()) map.set(key, cloneObject(value, context));
  return map;
}

/** Deep-copy one object into `context`, keeping pdf-lib's structure classes (catalog, page tree, page). */
export function cloneObject(object: PDFObject, context: PDFContext): PDFObject {
  if (object instanceof PDFRawStream) {
    return PDFRawStream.of(PDFDict.fromMapWithContext(cloneDictEntries(object.dict, context), context), object.contents);
  }
  if (object instanceof PDFPageLeaf) return PDFPageLeaf.fromMapWithContext(cloneDictEntries(object, context), context);
  if (object instanceof PDFPageTree) return PDFPageTree.fromMapWithContext(cloneDictEntries(object, context), context);
  if (object instanceof PDFCatalog) return PDFCatalog.fromMapWithContext(cloneDictEntries(object, context), context);
  if (object instanceof PDFDict) return PDFDict.fromMapWithContext(cloneDictEntries(object, context), context);
  if (object instanceof PDFArray) {
    const array = PDFArray.withContext(context);
    for (let i = 0; i < object.size(); i++) array.push(cloneObject(object.get(i), context));
    return array;
  }
  // Names, refs, numbers, strings, booleans, null: pdf-lib replaces these, never mutates them.
  // Streams pdf-lib creates itself (fonts, appearances) only exist in copies, never in a template.
  return object;
}

/**
 * A new PDFDocument whose objects are copies of `source`'s, with the same object numbers.
 * `source` is not modified by anything done to the copy.
 */
export function copyDocument(source: PDFDocument): PDFDocument {
  const context = PDFContext.create();
  context.header = source.context.header;
  context.trailerInfo = { ...source.context.trailerInfo };
  for (const [ref, object] of source.context.enumerateIndirectObjects()) context.assign(ref, cloneObject(object, context));
  context.largestObjectNumber = source.context.largestObjectNumber;
  // pdf-lib's constructor is private in its types but is the documented way `load` builds a document.
  const doc: PDFDocument = Reflect.construct(PDFDocument, [context, false, false]);
  return doc;
}
