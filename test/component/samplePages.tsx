/**
 * Page descriptions shaped like the journey's steps (forms/c100/steps), with their own small zod
 * schemas, for the component tests. Not the real journey: these pin the renderer's behaviour.
 */
import { useState } from 'react';
import { z } from 'zod';
import { QuestionPage } from '../../renderer/src/pages/QuestionPage';
import type { PageDescription, PageValues } from '../../renderer/src/pages/pageTypes';

/** One radios question with a follow-up textarea under "Yes" (conditional reveal). */
export const courtCasesPage: PageDescription = {
  id: 'other-proceedings',
  content: {
    title: 'Have the children been involved in any other court cases?',
    caption: 'Other court cases',
    body: [],
    questionIsHeading: true,
    continueLabel: 'Continue',
    fields: [
      {
        kind: 'radios',
        path: 'proceedings.any',
        label: 'Have the children been involved in any other court cases?',
        hint: 'For example, a divorce or an earlier child arrangements case.',
        options: [
          {
            value: 'yes',
            label: 'Yes',
            reveal: [{ kind: 'textarea', path: 'proceedings.details', label: 'Give details', maxLength: 20 }],
          },
          { value: 'no', label: 'No' },
        ],
      },
    ],
  },
  schema: z
    .object({ 'proceedings.any': z.enum(['yes', 'no'], { error: 'Select yes if the children have been involved in other court cases' }), 'proceedings.details': z.string().optional() })
    .superRefine((values, ctx) => {
      if (values['proceedings.any'] !== 'yes') return;
      const details = values['proceedings.details'] ?? '';
      if (details.trim() === '') ctx.addIssue({ code: 'custom', path: ['proceedings.details'], message: 'Enter details of the other court cases' });
      else if (details.length > 20) ctx.addIssue({ code: 'custom', path: ['proceedings.details'], message: 'Details must be 20 characters or fewer' });
    }) as z.ZodType<unknown, PageValues>,
};

/** A several-question page: a name, a date of birth and checkboxes with an exclusive "None of these". */
export const childPage: PageDescription = {
  id: 'child-details',
  content: {
    title: 'About the child',
    body: [{ type: 'paragraph', text: 'Tell us about the first child.' }],
    questionIsHeading: false,
    continueLabel: 'Continue',
    fields: [
      { kind: 'text', path: 'children.0.firstNames', label: 'First names', maxLength: 100, autocomplete: 'off' },
      { kind: 'date', path: 'children.0.dateOfBirth', label: 'Date of birth', hint: 'For example, 27 3 2016' },
      {
        kind: 'checkboxes',
        path: 'children.0.orders',
        label: 'Which orders are you asking for?',
        options: [
          { value: 'lives_with', label: 'Who the child lives with' },
          { value: 'spends_time', label: 'When the child spends time with each person' },
          { value: 'none', label: 'None of these', exclusive: true, reveal: [{ kind: 'text', path: 'children.0.otherOrder', label: 'What are you asking for?', maxLength: 200 }] },
        ],
      },
    ],
  },
  schema: z.object({
    'children.0.firstNames': z.string({ error: 'Enter the child’s first names' }).trim().min(1, 'Enter the child’s first names'),
    'children.0.dateOfBirth': z.object({
      day: z.string({ error: 'Date of birth must include a day' }).regex(/^\d{1,2}$/, 'Date of birth must include a day'),
      month: z.string({ error: 'Date of birth must include a month' }).regex(/^\d{1,2}$/, 'Date of birth must include a month'),
      year: z.string({ error: 'Date of birth must include a year' }).regex(/^\d{4}$/, 'Year must include 4 numbers'),
    }, { error: 'Enter the child’s date of birth' }),
    'children.0.orders': z.array(z.string(), { error: 'Select the orders you are asking for' }).min(1, 'Select the orders you are asking for'),
  }) as z.ZodType<unknown, PageValues>,
};

export interface HarnessProps {
  page: PageDescription;
  initialDraft?: Record<string, unknown>;
  onContinue?: (values: PageValues) => void;
  /** Receives every new draft, so a test can read what is stored. */
  onDraft?: (draft: Record<string, unknown>) => void;
}

/** Holds the draft in state, as the app does, around one question page. */
export function PageHarness({ page, initialDraft = {}, onContinue = () => undefined, onDraft = () => undefined }: HarnessProps) {
  const [draft, setDraft] = useState<Record<string, unknown>>(initialDraft);
  return (
    <QuestionPage
      page={page}
      draft={draft}
      onDraftChange={(next) => {
        setDraft(next);
        onDraft(next);
      }}
      onContinue={onContinue}
    />
  );
}
