/**
 * Radios (GOV.UK radios) with follow-up questions revealed under the answer that needs them.
 * The first radio's id is the question's id, so the error summary link lands on it (GOV.UK pattern).
 * A revealed block stays in the page but `hidden` while its answer is not chosen: what was typed in
 * it is kept (nothing is cleared on the page; the journey clears dependent answers on Continue).
 */
import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { ErrorMessage, Fieldset, FormGroup, Hint, describedBy } from './FormParts';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string | undefined;
  /** Follow-up questions shown under this option while it is chosen. */
  conditional?: ReactNode;
  /** A divider ("or") shown before this option. */
  dividerBefore?: string | undefined;
}

export interface RadiosProps {
  id: string;
  legend: string;
  legendIsHeading?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  value: string | undefined;
  onChange: (value: string) => void;
  options: RadioOption[];
  inline?: boolean | undefined;
}

/** The id of the n-th item (0-based) of a radios or checkboxes question. */
export function itemId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

export function Radios({ id, legend, legendIsHeading, hint, error, value, onChange, options, inline }: RadiosProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const hasConditional = options.some((option) => option.conditional !== undefined);
  return (
    <FormGroup hasError={Boolean(error)}>
      <Fieldset legend={legend} legendIsHeading={legendIsHeading ?? false} describedBy={describedBy(hintId, errorId)}>
        {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
        {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className={classNames('govuk-radios', inline && !hasConditional && 'govuk-radios--inline')}>
          {options.map((option, index) => {
            const inputId = itemId(id, index);
            const optionHintId = option.hint ? `${inputId}-item-hint` : undefined;
            const conditionalId = `conditional-${inputId}`;
            const checked = value === option.value;
            return (
              <RadioItem key={option.value} dividerBefore={option.dividerBefore}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={inputId}
                    name={id}
                    type="radio"
                    value={option.value}
                    checked={checked}
                    aria-describedby={optionHintId}
                    aria-controls={option.conditional !== undefined ? conditionalId : undefined}
                    onChange={() => onChange(option.value)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                    {option.label}
                  </label>
                  {option.hint && optionHintId && (
                    <div id={optionHintId} className="govuk-hint govuk-radios__hint">
                      {option.hint}
                    </div>
                  )}
                </div>
                {option.conditional !== undefined && (
                  <div
                    className={classNames('govuk-radios__conditional', !checked && 'govuk-radios__conditional--hidden')}
                    id={conditionalId}
                    hidden={!checked}
                  >
                    {option.conditional}
                  </div>
                )}
              </RadioItem>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}

function RadioItem({ dividerBefore, children }: { dividerBefore: string | undefined; children: ReactNode }) {
  return (
    <>
      {dividerBefore && <div className="govuk-radios__divider">{dividerBefore}</div>}
      {children}
    </>
  );
}
