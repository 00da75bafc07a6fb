/**
 * Reads an exported PDF back with independent means (issue 3 and 5 "Done when"): the form fields
 * with pdf-lib on the saved bytes, the page text with poppler's `pdftotext`. Also what the C100's
 * fields should hold for an example draft, from the field map (`buildC100Fill`), to compare with.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { PDFCheckBox, PDFDocument, PDFName, PDFTextField } from 'pdf-lib';
import type { C100Draft } from '../../../forms/c100/draft';
import { buildC100Fill } from '../../../forms/c100/pdf/fieldMap/buildC100Fill';
import { toApplication } from '../../../forms/c100/toApplication';

export type FieldValue = { kind: 'text'; value: string } | { kind: 'check'; state: string | undefined };

/** Every text and check box field of the PDF, by name: the text, or the chosen on-state (undefined when off). */
export async function readFormFields(file: string): Promise<Map<string, FieldValue>> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const fields = new Map<string, FieldValue>();
  for (const field of doc.getForm().getFields()) {
    if (field instanceof PDFTextField) fields.set(field.getName(), { kind: 'text', value: field.getText() ?? '' });
    else if (field instanceof PDFCheckBox) {
      // The field's /V is the chosen on-state (several widgets may carry different ones).
      const v = field.acroField.dict.get(PDFName.of('V'));
      const state = v instanceof PDFName ? v.decodeText() : undefined;
      fields.set(field.getName(), { kind: 'check', state: state === undefined || state === 'Off' ? undefined : state });
    }
  }
  return fields;
}

/** The text of the whole PDF as poppler's `pdftotext` extracts it. */
export function pdfText(file: string): string {
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed on ${file}: ${run.stderr}`);
  return run.stdout;
}

/** What the field map puts into the C100 for this draft (which must be complete). */
export function expectedC100Fill(draft: C100Draft, today?: string): ReturnType<typeof buildC100Fill> {
  const result = toApplication(draft, today ? { today } : {});
  if (!result.ok) throw new Error(`The example is not complete: ${result.issues.map((issue) => issue.message).join('; ')}`);
  return buildC100Fill(result.application);
}

/** A box whose text went to a continuation sheet ("See continuation sheet 3", or a shorter pointer). */
const CONTINUATION_POINTER = /^(See continuation sheet|See cont\. sheet|Cont\. sheet|Sheet) \d+$|^\*\d+$/;

/** Where the fields read back differ from the fill expected for the example. */
export function fillDifferences(fields: ReadonlyMap<string, FieldValue>, expected: ReturnType<typeof buildC100Fill>): string[] {
  const out: string[] = [];
  for (const instruction of expected.instructions) {
    const actual = fields.get(instruction.widget);
    if (instruction.kind === 'text') {
      if (actual?.kind !== 'text') out.push(`${instruction.widget}: no text field in the PDF`);
      else if (actual.value !== instruction.value && !CONTINUATION_POINTER.test(actual.value)) {
        out.push(`${instruction.widget}: reads “${actual.value}”, expected “${instruction.value}”`);
      }
    } else if (actual?.kind !== 'check') {
      out.push(`${instruction.widget}: no check box in the PDF`);
    } else if ((actual.state !== undefined) !== instruction.checked) {
      out.push(`${instruction.widget}: ${actual.state === undefined ? 'not ticked' : 'ticked'}, expected ${instruction.checked ? 'ticked' : 'not ticked'}`);
    } else if (instruction.checked && instruction.option !== undefined && actual.state !== instruction.option) {
      out.push(`${instruction.widget}: ticked as “${actual.state ?? ''}”, expected “${instruction.option}”`);
    }
  }
  return out;
}

/** The text of a text field, or a failure naming the field. */
export function textOf(fields: ReadonlyMap<string, FieldValue>, name: string): string {
  const field = fields.get(name);
  if (field?.kind !== 'text') throw new Error(`The PDF has no text field “${name}”`);
  return field.value;
}

/** Whether a check box is ticked, or a failure naming the field. */
export function isTicked(fields: ReadonlyMap<string, FieldValue>, name: string): boolean {
  const field = fields.get(name);
  if (field?.kind !== 'check') throw new Error(`The PDF has no check box “${name}”`);
  return field.state !== undefined;
}
