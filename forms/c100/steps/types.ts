/**
 * The journey as data: one `StepDefinition` per page (DESIGN.md "Data flow"; issue 2 "The journey as
 * data"; the model is HMCTS prl-citizen-frontend's step table and MoJ c100-application's decision trees).
 *
 * A step record carries everything a generic page renderer needs (title, hint, field descriptors with
 * draft paths, option labels, conditional reveals, limits, body text of info and exit pages), so the
 * renderer owns no domain rules. Validation is the step's zod schema; navigation is `next`.
 */
import type { z } from 'zod';
import type { C100Draft } from '../draft';

/** Sections of the task list, in the order of C100-DOMAIN §10.1. */
export const SECTION_IDS = [
  'screening',
  'miam',
  'safety',
  'orders',
  'children',
  'applicants',
  'respondents',
  'otherPeople',
  'whereChildrenLive',
  'application',
  'attendingCourt',
  'fee',
  'statementOfTruth',
  'checkAnswers',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Parameters of a repeating page, e.g. `{ personId }` or `{ personId, childId }`. Values are ids or codes. */
export type StepParams = Readonly<Record<string, string>>;

/** One page instance: a step id and its parameters (empty for a page that does not repeat). */
export interface StepRef {
  id: string;
  params: StepParams;
}

/** What a step needs to build its content: the draft, its parameters and today's date (ISO, for date rules). */
export interface StepContext {
  draft: C100Draft;
  params: StepParams;
  /** ISO date YYYY-MM-DD; dates of birth and orders are checked against it (repeatable in tests). */
  today: string;
}

/**
 * - `question`: one question (or a small group) with Continue.
 * - `list`: add, change, remove and reorder the people (or court cases, interpreters) of a collection.
 * - `info`: text only, with Continue (e.g. "You do not have to attend a MIAM").
 * - `exit`: text only and no Continue: the journey cannot go on (e.g. "You need to attend a MIAM first").
 * - `checkAnswers`: the end of the journey (check your answers, then export).
 */
export type StepKind = 'question' | 'list' | 'info' | 'exit' | 'checkAnswers';

/** A choice in radios, checkboxes or a select. */
export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
  /** Checkboxes: ticking this clears every other option, and ticking another clears it ("None of these"). */
  exclusive?: boolean;
  /** Checkboxes: the id of the group (see `ChoiceGroup`) this option is shown under. */
  group?: string;
  /** Follow-up questions revealed under this option when it is chosen (GOV.UK conditional reveal). */
  reveal?: FieldDescriptor[];
}

/** A heading that groups checkbox options (the MIAM domestic abuse evidence sub-groups, kinds of order). */
export interface ChoiceGroup {
  id: string;
  label: string;
  hint?: string;
}

interface FieldBase {
  /** Dotted draft path the answer is stored at, e.g. `children.2.dateOfBirth`; also the key of the page's values. */
  path: string;
  /** The question. On a one-question page it is also the page heading (`StepContent.questionIsHeading`). */
  label: string;
  hint?: string;
  /** HTML autocomplete token (WCAG 2.2 1.3.5 "Identify input purpose"), e.g. `given-name`. */
  autocomplete?: string;
}

export interface TextField extends FieldBase {
  kind: 'text' | 'email' | 'phone' | 'postcode';
  maxLength: number;
  /** Width hint for the input: short inputs for codes and numbers. */
  width?: 'short' | 'medium' | 'full';
}

export interface TextareaField extends FieldBase {
  kind: 'textarea';
  /** Character limit, shown by a character count. */
  maxLength: number;
  rows?: number;
}

/** Radios over `options`. `yesNo` and `yesNoUnknown` are radios with the standard options already filled in. */
export interface RadiosField extends FieldBase {
  kind: 'radios';
  options: ChoiceOption[];
  /** Show the options side by side (yes/no questions without reveals). */
  inline?: boolean;
}

export interface CheckboxesField extends FieldBase {
  kind: 'checkboxes';
  options: ChoiceOption[];
  groups?: ChoiceGroup[];
}

/** A single checkbox stored as `true` or absent (e.g. "I don't know their date of birth"). */
export interface CheckboxField extends FieldBase {
  kind: 'checkbox';
  /** Follow-up questions revealed when ticked. */
  reveal?: FieldDescriptor[];
}

