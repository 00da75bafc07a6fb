/**
 * The small parts every GOV.UK form control shares: hint, error message, label, fieldset and legend.
 * Markup follows the GOV.UK Design System so its styles and its accessibility research apply.
 */
import type { ReactNode } from 'react';
import { classNames } from './classNames';

/** `aria-describedby` value from the ids that exist (hint first, then error, as GOV.UK orders them). */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : undefined;
}

export function Hint({ id, children, className }: { id: string; children: ReactNode; className?: string }) {
  return (
    <div id={id} className={classNames('govuk-hint', className)}>
      {children}
    </div>
  );
}

/** The inline error. "Error:" is read out by screen readers before the message (GOV.UK error message). */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

export interface LabelProps {
  htmlFor: string;
  children: ReactNode;
  /** The label is the page's heading (one question per page: GOV.UK "question pages"). */
  isPageHeading?: boolean;
  className?: string;
}

export function Label({ htmlFor, children, isPageHeading = false, className }: LabelProps) {
  if (isPageHeading) {
    return (
      <h1 className="govuk-label-wrapper">
        <label className={classNames('govuk-label govuk-label--l', className)} htmlFor={htmlFor}>
          {children}
        </label>
      </h1>
    );
  }
  return (
    <label className={classNames('govuk-label', className)} htmlFor={htmlFor}>
      {children}
    </label>
  );
}

export interface FieldsetProps {
  legend: ReactNode;
  /** The legend is the page's heading (one question per page). */
  legendIsHeading?: boolean;
  /** Legend size when it is not the heading. */
  legendSize?: 's' | 'm';
  describedBy?: string | undefined;
  children: ReactNode;
  /** Date inputs are a group the screen reader announces as one control (GOV.UK date input). */
  role?: 'group';
}

export function Fieldset({ legend, legendIsHeading = false, legendSize = 'm', describedBy: ariaDescribedBy, children, role }: FieldsetProps) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={ariaDescribedBy} role={role}>
      {legendIsHeading ? (
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
          <h1 className="govuk-fieldset__heading">{legend}</h1>
        </legend>
      ) : (
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
      )}
      {children}
    </fieldset>
  );
}

/** The wrapper of one question; red bar on the left when it has an error. */
export function FormGroup({ hasError, children }: { hasError: boolean; children: ReactNode }) {
  return <div className={classNames('govuk-form-group', hasError && 'govuk-form-group--error')}>{children}</div>;
}
