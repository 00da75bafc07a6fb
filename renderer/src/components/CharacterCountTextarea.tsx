/**
 * A textarea with a character count (GOV.UK character count). The limit comes from the step's
 * schema (forms/c100/fields.ts LIMITS). Typing past the limit is allowed and nothing is cut: the count
 * says how many characters too many, and Continue reports it (GOV.UK: let users paste, then edit).
 * Screen readers hear the count only after a pause in typing, so it does not talk over every key.
 */
import { useEffect, useState } from 'react';
import { classNames } from './classNames';
import { ErrorMessage, FormGroup, Hint, Label, describedBy } from './FormParts';

export interface CharacterCountTextareaProps {
  id: string;
  label: string;
  labelIsHeading?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows?: number | undefined;
}

/** The count in words, as the GOV.UK component phrases it. */
export function characterCountMessage(length: number, maxLength: number): string {
  const remaining = maxLength - length;
  if (remaining >= 0) return `You have ${remaining} ${remaining === 1 ? 'character' : 'characters'} remaining`;
  const over = -remaining;
  return `You have ${over} ${over === 1 ? 'character' : 'characters'} too many`;
}

/** How long typing must pause before the count is announced. */
const ANNOUNCE_DELAY_MS = 1000;

export function CharacterCountTextarea(props: CharacterCountTextareaProps) {
  const { id, label, labelIsHeading, hint, error, value, onChange, maxLength, rows = 5 } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const infoId = `${id}-info`;
  const length = [...value].length;
  const isOver = length > maxLength;
  const message = characterCountMessage(length, maxLength);
  const [announced, setAnnounced] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <div className="govuk-character-count">
      <FormGroup hasError={Boolean(error)}>
        <Label htmlFor={id} isPageHeading={labelIsHeading ?? false}>
          {label}
        </Label>
        {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
        {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <textarea
          id={id}
          name={id}
          className={classNames('govuk-textarea', 'govuk-js-character-count', (error || isOver) && 'govuk-textarea--error')}
          rows={rows}
          value={value}
          aria-describedby={describedBy(hintId, errorId, infoId)}
          onChange={(event) => onChange(event.target.value)}
        />
        {/* The limit in words for assistive technology (the visible count below is aria-hidden). */}
        <div id={infoId} className="govuk-visually-hidden">
          You can enter up to {maxLength} characters
        </div>
        <div
          className={classNames(
            'govuk-character-count__message',
            'govuk-character-count__status',
            isOver ? 'govuk-error-message' : 'govuk-hint',
            isOver && 'govuk-character-count__status--error',
          )}
          aria-hidden="true"
        >
          {message}
        </div>
        <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
          {announced}
        </div>
      </FormGroup>
    </div>
  );
}