export interface SelectField extends FieldBase {
  kind: 'select';
  options: ChoiceOption[];
}

/** Day, month and year boxes, stored as `DateParts`. */
export interface DateField extends FieldBase {
  kind: 'date';
}

/** Address lines, town, county, postcode and country, stored as `AddressDraft` under `path`. */
export interface AddressField extends FieldBase {
  kind: 'address';
  /** Labels of the parts, in display order; every part has the limit `maxLength`. */
  parts: { key: 'line1' | 'line2' | 'line3' | 'town' | 'county' | 'postcode' | 'country'; label: string; autocomplete: string }[];
  maxLength: number;
}

/** Choose people of the application (stored as a list of their ids), e.g. who a child lives with. */
export interface PersonPickerField extends FieldBase {
  kind: 'personPicker';
  /** The people to choose from, with a label naming their role. */
  people: { id: string; label: string; role: string }[];
}

/** For each person, one choice (stored as `[{ personId, <choiceKey> }]`), e.g. Welsh: spoken, written or both. */
export interface PersonChoicesField extends FieldBase {
  kind: 'personChoices';
  people: { id: string; label: string; role: string }[];
  choiceKey: string;
  options: ChoiceOption[];
}

/** The collection a list page manages (the draft array at `path`). */
export interface CollectionField extends FieldBase {
  kind: 'collection';
  /** The page that asks the name (or first details) of a new entry; it takes `{ [paramName]: newId }`. */
  addStep: string;
  paramName: string;
  /** Words for buttons and the empty state: "Add a child", "Add another child". */
  itemNoun: string;
  /** Label of each entry, in order, with its id (the renderer shows Change / Remove / Move up / Move down). */
  items: { id: string; label: string }[];
  /** At most this many entries (the draft schema's bound). */
  max: number;
}

export type FieldDescriptor =
  | TextField
  | TextareaField
  | RadiosField
  | CheckboxesField
  | CheckboxField
  | SelectField
  | DateField
  | AddressField
  | PersonPickerField
  | PersonChoicesField
  | CollectionField;
export type FieldKind = FieldDescriptor['kind'];

/** Body text of info, exit and question pages. Links are help links (`forms/host/helpLinks.ts`). */
export type ContentBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'inset'; text: string }
  | { type: 'warning'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'link'; text: string; href: string }
  | { type: 'summary'; rows: { label: string; value: string }[] };

/** The content of one page instance, built for a draft and parameters. */
export interface StepContent {
  title: string;
  /** A caption above the title (usually the section name, or the person the page is about). */
  caption?: string;
  hint?: string;
  body: ContentBlock[];
  fields: FieldDescriptor[];
  /** True when the page asks one question whose label is the page heading (GOV.UK pattern). */
  questionIsHeading: boolean;
  /** The words on the main button; absent on exit pages (no Continue). */
  continueLabel?: string;
}

/** An inline error on a page, at a draft path (a field path, or a part of one such as `…address.town`). */
export interface StepError {
  path: string;
  message: string;
}

/** The answers of one page, keyed by field path (`pageValues`). */
export type PageValues = Record<string, unknown>;

export interface StepDefinition {
  id: string;
  section: SectionId;
  kind: StepKind;
  /** Names of the parameters this page takes (empty for a page that does not repeat). */
  params: readonly string[];
  /** Every parameter set the page can be shown with for this draft (one empty set for a non-repeating page). */
  instances(draft: C100Draft): StepParams[];
  /** Title, hint, body and fields of the page for this draft and parameters. Throws `StepParamsError`. */
  content(ctx: StepContext): StepContent;
  /**
   * Validates this page's answers (`pageValues`) with plain messages; issue paths start with a field path.
   * Built from the field rules of `fields.ts`. Throws `StepParamsError`.
   */
  schema(ctx: StepContext): z.ZodType<PageValues>;
  /**
   * The page after this one, or `undefined` on an exit page and on check your answers. Derived from the
   * journey for the draft (`journeyPath`), so branching lives in one place per section.
   */
  next(draft: C100Draft, params: StepParams, today?: string): StepRef | undefined;
}
