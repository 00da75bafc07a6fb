/**
 * One checkbox stored as `true` or absent ("I don't know their date of birth"), with an optional
 * follow-up revealed while it is ticked. No fieldset: a single control is labelled by its own label.
 */
import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { ErrorMessage, FormGroup } from './FormParts';

export interface SingleCheckboxProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  conditional?: ReactNode;
}

export function SingleCheckbox({ id, label, hint, error, checked, onChange, conditional }: SingleCheckboxProps) {
  const hintId = hint ? `${id}-item-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const conditionalId = `conditional-${id}`;
  return (
    <FormGroup hasError={Boolean(error)}>
      {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <div className="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
            aria-controls={conditional !== undefined ? conditionalId : undefined}
            onChange={(event) => onChange(event.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && hintId && (
            <div id={hintId} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
        {conditional !== undefined && (
          <div
            className={classNames('govuk-checkboxes__conditional', !checked && 'govuk-checkboxes__conditional--hidden')}
            id={conditionalId}
            hidden={!checked}
          >
            {conditional}
          </div>
        )}
      </div>
    </FormGroup>
  );
}
