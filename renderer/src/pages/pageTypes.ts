/**
 * What the generic question page renders: a page description, built from a journey step. The field
 * and content types are the journey's own (`forms/c100/steps/types.ts`): the renderer owns no domain
 * rules, it shows what the journey describes.
 */
import type { z } from 'zod';
import type { AddressField, PageValues, StepContent, StepError, StepKind } from '../../../forms/c100/steps/types';

export type {
  AddressField,
  CheckboxField,
  CheckboxesField,
  ChoiceGroup,
  ChoiceOption,
  CollectionField,
  ContentBlock,
  DateField,
  FieldDescriptor,
  FieldKind,
  PageValues,
  PersonChoicesField,
  PersonPickerField,
  RadiosField,
  SelectField,
  TextField,
  TextareaField,
} from '../../../forms/c100/steps/types';

export type AddressPartKey = AddressField['parts'][number]['key'];
/** The content of one page instance (the journey's `StepContent`). */
export type PageContent = StepContent;
/** The journey's `StepKind`. */
export type PageKind = StepKind;
/** An inline error at a draft path (a field path, or a part of one such as `…dateOfBirth.month`). */
export type PageError = StepError;

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
