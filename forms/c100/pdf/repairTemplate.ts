/**
 * In-memory repair of the C100 04.24 template before filling (issue 3 "Template", C100-DOMAIN §8.3):
 *
 * 1. Register the 201 widgets that carry /T and /FT but are missing from /AcroForm /Fields, so that
 *    pdf-lib's form API (and every reader that walks /Fields, e.g. pdftk) sees all 435 fields.
 * 2. Split the two statement-of-truth ticks on page 27 ('I believe' / 'The applicant believes')
 *    off 'Check Box1', whose first kid is the section 3a health-professional-letter box on page 7,
 *    into their own field STATEMENT_OF_TRUTH_FIELD: one field has one value, so otherwise claiming
 *    that exemption and signing the statement of truth would overwrite each other.
 * 3. Make every check box's appearance state dictionaries (/AP /N and /D) direct objects, so that
 *    the ticks show in every reader (see `inlineCheckBoxStates`).
 */
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';
import { STATEMENT_OF_TRUTH_FIELD } from './c100Widgets';
import { listPageWidgets } from './templateStructure';

export interface RepairReport {
  /** Names of the widgets that were added to /AcroForm /Fields. */
  readonly registered: readonly string[];
  /** Whether the statement-of-truth ticks were split off 'Check Box1'. */
  readonly splitStatementOfTruth: boolean;
  /** Widgets whose appearance pointed at a missing object and was removed. */
  readonly droppedBrokenAppearances: number;
  /** Check box widgets whose appearance state dictionaries were made direct. */
  readonly inlinedCheckBoxStates: number;
}

function acroFormFields(doc: PDFDocument): PDFArray {
  const form = doc.getForm(); // creates /AcroForm if absent
  const fields = form.acroForm.dict.lookupMaybe(PDFName.of('Fields'), PDFArray);
  if (fields) return fields;
  const created = doc.context.obj([]);
  form.acroForm.dict.set(PDFName.of('Fields'), created);
  return created;
}

/** Repair a verified template in place. Idempotent. Throws nothing on a verified template. */
export function repairTemplate(doc: PDFDocument): RepairReport {
  const fields = acroFormFields(doc);
  const known = new Set<PDFRef>();
  for (let i = 0; i < fields.size(); i++) {
    const ref = fields.get(i);
    if (ref instanceof PDFRef) known.add(ref);
  }
  const registered: string[] = [];
  for (const widget of listPageWidgets(doc)) {
    // Only terminal fields merged with their widget: kids are reachable through their parent.
    if (!widget.ref || widget.dict.has(PDFName.of('Parent')) || !widget.dict.has(PDFName.of('T'))) continue;
    if (known.has(widget.ref)) continue;
    fields.push(widget.ref);
    known.add(widget.ref);
    registered.push(widget.name);
  }
  const droppedBrokenAppearances = dropBrokenAppearances(doc);
  return { registered, splitStatementOfTruth: splitStatementOfTruth(doc, fields), droppedBrokenAppearances, inlinedCheckBoxStates: inlineCheckBoxStates(doc) };
}

/**
 * In C100 04.24 every check box's /AP /N (and /D) is an indirect reference to a dictionary of
 * states (/Yes, /Off). PDF 32000-1 §12.5.5 allows that, but poppler (pdftoppm, Evince, Okular;
 * checked with 22.12) looks the entry up without resolving it, takes the reference itself as the
 * appearance stream and draws nothing ("XObject is wrong type"): ticks set through /V and /AS were
 * invisible in the editable output, also when pdftk filled the original. Copying the state
 * dictionaries into /AP as direct objects keeps the template's own tick streams (the printed
 * look) and fixes every reader. Only the /AP objects change (the widgets, with their long tooltips,
 * are not rewritten), which keeps the repair's share of every saved file small. Done once per
 * parsed template; idempotent.
 */
function inlineCheckBoxStates(doc: PDFDocument): number {
  let inlined = 0;
  for (const widget of listPageWidgets(doc)) {
    if (widget.type !== 'checkbox') continue;
    const ap = widget.dict.lookupMaybe(PDFName.of('AP'), PDFDict);
    if (!ap) continue;
    let changed = false;
    for (const key of [PDFName.of('N'), PDFName.of('D')]) {
      const value = ap.get(key);
      if (!(value instanceof PDFRef)) continue;
      const states = doc.context.lookup(value);
      if (!(states instanceof PDFDict) || states instanceof PDFRawStream) continue;
      const direct = doc.context.obj({});
      for (const [state, stream] of states.entries()) direct.set(state, stream);
      ap.set(key, direct);
      changed = true;
    }
    if (changed) inlined++;
  }
  return inlined;
}

/**
 * 187 objects of the template are listed at offset 0 (qpdf --check warns), and some widgets'
 * appearances point at them. Drop those appearance entries so that flattening and readers never
 * draw a missing object; text appearances are regenerated for every filled field anyway.
 */
function dropBrokenAppearances(doc: PDFDocument): number {
  let dropped = 0;
  for (const widget of listPageWidgets(doc)) {
    const ap = widget.dict.lookupMaybe(PDFName.of('AP'), PDFDict);
    if (!ap) continue;
    const normal = ap.get(PDFName.of('N'));
    const resolved = doc.context.lookup(normal);
    const broken =
      resolved === undefined ||
      (resolved instanceof PDFDict && !(resolved instanceof PDFRawStream) && resolved.values().some((v) => !(doc.context.lookup(v) instanceof PDFRawStream)));
    if (broken) {
      widget.dict.delete(PDFName.of('AP'));
      dropped++;
    }
  }
  return dropped;
}

function onStatesOf(widget: PDFDict): string[] {
  const normal = widget.lookupMaybe(PDFName.of('AP'), PDFDict)?.lookupMaybe(PDFName.of('N'), PDFDict);
  if (!normal) return [];
  return normal
    .keys()
    .map((k) => k.decodeText())
    .filter((k) => k !== 'Off');
}

function splitStatementOfTruth(doc: PDFDocument, fields: PDFArray): boolean {
  const checkBox1 = doc.getForm().getFieldMaybe('Check Box1');
  if (!checkBox1) return false;
  const parent = checkBox1.acroField.dict;
  const kids = parent.lookupMaybe(PDFName.of('Kids'), PDFArray);
  if (!kids) return false;
  const keep: PDFRef[] = [];
  const move: PDFRef[] = [];
  for (let i = 0; i < kids.size(); i++) {
    const ref = kids.get(i);
    const kid = doc.context.lookupMaybe(ref, PDFDict);
    if (!(ref instanceof PDFRef) || !kid) continue;
    const states = onStatesOf(kid);
    if (states.includes('I believe') || states.includes('The applicant believes')) move.push(ref);
    else keep.push(ref);
  }
  if (move.length === 0) return false;
  const field = doc.context.obj({ FT: 'Btn', T: PDFString.of(STATEMENT_OF_TRUTH_FIELD), V: 'Off', Kids: move, Ff: 0 });
  const fieldRef = doc.context.register(field);
  for (const ref of move) doc.context.lookup(ref, PDFDict).set(PDFName.of('Parent'), fieldRef);
  parent.set(PDFName.of('Kids'), doc.context.obj(keep));
  parent.set(PDFName.of('V'), PDFName.of('Off'));
  fields.push(fieldRef);
  return true;
}
