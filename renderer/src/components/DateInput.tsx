/**
 * Day, month and year boxes (GOV.UK date input). Values are kept exactly as typed (strings:
 * DRAFT-CONTRACT.md "DateParts"); the step's schema says what is wrong on Continue. Only the boxes
 * the error is about are outlined in red; an error about the whole date outlines all three.
 */
import { classNames } from './classNames';
import { ErrorMessage, Fieldset, FormGroup, Hint, describedBy } from './FormParts';

export type DatePart = 'day' | 'month' | 'year';
export type DateValue = Partial<Record<DatePart, string>>;

export interface DateInputProps {
  id: string;
  legend: string;
  legendIsHeading?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  /** The boxes the error is about; all three when absent. */
  errorParts?: readonly DatePart[] | undefined;
  value: DateValue | undefined;
  onChange: (value: DateValue) => void;
  /** `bday` for a date of birth of the user (WCAG 1.3.5); nothing for other people's dates. */
  autoCompletePrefix?: 'bday' | undefined;
}

const PARTS: { part: DatePart; label: string; widthClass: string }[] = [
  { part: 'day', label: 'Day', widthClass: 'govuk-input--width-2' },
  { part: 'month', label: 'Month', widthClass: 'govuk-input--width-2' },
  { part: 'year', label: 'Year', widthClass: 'govuk-input--width-4' },
];

/** The id of one box; the day box comes first, so the error summary links to the first box in error. */
export function datePartId(id: string, part: DatePart): string {
  return `${id}-${part}`;
}

export function DateInput(props: DateInputProps) {
  const { id, legend, legendIsHeading, hint, error, errorParts, value, onChange, autoCompletePrefix } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const partsInError = new Set<DatePart>(error ? (errorParts && errorParts.length > 0 ? errorParts : ['day', 'month', 'year']) : []);
  return (
    <FormGroup hasError={Boolean(error)}>
      <Fieldset legend={legend} legendIsHeading={legendIsHeading ?? false} describedBy={describedBy(hintId, errorId)} role="group">
        {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
        {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className="govuk-date-input" id={id}>
          {PARTS.map(({ part, label, widthClass }) => {
            const partId = datePartId(id, part);
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={partId}>
                    {label}
                  </label>
                  <input
                    className={classNames('govuk-input govuk-date-input__input', widthClass, partsInError.has(part) && 'govuk-input--error')}
                    id={partId}
                    name={partId}
                    type="text"
                    inputMode="numeric"
                    spellCheck={false}
                    autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${part}` : undefined}
                    value={value?.[part] ?? ''}
                    onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
