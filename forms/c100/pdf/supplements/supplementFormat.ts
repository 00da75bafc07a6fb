/**
 * Wording shared by the generated documents (C1A, C8, review copy): answers in plain words with the
 * labels of `enums.ts`, never codes.
 */
import type { YesNoUnknown } from '../../enums';
import { longDate } from '../fieldMap/fieldFormat';

/** The placeholder printed where a confidential detail would be (C100-DOMAIN §6.3 "[See C8]"). */
export const GIVEN_ON_C8 = 'Given on form C8';

/** What replaces a confidential value found in free text. */
export const REDACTED = `[${GIVEN_ON_C8.toLowerCase()}]`;

/** The statement of truth is never signed by this app: the signatory signs by hand (C100 04.24 section 16). */
export const SIGN_BY_HAND = 'To be signed by hand by the person named above (this app never signs for anyone).';

const ANSWER: Record<YesNoUnknown, string> = { yes: 'Yes', no: 'No', unknown: 'Don’t know' };

/** "Yes" / "No" / "Don’t know", or undefined for no answer. Throws nothing. */
export function answerText(value: YesNoUnknown | undefined): string | undefined {
  return value === undefined ? undefined : ANSWER[value];
}

/** "7 March 2016" from an ISO date; undefined stays undefined. @throws TypeError for a malformed ISO date. */
export function dateText(iso: string | undefined): string | undefined {
  return iso === undefined ? undefined : longDate(iso);
}

/** Labels of the codes in a list, joined; "None" for an empty list. Throws nothing. */
export function listText<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>): string {
  return values.length === 0 ? 'None' : values.map((v) => labels[v]).join('; ');
}

/** Join names as "A, B and C". Throws nothing. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * Replace every confidential value that a user may have typed into free text with the C8 pointer,
 * longest first so that a postcode inside an address line is covered by the line. Throws nothing.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.trim().length < 3) continue;
    out = out.split(secret).join(REDACTED);
  }
  return out;
}
