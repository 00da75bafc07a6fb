/**
 * The error summary (GOV.UK error summary): shown at the top of the page after Continue finds
 * problems. It takes focus when it appears (so screen readers read it and keyboard users start there),
 * lists every problem as a link to its field, and the page title gets "Error: " (see `usePageTitle`).
 *
 * The links are in-page anchors; with hash routing a plain `#id` would change the route, so a click
 * moves focus to the field instead and scrolls its label or legend into view (as govuk-frontend's own
 * script does).
 */
import { useEffect, useRef } from 'react';
import { focusField } from './focusField';

export interface ErrorSummaryItem {
  /** The id of the element the link moves to (the first input of the field). */
  targetId: string;
  message: string;
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  /** Changes each time Continue fails, so the summary takes focus again even with the same errors. */
  attempt?: number;
}

export function ErrorSummary({ errors, attempt = 0 }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, attempt]);
  if (!shown) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="govuk-error-summary__title" id="error-summary-title">
          There is a problem
        </h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.targetId}:${error.message}`}>
                <a
                  href={`#${error.targetId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(error.targetId);
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
