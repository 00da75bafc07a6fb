/**
 * Checkboxes (GOV.UK checkboxes) with conditional reveals and an exclusive option ("None of these"):
 * ticking the exclusive option unticks every other one, and ticking another unticks it (GOV.UK
 * "Add an option for 'none'"). Options can be grouped under sub-headings (e.g. the MIAM evidence).
 */
import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { ErrorMessage, Fieldset, FormGroup, Hint, describedBy } from './FormParts';
import { itemId } from './Radios';

export interface CheckboxOption {
  value: string;
  label: string;
  hint?: string | undefined;
  /** Ticking this option clears all others (and the others clear it). */
  exclusive?: boolean | undefined;
  conditional?: ReactNode;
  /** A sub-heading shown before this option (the first option of a group). */
  groupHeading?: { label: string; hint?: string | undefined } | undefined;
}

export interface CheckboxesProps {
  id: string;
  legend: string;
  legendIsHeading?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: CheckboxOption[];
}

/** The ticked values after `value` is ticked or unticked, honouring exclusive options. */
export function toggleCheckbox(options: readonly CheckboxOption[], current: readonly string[], value: string, checked: boolean): string[] {
  if (!checked) return current.filter((existing) => existing !== value);
  const isExclusive = options.some((option) => option.value === value && option.exclusive === true);
  if (isExclusive) return [value];
  const exclusiveValues = new Set(options.filter((option) => option.exclusive === true).map((option) => option.value));
  const kept = current.filter((existing) => !exclusiveValues.has(existing) && existing !== value);
  // Keep the display order of the options, so the draft is stable whatever order they were ticked in.
  const ticked = new Set([...kept, value]);
  return options.map((option) => option.value).filter((optionValue) => ticked.has(optionValue));
}

export function Checkboxes({ id, legend, legendIsHeading, hint, error, values, onChange, options }: CheckboxesProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormGroup hasError={Boolean(error)}>
      <Fieldset legend={legend} legendIsHeading={legendIsHeading ?? false} describedBy={describedBy(hintId, errorId)}>
        {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
        {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className="govuk-checkboxes">
          {options.map((option, index) => {
            const inputId = itemId(id, index);
            const optionHintId = option.hint ? `${inputId}-item-hint` : undefined;
            const conditionalId = `conditional-${inputId}`;
            const checked = values.includes(option.value);
            // "or" before an exclusive option that follows ordinary ones (GOV.UK pattern).
            const showDivider = option.exclusive === true && index > 0 && options[index - 1]?.exclusive !== true;
            return (
              <CheckboxItem key={option.value} showDivider={showDivider} groupHeading={option.groupHeading} headingId={`${inputId}-group`}>
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id={inputId}
                    name={id}
                    type="checkbox"
                    value={option.value}
                    checked={checked}
                    aria-describedby={optionHintId}
                    aria-controls={option.conditional !== undefined ? conditionalId : undefined}
                    onChange={(event) => onChange(toggleCheckbox(options, values, option.value, event.target.checked))}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                    {option.label}
                  </label>
                  {option.hint && optionHintId && (
                    <div id={optionHintId} className="govuk-hint govuk-checkboxes__hint">
                      {option.hint}
                    </div>
                  )}
                </div>
                {option.conditional !== undefined && (
                  <div
                    className={classNames('govuk-checkboxes__conditional', !checked && 'govuk-checkboxes__conditional--hidden')}
                    id={conditionalId}
                    hidden={!checked}
                  >
                    {option.conditional}
                  </div>
                )}
              </CheckboxItem>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}

function CheckboxItem(props: {
  showDivider: boolean;
  groupHeading: CheckboxOption['groupHeading'];
  headingId: string;
  children: ReactNode;
}) {
  const { showDivider, groupHeading, headingId, children } = props;
  return (
    <>
      {groupHeading && (
        <div className="govuk-!-margin-top-4">
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1" id={headingId}>
            {groupHeading.label}
          </p>
          {groupHeading.hint && <p className="govuk-hint">{groupHeading.hint}</p>}
        </div>
      )}
      {showDivider && <div className="govuk-checkboxes__divider">or</div>}
      {children}
    </>
  );
}
