/** Small GOV.UK building blocks: buttons, back link, details, panel, notification banner, summary list, select. */
import type { MouseEventHandler, ReactNode } from 'react';
import { classNames } from './classNames';
import { ErrorMessage, FormGroup, Hint, Label, describedBy } from './FormParts';

export interface ButtonProps {
  children: ReactNode;
  type?: 'submit' | 'button';
  variant?: 'primary' | 'secondary' | 'warning';
  onClick?: MouseEventHandler<HTMLButtonElement>;
  disabled?: boolean;
  /** A start button ("Start a new application") carries an arrow (GOV.UK start button). */
  isStartButton?: boolean;
}

export function Button({ children, type = 'button', variant = 'primary', onClick, disabled, isStartButton }: ButtonProps) {
  return (
    <button
      type={type}
      className={classNames(
        'govuk-button',
        variant === 'secondary' && 'govuk-button--secondary',
        variant === 'warning' && 'govuk-button--warning',
        isStartButton && 'govuk-button--start',
      )}
      data-module="govuk-button"
      onClick={onClick}
      disabled={disabled}
      aria-disabled={disabled ? true : undefined}
    >
      {children}
      {isStartButton && (
        <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      )}
    </button>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}

/** "Back": goes to the previous page of the journey. Answers are already in the draft, so nothing is lost. */
export function BackLink({ href, children = 'Back' }: { href: string; children?: ReactNode }) {
  return (
    <a href={href} className="govuk-back-link">
      {children}
    </a>
  );
}

/** Help that most people do not need, one click away (GOV.UK details). */
export function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

/** The end of a task (GOV.UK panel), e.g. "Your forms are ready". */
export function Panel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title">{title}</h1>
      {children && <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}

/**
 * A message about the app rather than the page (GOV.UK notification banner). `success` is announced
 * at once (role alert), the neutral one is a labelled region.
 */
export function NotificationBanner({ title, heading, children, type = 'neutral' }: { title: string; heading?: string; children?: ReactNode; type?: 'neutral' | 'success' }) {
  const titleId = `notification-${type}-title`;
  return (
    <div
      className={classNames('govuk-notification-banner', type === 'success' && 'govuk-notification-banner--success')}
      role={type === 'success' ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading && <p className="govuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
  /** Where "Change" goes; no link when absent. */
  changeHref?: string;
  /** Words read after "Change" by screen readers ("Change date of birth"); defaults to the key. */
  changeLabel?: string;
}

/** Answers with Change links (GOV.UK summary list), for check your answers. */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  const anyActions = rows.some((row) => row.changeHref !== undefined);
  return (
    <dl className="govuk-summary-list">
      {rows.map((row, index) => (
        <div
          className={classNames('govuk-summary-list__row', anyActions && row.changeHref === undefined && 'govuk-summary-list__row--no-actions')}
          key={`${index}:${row.key}`}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value app-break-word">{row.value}</dd>
          {row.changeHref !== undefined && (
            <dd className="govuk-summary-list__actions">
              <a className="govuk-link" href={row.changeHref}>
                Change<span className="govuk-visually-hidden"> {(row.changeLabel ?? row.key).toLowerCase()}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

export interface SelectProps {
  id: string;
  label: string;
  labelIsHeading?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  value: string | undefined;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}

/** A drop-down (GOV.UK select), with an empty first choice so nothing is chosen for the user. */
export function Select({ id, label, labelIsHeading, hint, error, value, onChange, options }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormGroup hasError={Boolean(error)}>
      <Label htmlFor={id} isPageHeading={labelIsHeading ?? false}>
        {label}
      </Label>
      {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
      {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <select
        id={id}
        name={id}
        className={classNames('govuk-select', error && 'govuk-select--error')}
        value={value ?? ''}
        aria-describedby={describedBy(hintId, errorId)}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Choose one</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
