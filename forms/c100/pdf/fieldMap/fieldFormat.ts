/**
 * Formatting of application values for the boxes of the C100 04.24 template: split dates, split
 * postcodes, Help with Fees blocks, names, addresses and short order labels.
 */
import type { Address, DateOfBirth, IsoDate } from '../../application';
import { PETITION_ORDER, RELATION, orderTypeOf } from '../../enums';
import type { OrderType, PetitionOrder, Relation } from '../../enums';

export interface SplitDate {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/**
 * Split an ISO date for the DD / MM / YYYY boxes (MaxLen 2/2/4, comb) of sections 11–13a, section 4
 * and page 2. Leading zeros are kept: the comb boxes have exactly two cells for day and month.
 * @throws TypeError when `iso` is not YYYY-MM-DD (the application only holds ISO dates).
 */
export function splitIsoDate(iso: IsoDate): SplitDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new TypeError(`splitIsoDate: expected YYYY-MM-DD, got "${iso}"`);
  const [, year = '', month = '', day = ''] = match;
  return { day, month, year };
}

/**
 * The eight digits DDMMYYYY for the child date-of-birth boxes of section 1 (one comb field, MaxLen 8,
 * tooltip "in the format DDMMYYYY"; the printed cells are grouped 2/2/4).
 * @throws TypeError when `iso` is not YYYY-MM-DD.
 */
export function dateDigits(iso: IsoDate): string {
  const { day, month, year } = splitIsoDate(iso);
  return `${day}${month}${year}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "7 March 2016", for dates inside free text. @throws TypeError when `iso` is not YYYY-MM-DD. */
export function longDate(iso: IsoDate): string {
  const { day, month, year } = splitIsoDate(iso);
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** A date of birth for free text: the date, or "Not known (about …)" with the estimate. */
export function describeDateOfBirth(dob: DateOfBirth): string {
  return dob.known ? longDate(dob.date) : `Not known (approximately ${longDate(dob.estimate)})`;
}

/**
 * Split a UK postcode into the outward and inward code for the two postcode boxes (MaxLen 4 each).
 * The inward code is always the last three characters (digit + two letters), so a postcode typed
 * without its space still splits correctly. Returns undefined for no postcode.
 */
export function splitPostcode(
  postcode: string | undefined,
): readonly [outward: string, inward: string] | undefined {
  if (!postcode) return undefined;
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 5) return [compact, ''];
  return [compact.slice(0, -3), compact.slice(-3)];
}

/**
 * The two three-character blocks of a Help with Fees reference for the front-page boxes
 * "HWF-[___]-[___]" (MaxLen 3 each; the "HWF" prefix is printed). Accepts "HWF-A1B-23C",
 * "HWF A1B 23C" or "HWFA1B23C". Returns undefined for anything else.
 */
export function hwfBlocks(reference: string | undefined): readonly [string, string] | undefined {
  if (!reference) return undefined;
  const match = /^HWF[- ]?([A-Z0-9]{3})[- ]?([A-Z0-9]{3})$/i.exec(reference.trim());
  if (!match) return undefined;
  return [(match[1] ?? '').toUpperCase(), (match[2] ?? '').toUpperCase()];
}

export function fullName(person: { readonly firstNames: string; readonly lastName: string }): string {
  return `${person.firstNames} ${person.lastName}`.trim();
}

// Countries printed on a UK address are redundant next to its postcode.
const UK_NAMES = /^(united kingdom|uk|great britain|england|wales|scotland|northern ireland)$/i;

/** The address without its postcode, one line per part (the address boxes exclude the postcode). */
export function addressLines(address: Address): string {
  const lines = [address.line1, address.line2, address.line3, address.town, address.county];
  if (!UK_NAMES.test(address.country.trim())) lines.push(address.country);
  return lines.filter((line): line is string => !!line && line.trim() !== '').join('\n');
}

/** The address on one text, postcode included, for continuation sheets. */
export function addressText(address: Address): string {
  return [addressLines(address).replace(/\n/g, ', '), address.postcode].filter(Boolean).join(', ');
}

/** The relation as the paper asks it ("Mother", "Grandparent", or what the user typed for Other). */
export function relationLabel(relation: Relation, otherRelation?: string): string {
  return relation === 'other' && otherRelation ? otherRelation : RELATION.labels[relation];
}

const ORDER_TYPE_LABEL: Record<OrderType, string> = {
  child_arrangements: 'Child Arrangements Order',
  prohibited_steps: 'Prohibited Steps Order',
  specific_issues: 'Specific Issue Order',
};

// Short wording of each sub-order, so that a child's orders fit the one-line box of section 1
// (about 390 pt wide): the paper asks only for the "order(s) applied for".
const SHORT_ORDER_LABEL: Record<PetitionOrder, string> = {
  child_arrangements_home: 'lives with',
  child_arrangements_time: 'spends time with',
  prohibited_steps_names: 'changing names',
  prohibited_steps_medical: 'medical treatment',
  prohibited_steps_holiday: 'holidays',
  prohibited_steps_moving: 'moving within England and Wales',
  prohibited_steps_moving_abroad: 'moving outside England and Wales',
  specific_issues_holiday: 'a holiday',
  specific_issues_school: 'school',
  specific_issues_religion: 'religion',
  specific_issues_names: 'changing names',
  specific_issues_medical: 'medical treatment',
  specific_issues_moving: 'moving within England and Wales',
  specific_issues_moving_abroad: 'moving outside England and Wales',
  specific_issues_child_return: 'return of the child',
};

function groupOrders(
  orders: readonly PetitionOrder[],
  label: (order: PetitionOrder) => string,
  format: (type: string, subs: string) => string,
): string {
  const groups = new Map<OrderType, string[]>();
  for (const order of PETITION_ORDER.values) {
    if (!orders.includes(order)) continue;
    const type = orderTypeOf(order);
    groups.set(type, [...(groups.get(type) ?? []), label(order)]);
  }
  return [...groups].map(([type, subs]) => format(ORDER_TYPE_LABEL[type], subs.join(', '))).join('; ');
}

/** "Child Arrangements Order (lives with, spends time with); …" for the one-line box of section 1. */
export function shortOrdersText(orders: readonly PetitionOrder[]): string {
  return groupOrders(
    orders,
    (order) => SHORT_ORDER_LABEL[order],
    (type, subs) => `${type} (${subs})`,
  );
}

/** The orders with the online services' full labels, grouped by order type (front page). */
export function longOrdersText(orders: readonly PetitionOrder[]): string {
  return groupOrders(
    orders,
    (order) => PETITION_ORDER.labels[order].replace(/^./, (c) => c.toLowerCase()),
    (type, subs) => `${type}: ${subs}`,
  );
}
/** Join non-empty paragraphs with a blank line between them; undefined when none. */
export function paragraphs(...parts: readonly (string | undefined | false)[]): string | undefined {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return kept.length > 0 ? kept.join('\n\n') : undefined;
}
