/**
 * Where the printed box lies inside a C100 04.24 text widget whose rectangle is larger than it
 * (issue 3 "every value inside its box"). In most boxes the printed border runs along the widget's
 * edges; in these the widget reaches 2–5 pt beyond the printed border (section 4 service name and
 * sole trader name reach into the box above), so text placed by the widget's rectangle sat on the
 * printed line. Measured on a 144 dpi pdftoppm render of the blank template: the distance in points
 * from the widget's top and bottom edge to the printed border inside it (for 5b, to below the guidance
 * line printed inside the box, from pdftotext -bbox).
 */
export interface PrintedBoxInset {
  readonly top: number;
  readonly bottom: number;
}

const NO_INSET: PrintedBoxInset = { top: 0, bottom: 0 };

const INSETS: ReadonlyMap<string, PrintedBoxInset> = new Map<string, PrintedBoxInset>([
  ['Please specify the nature of the order you seek. For example, an order about with whom a child is to live, or how often they spend time with the applicant and for how long', { top: 1.9, bottom: 4 }],
  ['Text2x', { top: 0, bottom: 3.6 }],
  ['Text3', { top: 1.4, bottom: 2.7 }],
  ['Authorised Family Mediator signature box', { top: 0, bottom: 2.1 }],
  ['Family Mediation Service name', { top: 4.4, bottom: 0 }],
  ['Sole trader name', { top: 4.8, bottom: 1.2 }],
  ["Authorised Family Mediator's address", { top: 4.7, bottom: 1.8 }],
  ['5a Reasons for permission if permission is required', { top: 3, bottom: 2.6 }],
  [
    '5b. Please give brief details of: any previous agreements (formal or informal) or parenting plans, and how they have broken down, your reasons for bringing this application to the court, what you want the court to do, and reasons given by the respondent(s) for their actions in relation to this application',
    // The box prints "You may be asked to provide a full statement later." inside the widget's top.
    { top: 6.5, bottom: 3 },
  ],
  ['What efforts have you made to put each respondent on notice of the application?', { top: 3.8, bottom: 2.1 }],
  ['7. Name of the court where', { top: 2.2, bottom: 3 }],
  ['7. Case no', { top: 2.2, bottom: 2.3 }],
  ['If you have any reason to believe that there may be an issue as to jurisdiction in this case, please give details', { top: 5.4, bottom: 4.1 }],
  [
    'If a request been made or should a request be made to a Central Authority or other competent authority in a foreign state or a consular authority in England and Wales, please give details',
    { top: 2.3, bottom: 3 },
  ],
  ['If you are aware of whether an intermediary will be required, please give details', { top: 2.6, bottom: 3.1 }],
  [
    'If attending the court, and you or any of the parties involved have a disability for which you require special assistance or special facilities, please say what the needs are',
    { top: 5.1, bottom: 1.4 },
  ],
  ['11. Email address - applicant 1', { top: 3.2, bottom: 1.6 }],
  ['11. Email address - applicant 2', { top: 3.2, bottom: 1.6 }],
  ['If No, please provide details of all previous addresses applicant 1 has lived at for the last 5 years', { top: 4.9, bottom: 3.1 }],
  ['If No, please provide details of all previous addresses applicant 2 has lived at for the last 5 years', { top: 5.4, bottom: 3 }],
  ['12. Email address - respondent 1', { top: 2.9, bottom: 2.4 }],
  ['12. Email address - respondent 2', { top: 2.9, bottom: 1.9 }],
  ['13a. Full name of other child that is not part of the application - 1', { top: 1.8, bottom: 2.1 }],
  ['13a. Full name of other child that is not part of the application - 2', { top: 1.9, bottom: 2.1 }],
]);

/** The printed box's inset inside the named widget (zero for boxes drawn along the widget's edges). */
export function printedBoxInset(widget: string): PrintedBoxInset {
  return INSETS.get(widget) ?? NO_INSET;
}

/** The widgets whose printed box is measured here (for tests). */
export const PRINTED_BOX_WIDGETS: readonly string[] = [...INSETS.keys()];
