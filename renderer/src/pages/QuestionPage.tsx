/**
 * The generic question page: renders a `PageDescription` (one journey step) with the GOV.UK question
 * page pattern and checks it on Continue only (DESIGN.md "Data flow" 2).
 *
 * - Edits go into the draft at once (`onDraftChange`); nothing on the page is ever cleared.
 * - Continue validates the page's values with the step's schema. Failing: the error summary takes
 *   focus, each field shows its message, the title starts with "Error: ". Passing: `onContinue`.
 * - "Save and close" saves without validating: a half-finished page is a normal thing to leave.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '../components/ErrorSummary';
import { Button, ButtonGroup } from '../components/Misc';
import { usePageTitle } from '../components/usePageTitle';
import { ContentBlocks } from './ContentBlocks';
import { setAtPath } from './draftPaths';
import { FieldView, errorTargetId, type CollectionAction } from './FieldView';
import { allFields, assignErrors, readPageValues, validatePage } from './pageValues';
import type { FieldDescriptor, PageDescription, PageError, PageValues } from './pageTypes';

export interface QuestionPageProps<D> {
  page: PageDescription;
  draft: D;
  onDraftChange: (draft: D) => void;
  /** Called when Continue finds no problem, with the page's checked values. */
  onContinue: (values: PageValues) => void;
  onSaveAndClose?: () => void;
  onCollectionAction?: (field: FieldDescriptor & { kind: 'collection' }, action: CollectionAction) => void;
}

export function QuestionPage<D>({ page, draft, onDraftChange, onContinue, onSaveAndClose, onCollectionAction }: QuestionPageProps<D>) {
  const { content } = page;
  const [errors, setErrors] = useState<PageError[]>([]);
  const [attempt, setAttempt] = useState(0);
  usePageTitle(content.title, errors.length > 0);

  const byField = useMemo(() => assignErrors(errors, content.fields), [errors, content.fields]);
  const summaryItems = useMemo<ErrorSummaryItem[]>(() => {
    const items: ErrorSummaryItem[] = [];
    for (const field of allFields(content.fields)) {
      const fieldErrors = byField.get(field.path) ?? [];
      if (!showsErrorPerPart(field)) {
        for (const error of fieldErrors.slice(0, 1)) items.push({ targetId: errorTargetId(field, error), message: error.message });
        continue;
      }
      // GOV.UK error summary: every error the page shows is listed, each linking to its own box, in
      // the order of the boxes; one error per box (the first, as the box itself shows).
      const byTarget = new Map<string, string>();
      for (const error of fieldErrors) {
        const targetId = errorTargetId(field, error);
        if (!byTarget.has(targetId)) byTarget.set(targetId, error.message);
      }
      const order = partTargetIds(field);
      const targets = [...byTarget.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      for (const targetId of targets) items.push({ targetId, message: byTarget.get(targetId) ?? '' });
    }
    return items;
  }, [byField, content.fields]);

  const only = content.fields.length === 1 ? content.fields[0] : undefined;
  // The label is the heading only when nothing has to come between them (GOV.UK question pages).
  const labelIsHeading = content.questionIsHeading && only !== undefined && only.kind !== 'collection' && content.body.length === 0;

  function handleChange(path: string, value: unknown): void {
    onDraftChange(setAtPath(draft, path, value));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const values = readPageValues(draft, content.fields);
    const found = validatePage(page.schema, values);
    setErrors(found);
    setAttempt((count) => count + 1);
    if (found.length === 0) onContinue(values);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summaryItems} attempt={attempt} />
        {content.caption && <span className="govuk-caption-l">{content.caption}</span>}
        {!labelIsHeading && <h1 className="govuk-heading-l">{content.title}</h1>}
        {!labelIsHeading && content.hint && <p className="govuk-body govuk-hint">{content.hint}</p>}
        <ContentBlocks blocks={content.body} />
        <form noValidate onSubmit={handleSubmit}>
          {content.fields.map((field) => (
            <FieldView
              key={field.path}
              field={labelIsHeading && content.hint && !field.hint ? { ...field, hint: content.hint } : field}
              draft={draft}
              errors={byField}
              onChange={handleChange}
              isHeading={labelIsHeading}
              onCollectionAction={onCollectionAction}
            />
          ))}
          <ButtonGroup>
            {content.continueLabel !== undefined && (
              <Button type="submit">{content.continueLabel}</Button>
            )}
            {onSaveAndClose && (
              <Button variant="secondary" onClick={onSaveAndClose}>
                Save and close
              </Button>
            )}
          </ButtonGroup>
        </form>
      </div>
    </div>
  );
}

/** Fields whose parts each show their own error (an address's lines, each person's choice). */
function showsErrorPerPart(field: FieldDescriptor): field is FieldDescriptor & { kind: 'address' | 'personChoices' } {
  return field.kind === 'address' || field.kind === 'personChoices';
}

/** The ids of a field's parts in display order, for ordering its errors in the summary. */
function partTargetIds(field: FieldDescriptor & { kind: 'address' | 'personChoices' }): string[] {
  const ids = field.kind === 'address' ? field.parts.map((part) => part.key) : field.people.map((person) => person.id);
  return ids.map((part) => errorTargetId(field, { path: `${field.path}.${part}`, message: '' }));
}
