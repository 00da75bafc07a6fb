/**
 * What the generic question page renders: a page description, built from a journey step.
 *
 * These types mirror the journey contract `forms/c100/steps/types.ts` (`StepContent`,
 * `FieldDescriptor`, `ContentBlock`, `StepError`, `PageValues`) field for field, so a step's content
 * is assignable to a `PageContent` as it is. They are declared here only until that module is
 * committed; then this file re-exports them (phase 2 of issue 5) and nothing else changes.
 */
import type { z } from 'zod';

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

/** A heading that groups checkbox options. */
export interface ChoiceGroup {
  id: string;
  label: string;
  hint?: string;
}

interface FieldBase {
  /** Dotted draft path the answer is stored at, e.g. `children.2.dateOfBirth`; also the key of the page's values. */
  path: string;
  /** The question. On a one-question page it is also the page heading. */
  label: string;
  hint?: string;
  /** HTML autocomplete token (WCAG 2.2 1.3.5 "Identify input purpose"). */
  autocomplete?: string;
}

export interface TextField extends FieldBase {
  kind: 'text' | 'email' | 'phone' | 'postcode';
  maxLength: number;
  width?: 'short' | 'medium' | 'full';
}

export interface TextareaField extends FieldBase {
  kind: 'textarea';
  maxLength: number;
  rows?: number;
}

export interface RadiosField extends FieldBase {
  kind: 'radios';
  options: ChoiceOption[];
  inline?: boolean;
}

export interface CheckboxesField extends FieldBase {
  kind: 'checkboxes';
  options: ChoiceOption[];
  groups?: ChoiceGroup[];
}

/** A single checkbox stored as `true` or absent. */
export interface CheckboxField extends FieldBase {
  kind: 'checkbox';
  reveal?: FieldDescriptor[];
}

export interface SelectField extends FieldBase {
  kind: 'select';
  options: ChoiceOption[];
}

/** Day, month and year boxes, stored as `DateParts` (strings as typed). */
export interface DateField extends FieldBase {
  kind: 'date';
}

export type AddressPartKey = 'line1' | 'line2' | 'line3' | 'town' | 'county' | 'postcode' | 'country';

export interface AddressField extends FieldBase {
  kind: 'address';
  parts: { key: AddressPartKey; label: string; autocomplete: string }[];
  maxLength: number;
}

export interface PersonPickerField extends FieldBase {
  kind: 'personPicker';
  people: { id: string; label: string; role: string }[];
}

export interface PersonChoicesField extends FieldBase {
  kind: 'personChoices';
  people: { id: string; label: string; role: string }[];
  choiceKey: string;
  options: ChoiceOption[];
}

export interface CollectionField extends FieldBase {
  kind: 'collection';
  addStep: string;
  paramName: string;
  itemNoun: string;
  items: { id: string; label: string }[];
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

/** The content of one page instance (the journey's `StepContent`). */
export interface PageContent {
  title: string;
  caption?: string;
  hint?: string;
  body: ContentBlock[];
  fields: FieldDescriptor[];
  /** True when the page asks one question whose label is the page heading (GOV.UK pattern). */
  questionIsHeading: boolean;
  /** The words on the main button; absent on exit pages (no Continue). */
  continueLabel?: string;
}

/** The journey's `StepKind`. */
export type PageKind = 'question' | 'list' | 'info' | 'exit' | 'checkAnswers';

/** An inline error at a draft path (a field path, or a part of one such as `…dateOfBirth.month`). */
export interface PageError {
  path: string;
  message: string;
}

/** The answers of one page, keyed by field path. */
export type PageValues = Record<string, unknown>;

/**
 * Everything the question page needs: what to show and how to check it on Continue.
 * A journey step becomes one with `pageFromStep` (see `stepAdapter.ts`).
 */
export interface PageDescription {
  /** The step id, used for element ids and the URL. */
  id: string;
  /**
   * What kind of page it is (the journey's `StepKind`): a question page, a list of people, text with
   * Continue, an exit page (text, no Continue) or check your answers. A question page when absent.
   */
  kind?: PageKind;
  content: PageContent;
  /** Validates the page's values on Continue; issue paths start with a field path. */
  schema?: z.ZodType<unknown, PageValues>;
}
