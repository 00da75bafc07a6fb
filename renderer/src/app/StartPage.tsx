/**
 * The first page: what the app does and does not do, where help is, and the drafts on this computer.
 * Wording: plain English, second person (GOV.UK style guide); the app is not legal advice and not a
 * government service (issue 5 "What the user sees").
 */
import { useEffect, useState } from 'react';
import type { DraftSummary } from '../../../forms/host/hostApi';
import { HELP_LINKS } from '../../../forms/host/helpLinks';
import { HelpLink } from '../components/HelpLink';
import { Button, NotificationBanner } from '../components/Misc';
import { usePageTitle } from '../components/usePageTitle';
import { useHost } from '../host/HostContext';

export interface StartPageProps {
  onOpenDraft: (id: string) => void;
}

export function StartPage({ onOpenDraft }: StartPageProps) {
  const host = useHost();
  usePageTitle('Prepare your application to the family court');
  const [drafts, setDrafts] = useState<DraftSummary[] | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    void host.listDrafts().then((result) => {
      if (cancelled) return;
      if (result.ok) setDrafts([...result.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
      else setProblem(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [host]);

  async function startNew(): Promise<void> {
    const result = await host.createDraft();
    if (result.ok) onOpenDraft(result.value.summary.id);
    else setProblem(result.error.message);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problem && (
          <NotificationBanner title="Important" heading="Something needs your attention">
            <p className="govuk-body">{problem}</p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-xl">Prepare your application to the family court about a child</h1>
        <p className="govuk-body-l">
          This app helps you fill in form C100, which asks the court to decide arrangements for a child, such as where they live or
          when they spend time with each parent.
        </p>
        <h2 className="govuk-heading-m">What this app does</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>asks you the questions on the C100, one at a time, in plain words</li>
          <li>checks whether you need to go to a family mediation meeting (MIAM) first</li>
          <li>adds the extra forms you need: C1A if you have safety concerns, C8 to keep contact details private</li>
          <li>fills in the official court form for you to check, sign and send</li>
          <li>keeps your answers on this computer, locked, and works without the internet</li>
        </ul>
        <h2 className="govuk-heading-m">What it does not do</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>it does not give legal advice: it cannot tell you what to ask the court for</li>
          <li>it is not a government service and does not send anything to the court</li>
          <li>it does not pay the court fee for you</li>
        </ul>

        <h2 className="govuk-heading-l">Your drafts</h2>
        {drafts === undefined ? (
          <p className="govuk-body">Loading your drafts…</p>
        ) : drafts.length === 0 ? (
          <p className="govuk-body">You have no drafts on this computer yet.</p>
        ) : (
          <ul className="govuk-list" aria-label="Drafts on this computer">
            {drafts.map((draft) => (
              <li key={draft.id} className="govuk-!-margin-bottom-4">
                <a
                  className="govuk-link govuk-!-font-weight-bold app-break-word"
                  href={`#/drafts/${draft.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenDraft(draft.id);
                  }}
                >
                  {draft.title}
                </a>
                <br />
                <span className="govuk-hint">
                  Last changed {formatWhen(draft.updatedAt)}
                  {draft.completeness !== null && ` · about ${Math.round(draft.completeness)}% done`}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Button isStartButton onClick={() => void startNew()}>
          Start a new application
        </Button>
      </div>

      <aside className="govuk-grid-column-one-third" aria-labelledby="help-heading">
        <h2 className="govuk-heading-m" id="help-heading">
          Where to get help
        </h2>
        <p className="govuk-body">
          If you or a child are in danger now, call <span className="app-helpline">999</span>.
        </p>
        <p className="govuk-body">
          National Domestic Abuse Helpline, free, 24 hours a day: <span className="app-helpline">0808 2000 247</span>
          <br />
          <HelpLink href={HELP_LINKS.domesticAbuseHelpline}>National Domestic Abuse Helpline website</HelpLink>
        </p>
        <ul className="govuk-list">
          <li>
            <HelpLink href={HELP_LINKS.advicenow}>Advicenow</HelpLink>: guides for people going to court without a lawyer
          </li>
          <li>
            <HelpLink href={HELP_LINKS.citizensAdvice}>Citizens Advice</HelpLink>: free, confidential advice
          </li>
          <li>
            <HelpLink href={HELP_LINKS.findAMediator}>Find a family mediator</HelpLink> (Family Mediation Council)
          </li>
          <li>
            <HelpLink href={HELP_LINKS.cafcass}>Cafcass</HelpLink> (England) or <HelpLink href={HELP_LINKS.cafcassCymru}>Cafcass Cymru</HelpLink> (Wales):
            they advise the court about children
          </li>
        </ul>
      </aside>
    </div>
  );
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'recently';
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
