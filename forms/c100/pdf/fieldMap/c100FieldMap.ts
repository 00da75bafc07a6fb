/**
 * The declarative field map of the official C100 04.24 template: every one of its 435 widget names
 * is either filled from a `C100Application` or listed as deliberately unmapped with the reason
 * (issue 3 "Field map"; DESIGN.md "The official PDF"). A test enumerates it against the real
 * template's AcroForm fields and page widgets.
 */
import { applicationFields } from './applicationFields';
import { attendingCourtFields } from './attendingCourtFields';
import { childrenFields } from './childrenFields';
import { closingFields, repairedFields } from './closingFields';
import type { FieldMap } from './FieldMapping';
import { frontPageFields } from './frontPageFields';
import { miamFields } from './miamFields';
import { partyFields } from './partyFields';

const sections = [
  frontPageFields,
  childrenFields,
  miamFields,
  applicationFields,
  attendingCourtFields,
  partyFields,
  closingFields,
];

function merge(parts: readonly FieldMap[]): FieldMap {
  const merged: Record<string, FieldMap[string]> = {};
  for (const part of parts) {
    for (const [name, mapping] of Object.entries(part)) {
      // A widget mapped twice would be filled twice with possibly different values.
      if (name in merged) throw new Error(`C100 field map: widget "${name}" is mapped twice`);
      merged[name] = mapping;
    }
  }
  return Object.freeze(merged);
}

/** Widget name of the C100 04.24 template → how it is filled (or why it is not). */
export const c100FieldMap: FieldMap = merge(sections);

/**
 * Fields that exist only after `repairTemplate` (not template widget names): the statement-of-truth
 * ticks split off 'Check Box1'.
 */
export const c100RepairedFieldMap: FieldMap = merge([repairedFields]);
