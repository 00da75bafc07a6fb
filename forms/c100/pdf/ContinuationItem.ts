/**
 * A block of content that goes on a numbered continuation sheet appended to the C100 (the paper
 * form: "If there is not enough space please attach separate sheets"; PROVENANCE.md capacity list).
 *
 * The field map passes whole extra blocks (a fifth child, a third applicant/respondent/other person,
 * a second previous-proceedings block) as ContinuationItems; the fill engine creates further items
 * itself for text that does not fit its box.
 */
export interface ContinuationItem {
  /** Heading of the sheet, e.g. "Child 5" or "Applicant 3". */
  readonly title: string;
  /** The C100 section the block continues, e.g. "1. The child(ren)" or "11. About you (the applicant(s))". */
  readonly section: string;
  /** Question/answer rows in the order of the paper form: [label, value]. Values may be long; they wrap. */
  readonly rows: readonly (readonly [label: string, value: string])[];
}
