/**
 * A verified, repaired C100 04.24 template, parsed once and reused for every fill (issue 3
 * "Template" and "Performance").
 */
import type { PDFDocument } from 'pdf-lib';
import { copyDocument } from './documentCopy';
import { repairTemplate } from './repairTemplate';
import type { RepairReport } from './repairTemplate';
import { saveIncremental } from './saveIncremental';
import { parseTemplatePdf, verifyTemplateStructure } from './verifyTemplate';
import type { TemplateVerification } from './verifyTemplate';

export interface C100Template {
  /** Where it came from, for messages. */
  readonly source: string;
  /** The repaired template as a PDF: the original bytes plus one incremental update. */
  readonly bytes: Uint8Array;
  /** The parsed repaired template. Never modify it: fills work on `copyDocument(template.doc)`. */
  readonly doc: PDFDocument;
  readonly verification: TemplateVerification;
  readonly repair: RepairReport;
}

/**
 * Parse, verify and repair template bytes once.
 * @throws TemplateDamagedError, TemplateEncryptedError, TemplateWrongFormError, TemplateWrongVersionError
 */
export async function loadC100Template(bytes: Uint8Array, source = 'The chosen file'): Promise<C100Template> {
  const original = await parseTemplatePdf(bytes, source);
  const verification = verifyTemplateStructure(original, source);
  const doc = copyDocument(original);
  const repair = repairTemplate(doc);
  const repairedBytes = saveIncremental(bytes, original, doc);
  return { source, bytes: repairedBytes, doc, verification, repair };
}
