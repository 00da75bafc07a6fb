/** A one-line text input (GOV.UK text input), with label, hint and inline error. */
import type { HTMLInputAutoCompleteAttribute } from 'react';
import { classNames } from './classNames';
import { ErrorMessage, FormGroup, Hint, Label, describedBy } from './FormParts';

export interface TextInputProps {
  id: string;
  label: string;
  labelIsHeading?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'password';
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  autoComplete?: HTMLInputAutoCompleteAttribute | undefined;
  /** GOV.UK fixed widths: `short` fits a postcode, `medium` a phone number. */
  width?: 'short' | 'medium' | 'full' | undefined;
  spellCheck?: boolean;
}

const WIDTH_CLASS = { short: 'govuk-input--width-10', medium: 'govuk-input--width-20', full: undefined } as const;

export function TextInput(props: TextInputProps) {
  const { id, label, labelIsHeading, hint, error, value, onChange, type = 'text', inputMode, autoComplete, width = 'full', spellCheck } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormGroup hasError={Boolean(error)}>
      <Label htmlFor={id} isPageHeading={labelIsHeading ?? false}>
        {label}
      </Label>
      {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
      {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <input
        id={id}
        name={id}
        className={classNames('govuk-input', WIDTH_CLASS[width], error && 'govuk-input--error')}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        value={value}
        aria-describedby={describedBy(hintId, errorId)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormGroup>
  );
}
