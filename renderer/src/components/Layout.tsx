/**
 * The frame of every page: skip link, the app's own header ("C100 Prep", not the GOV.UK header: this
 * is not a government service), a banner saying so, and the main column.
 */
import type { ReactNode } from 'react';

export interface LayoutProps {
  children: ReactNode;
  /** Shown above the page content, e.g. the autosave indicator or a back link. */
  beforeContent?: ReactNode;
}

export function Layout({ children, beforeContent }: LayoutProps) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="govuk-width-container app-header__container">
          <p className="app-header__name">C100 Prep</p>
          <p className="app-header__tagline">Prepare a court application about children</p>
        </div>
      </header>
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Independent</strong>
            <span className="govuk-phase-banner__text">Not a government service — not legal advice. Your answers stay on this computer.</span>
          </p>
        </div>
        {beforeContent}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
