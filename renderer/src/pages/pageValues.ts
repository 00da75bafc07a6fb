/**
 * From a page description and a draft to the values the page shows, and from a failed validation to
 * the error of each field (DESIGN.md "Data flow" 2: validate on Continue, nothing cleared).
 */
import type { z } from 'zod';
import { getAtPath } from './draftPaths';
import type { FieldDescriptor, PageError, PageValues } from './pageTypes';

/** Every field of a page, including those revealed under an option, depth first in display order. */
export function allFields(fields: readonly FieldDescriptor[]): FieldDescriptor[] {
  const found: FieldDescriptor[] = [];
  for (const field of fields) {
    found.push(field);
    if (field.kind === 'radios' || field.kind === 'checkboxes') {
      for (const option of field.options) found.push(...allFields(option.reveal ?? []));
    }
    if (field.kind === 'checkbox') found.push(...allFields(field.reveal ?? []));
  }
  return found;
}

/** The page's values as stored in the draft, keyed by field path. */
export function readPageValues(draft: unknown, fields: readonly FieldDescriptor[]): PageValues {
  const values: PageValues = {};
  for (const field of allFields(fields)) values[field.path] = getAtPath(draft, field.path);
  return values;
}

/** The errors of a failed check, one per path (the first message wins, as the GOV.UK pattern asks). */
export function validatePage(schema: z.ZodType<unknown, PageValues> | undefined, values: PageValues): PageError[] {
  if (schema === undefined) return [];
  const result = schema.safeParse(values);
  if (result.success) return [];
  const errors: PageError[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    errors.push({ path, message: issue.message });
  }
  return errors;
}

/** Whether `errorPath` is at `fieldPath` or inside it (`…dateOfBirth.month` is inside `…dateOfBirth`). */
export function isWithin(errorPath: string, fieldPath: string): boolean {
  return errorPath === fieldPath || errorPath.startsWith(`${fieldPath}.`);
}

/**
 * The field each error belongs to: the field with the longest path that contains the error's path.
 * An error no field contains (a check across the page) goes to the first field, so it still has a
 * place on the page and a link in the summary.
 */
export function assignErrors(errors: readonly PageError[], fields: readonly FieldDescriptor[]): Map<string, PageError[]> {
  const flat = allFields(fields);
  const byField = new Map<string, PageError[]>();
  for (const error of errors) {
    let owner: FieldDescriptor | undefined;
    for (const field of flat) {
      if (isWithin(error.path, field.path) && (owner === undefined || field.path.length > owner.path.length)) owner = field;
    }
    owner ??= flat[0];
    if (owner === undefined) continue;
    const list = byField.get(owner.path) ?? [];
    list.push(error);
    byField.set(owner.path, list);
  }
  return byField;
}

/** A stable, valid HTML id for a field path (`children.2.dateOfBirth` → `f-children-2-dateOfBirth`). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
