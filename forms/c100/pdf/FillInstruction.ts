/**
 * The contract between the field map (`forms/c100/pdf/fieldMap/**`) and the PDF fill engine
 * (`forms/c100/pdf/fillC100`). The field map turns a `C100Application` into a flat list of
 * instructions, one per widget it sets; the engine applies them through pdf-lib's form API and
 * moves whatever does not fit onto numbered continuation sheets (issue 3 "Text, fonts, overflow").
 */

/** Put `value` into the text widget named `widget` (a name from C100-04.24-widgets.json). */
export interface TextFillInstruction {
  readonly widget: string;
  readonly kind: 'text';
  /** The full text. Never pre-truncate: the engine measures it and overflows to a continuation sheet. */
  readonly value: string;
  /**
   * Title for the continuation sheet if the value does not fit, e.g. "Section 5b – Brief details
   * of the application". Optional: the engine falls back to the widget's tooltip or name.
   */
  readonly question?: string;
  /** Section heading for the continuation sheet, e.g. "5. Why are you making this application?". */
  readonly section?: string;
  /**
   * What to do when the value does not fit. 'continue' (default): the box says "See continuation
   * sheet N" and the full text goes on that sheet. 'shrink': reduce the font size down to a
   * minimum before continuing (useful for names in narrow boxes).
   */
  readonly overflow?: 'continue' | 'shrink';
}

/** Tick (or clear) the check box widget named `widget`. */
export interface CheckFillInstruction {
  readonly widget: string;
  readonly kind: 'check';
  readonly checked: boolean;
  /**
   * For a check box field with several widgets that each carry a different "on" state, the state to
   * select. In C100 04.24 page 27: 'Check Box3' has 'Applicant' | "Applicant's legal rep"
   * (signatory capacity), and the statement of truth ticks 'I believe' | 'The applicant believes'
   * belong to the field `STATEMENT_OF_TRUTH_FIELD` (see repairTemplate: in the template they were
   * kids of 'Check Box1', the section 3a health-professional letter box, which the repair splits off).
   * Omit for ordinary single-widget check boxes.
   */
  readonly option?: string;
}

export type FillInstruction = TextFillInstruction | CheckFillInstruction;
