/**
 * The expected widgets of the official C100 04.24 template, from our own inventory
 * (../shared/forms/C100-04.24-widgets.json via c100Widgets.generated.ts).
 */
import { C100_WIDGET_ROWS } from './c100Widgets.generated';

export interface C100Widget {
  readonly name: string;
  readonly type: 'text' | 'checkbox';
  /** Physical page, 1-based (printed page = physical − 2; PROVENANCE.md). */
  readonly page: number;
  /** [x1, y1, x2, y2] in PDF points. */
  readonly rect: readonly [number, number, number, number];
  /** MaxLen, or undefined when the field has none. */
  readonly maxLength: number | undefined;
  readonly multiline: boolean;
}

export const C100_TEMPLATE_VERSION = '04.24';
export const C100_PAGE_COUNT = 31;
export const C100_DOWNLOAD_URL =
  'https://www.gov.uk/government/publications/form-c100-application-under-the-children-act-1989-for-a-child-arrangements-prohibited-steps-specific-issue-section-8-order-or-to-vary-or-discharge';

export const C100_WIDGETS: readonly C100Widget[] = C100_WIDGET_ROWS.map(([name, type, page, rect, maxLength, multiline]) => ({
  name,
  type,
  page,
  rect,
  maxLength: maxLength > 0 ? maxLength : undefined,
  multiline,
}));

export const C100_WIDGETS_BY_NAME: ReadonlyMap<string, C100Widget> = new Map(C100_WIDGETS.map((w) => [w.name, w]));

/**
 * Name of the field the repair creates for the two statement-of-truth ticks on page 27
 * ('I believe' / 'The applicant believes'). In the template they are kids of 'Check Box1', whose
 * first widget is the section 3a "letter or report from an appropriate health professional" box on
 * page 7, so ticking one would tick or clear the other (C100-DOMAIN §8.3 item 3).
 */
export const STATEMENT_OF_TRUTH_FIELD = 'Statement of truth - believes';
