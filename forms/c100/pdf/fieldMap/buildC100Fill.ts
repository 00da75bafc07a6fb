/**
 * Turn a complete `C100Application` into what the fill engine needs for the official C100 04.24:
 * one instruction per mapped widget, and continuation items for whatever the paper has no room for.
 */
import type { C100Application } from '../../application';
import type { ContinuationItem } from '../ContinuationItem';
import type { FillInstruction } from '../FillInstruction';
import { buildC100Continuation } from './buildC100Continuation';
import { c100FieldMap, c100RepairedFieldMap } from './c100FieldMap';
import { confidentialValues } from './confidentiality';
import type { FieldMap } from './FieldMapping';
import { partiesHeader } from './frontPageFields';

export interface C100Fill {
  /** Text for every mapped text box that has a value; every mapped check box, ticked or not. */
  readonly instructions: FillInstruction[];
  /** Extra people and blocks for numbered continuation sheets (engine `FillOptions.continuationItems`). */
  readonly continuation: ContinuationItem[];
  /** "Applicant(s): … – Respondent(s): …" for the continuation sheets' header (`FillOptions.partiesHeader`). */
  readonly partiesHeader: string;
}

function instructionsFrom(map: FieldMap, app: C100Application): FillInstruction[] {
  const out: FillInstruction[] = [];
  for (const [widget, mapping] of Object.entries(map)) {
    switch (mapping.kind) {
      case 'text': {
        const value = mapping.value(app);
        if (value === undefined || value.trim() === '') break;
        out.push({
          widget,
          kind: 'text',
          value,
          section: mapping.section,
          question: mapping.question,
          ...(mapping.overflow ? { overflow: mapping.overflow } : {}),
        });
        break;
      }
      case 'check': {
        const checked = mapping.checked(app);
        out.push(
          checked && mapping.option
            ? { widget, kind: 'check', checked, option: mapping.option(app) }
            : { widget, kind: 'check', checked },
        );
        break;
      }
      case 'unmapped':
        break;
      default: {
        const never: never = mapping;
        throw new Error(`Unknown field mapping ${JSON.stringify(never)}`);
      }
    }
  }
  return out;
}

/**
 * Build the fill of the official C100 04.24 for an application: instructions for the template's
 * widgets (plus the statement-of-truth field the template repair creates) and continuation items
 * for a fifth child, a third applicant, respondent or other person, a third other child, a second
 * previous case and an eighth Welsh-language person. Details a party keeps confidential are left out
 * (they go on form C8). Long text is passed whole: the engine moves what does not fit.
 *
 * Throws only on an application that breaks its own type (for example a date that is not
 * YYYY-MM-DD: `TypeError`), which `toApplication` never produces.
 */
export function buildC100Fill(app: C100Application): C100Fill {
  return {
    instructions: [...instructionsFrom(c100FieldMap, app), ...instructionsFrom(c100RepairedFieldMap, app)],
    continuation: buildC100Continuation(app),
    partiesHeader: partiesHeader(app),
  };
}

/**
 * Confidential values (addresses, phones, emails, private identities) that appear in a fill:
 * empty for every fill `buildC100Fill` makes, unless the user typed such a value into free text.
 */
export function findConfidentialLeaks(
  app: C100Application,
  fill: Pick<C100Fill, 'instructions' | 'continuation'>,
): string[] {
  const texts = [
    ...fill.instructions.flatMap((i) => (i.kind === 'text' ? [i.value] : [])),
    ...fill.continuation.flatMap((item) => [
      item.title,
      ...item.rows.flatMap(([label, value]) => [label, value]),
    ]),
  ];
  return confidentialValues(app).filter((secret) => texts.some((t) => t.includes(secret)));
}
