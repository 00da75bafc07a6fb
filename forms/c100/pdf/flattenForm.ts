/**
 * Flattening for printing and signing: every widget's current appearance becomes page content,
 * then all widgets and fields are removed. Written here rather than using pdf-lib's
 * `form.flatten()` because pdf-lib 1.17 draws the state dictionary itself (not the selected state's
 * stream) when a check box's /AP /N is an indirect dictionary, as in C100 04.24, which readers
 * reject ("XObject is wrong type").
 */
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';

function numbers(array: PDFArray | undefined): number[] {
  if (!array) return [];
  return array.asArray().map((v) => Number(v.toString()));
}

/** Flatten all form fields of `doc` in place. Throws nothing: widgets without an appearance are dropped. */
export function flattenForm(doc: PDFDocument): void {
  const { context } = doc;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    const kept: PDFRef[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const raw = annots.get(i);
      const widget = context.lookupMaybe(raw, PDFDict);
      if (!widget || widget.get(PDFName.of('Subtype')) !== PDFName.of('Widget')) {
        if (raw instanceof PDFRef) kept.push(raw);
        continue;
      }
      const hidden = (Number(widget.get(PDFName.of('F'))?.toString() ?? 0) & 2) !== 0;
      const normal = widget.lookupMaybe(PDFName.of('AP'), PDFDict)?.get(PDFName.of('N'));
      let appearanceRef = normal instanceof PDFRef ? normal : undefined;
      const resolved = normal === undefined ? undefined : context.lookup(normal);
      if (resolved instanceof PDFDict && !(resolved instanceof PDFStream)) {
        const state = widget.get(PDFName.of('AS'));
        const chosen = state instanceof PDFName ? resolved.get(state) : undefined;
        appearanceRef = chosen instanceof PDFRef ? chosen : undefined;
      }
      const stream = appearanceRef ? context.lookup(appearanceRef) : undefined;
      if (hidden || !appearanceRef || !(stream instanceof PDFRawStream || stream instanceof PDFStream)) continue;
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = numbers(widget.lookupMaybe(PDFName.of('Rect'), PDFArray));
      const [b1 = 0, b2 = 0, b3 = 0, b4 = 0] = numbers(stream.dict.lookupMaybe(PDFName.of('BBox'), PDFArray));
      const bw = b3 - b1;
      const bh = b4 - b2;
      if (bw <= 0 || bh <= 0) continue;
      const sx = (Math.max(x1, x2) - Math.min(x1, x2)) / bw;
      const sy = (Math.max(y1, y2) - Math.min(y1, y2)) / bh;
      const key = page.node.newXObject('FlatWidget', appearanceRef);
      page.pushOperators(pushGraphicsState(), concatTransformationMatrix(sx, 0, 0, sy, Math.min(x1, x2) - b1 * sx, Math.min(y1, y2) - b2 * sy), drawObject(key), popGraphicsState());
    }
    page.node.set(PDFName.of('Annots'), context.obj(kept));
  }
  const acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  if (acroForm) {
    acroForm.set(PDFName.of('Fields'), context.obj([]));
    acroForm.delete(PDFName.of('NeedAppearances'));
  }
}
