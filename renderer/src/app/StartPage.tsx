/**
 * The first page: what the app does and does not do, where help is, and the drafts on this computer.
 * Wording: plain English, second person (GOV.UK style guide); the app is not legal advice and not a
 * government service (issue 5 "What the user sees").
 */
import { useEffect, useState } from 'react';
import type { BinEntry, DraftSummary } from '../../../forms/host/hostApi';
import { HELP_LINKS } from '../../../forms/host/helpLinks';
import { HelpLink } from '../components/HelpLink';
import { Button, NotificationBanner } from '../components/Misc';
import { usePageTitle } from '../components/usePageTitle';
import { useHost } from '../host/HostContext';
import { formatWhen } from './DraftManagementPages';

/** What the last action on the list did, with Undo for a delete. */
interface Notice {
  text: string;
  restoreId?: string;
  title?: string;
}

export interface StartPageProps {
  onOpenDraft: (id: string) => void;
}

export function StartPage({ onOpenDraft }: StartPageProps) {
  const host = useHost();
  usePageTitle('Prepare your application to the family court');
  const [drafts, setDrafts] = useState<DraftSummary[] | undefined>(undefined);
  const [bin, setBin] = useState<BinEntry[]>([]);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [refreshes, setRefreshes] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([host.listDrafts(), host.listBin()]).then(([listed, binned]) => {
      if (cancelled) return;
      if (listed.ok) setDrafts([...listed.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
      else setProblem(listed.error.message);
      if (binned.ok) setBin([...binned.value].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt)));
    });
    return () => {
      cancelled = true;
    };
  }, [host, refreshes]);

  const refresh = () => setRefreshes((count) => count + 1);

  async function startNew(): Promise<void> {
    const result = await host.createDraft();
    if (result.ok) onOpenDraft(result.value.summary.id);
    else setProblem(result.error.message);
  }

  async function duplicate(draft: DraftSummary): Promise<void> {
    const result = await host.duplicateDraft({ id: draft.id });
    if (result.ok) setNotice({ text: `A copy of “${draft.title}” was made: “${result.value.title}”.` });
    else setProblem(result.error.message);
    refresh();
  }

  async function remove(draft: DraftSummary): Promise<void> {
    const result = await host.deleteDraft({ id: draft.id });
    if (result.ok) setNotice({ text: `“${draft.title}” was moved to the bin.`, restoreId: draft.id, title: draft.title });
    else setProblem(result.error.message);
    refresh();
  }

  async function restore(id: string, title: string): Promise<void> {
    const result = await host.restoreFromBin({ id });
    if (result.ok) setNotice({ text: `“${title}” was restored from the bin.` });
    else setProblem(result.error.message);
    refresh();
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problem && (
          <NotificationBanner title="Important" heading="Something needs your attention">
            <p className="govuk-body">{problem}</p>
          </NotificationBanner>
        )}
        {notice && (
          <NotificationBanner title="Success" type="success">
            <p className="govuk-body app-break-word" data-testid="drafts-notice">
              {notice.text}{' '}
              {notice.restoreId && (
                <button type="button" className="govuk-link app-link-button" onClick={() => void restore(notice.restoreId ?? '', notice.title ?? 'The draft')}>
                  Undo
                </button>
              )}
            </p>
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
              <li key={draft.id} className="govuk-!-margin-bottom-6 app-draft" data-draft-id={draft.id}>
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
                {draft.problem && (
                  <p className="govuk-body govuk-!-margin-bottom-1 app-break-word">
                    <strong>This draft cannot be opened:</strong> {draft.problem.message} You can restore a previous version.
                  </p>
                )}
                <div className="app-draft-actions">
                  <span>
                    <a className="govuk-link" href={`#/drafts/${draft.id}/rename`}>
                      Rename<span className="govuk-visually-hidden"> {draft.title}</span>
                    </a>
                  </span>
                  <span>
                    <button type="button" className="govuk-link app-link-button" onClick={() => void duplicate(draft)}>
                      Make a copy<span className="govuk-visually-hidden"> of {draft.title}</span>
                    </button>
                  </span>
                  <span>
                    <a className="govuk-link" href={`#/drafts/${draft.id}/versions`}>
                      Previous versions<span className="govuk-visually-hidden"> of {draft.title}</span>
                    </a>
                  </span>
                  <span>
                    <a className="govuk-link" href={`#/drafts/${draft.id}/share`}>
                      Save a copy to share<span className="govuk-visually-hidden"> ({draft.title})</span>
                    </a>
                  </span>
                  <span>
                    <button type="button" className="govuk-link app-link-button" onClick={() => void remove(draft)}>
                      Delete<span className="govuk-visually-hidden"> {draft.title}</span>
                    </button>
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
        <Button isStartButton onClick={() => void startNew()}>
          Start a new application
        </Button>
        <p className="govuk-body">
          <a className="govuk-link" href="#/import">
            Open a draft someone shared with you
          </a>
        </p>
        {bin.length > 0 && (
          <>
            <h2 className="govuk-heading-m">Deleted drafts</h2>
            <p className="govuk-body">Deleted drafts are kept for 30 days, then removed for good.</p>
            <ul className="govuk-list" aria-label="Deleted drafts">
              {bin.map((entry) => (
                <li key={entry.id} className="govuk-!-margin-bottom-4">
                  <span className="app-break-word">{entry.title}</span>
                  <br />
                  <span className="govuk-hint">
                    Deleted {formatWhen(entry.deletedAt)} · kept until {formatWhen(entry.purgeAfter)}
                  </span>
                  <br />
                  <button type="button" className="govuk-link app-link-button" onClick={() => void restore(entry.id, entry.title)}>
                    Restore<span className="govuk-visually-hidden"> {entry.title}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
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
