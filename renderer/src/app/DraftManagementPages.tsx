/**
 * Pages around a draft, reached from the drafts list (issue 5 "Start"; issue 4 "Vault" operations):
 * rename it, restore a previous version, save an encrypted copy to hand to someone (a McKenzie friend,
 * another computer) and open such a copy. Each is one thing per page (GOV.UK), with the host's own
 * words as the error when it refuses (wrong passphrase, damaged file).
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { DraftTitleSchema, NewPassphraseSchema, PassphraseSchema, type DraftSummary, type DraftVersion } from '../../../forms/host/hostApi';
import { ErrorSummary } from '../components/ErrorSummary';
import { BackLink, Button, ButtonGroup, NotificationBanner } from '../components/Misc';
import { TextInput } from '../components/TextInput';
import { usePageTitle } from '../components/usePageTitle';
import { useHost } from '../host/HostContext';

/** "12 May 2026, 14:05" in the user's time zone. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'recently';
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The draft's line of the drafts list (its current title), or a message when it is gone. */
function useDraftSummary(draftId: string): { summary: DraftSummary | undefined; problem: string | undefined } {
  const host = useHost();
  const [summary, setSummary] = useState<DraftSummary | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    void host.listDrafts().then((result) => {
      if (cancelled) return;
      if (!result.ok) setProblem(result.error.message);
      else {
        const found = result.value.find((draft) => draft.id === draftId);
        if (found) setSummary(found);
        else setProblem('This draft is not on this computer any more. It may have been deleted: look in the bin on the drafts page.');
      }
    });
    return () => {
      cancelled = true;
    };
  }, [host, draftId]);
  return { summary, problem };
}

/** A page with a one-field form: error summary, heading, the field, a submit button. */
function FormPage(props: {
  title: string;
  caption?: string | undefined;
  error: string | undefined;
  fieldId: string;
  attempt: number;
  banner?: ReactNode;
  children: ReactNode;
  onSubmit: () => void;
}) {
  usePageTitle(props.title, props.error !== undefined);
  function handle(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    props.onSubmit();
  }
  return (
    <>
      <BackLink href="#/">Back to your drafts</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={props.error ? [{ targetId: props.fieldId, message: props.error }] : []} attempt={props.attempt} />
          {props.banner}
          {props.caption && <span className="govuk-caption-l app-break-word">{props.caption}</span>}
          <h1 className="govuk-heading-l">{props.title}</h1>
          <form noValidate onSubmit={handle}>
            {props.children}
          </form>
        </div>
      </div>
    </>
  );
}

export function RenameDraftPage({ draftId, onDone }: { draftId: string; onDone: () => void }) {
  const host = useHost();
  const { summary, problem } = useDraftSummary(draftId);
  const [title, setTitle] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const value = title ?? summary?.title ?? '';

  async function save(): Promise<void> {
    setAttempt((count) => count + 1);
    const checked = DraftTitleSchema.safeParse(value);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Enter a name for the draft.');
      return;
    }
    const result = await host.renameDraft({ id: draftId, title: checked.data });
    if (result.ok) onDone();
    else setError(result.error.message);
  }

  return (
    <FormPage title="Rename this draft" caption={summary?.title} error={error ?? problem} fieldId="draft-title" attempt={attempt} onSubmit={() => void save()}>
      <TextInput id="draft-title" label="Name of the draft" hint="Only you see this name. It is not part of the application." value={value} onChange={setTitle} error={error} />
      <ButtonGroup>
        <Button type="submit">Save the name</Button>
        <a className="govuk-link" href="#/">
          Cancel
        </a>
      </ButtonGroup>
    </FormPage>
  );
}

export function VersionsPage({ draftId, onRestored }: { draftId: string; onRestored: () => void }) {
  const host = useHost();
  usePageTitle('Previous versions of this draft');
  const { summary } = useDraftSummary(draftId);
  const [versions, setVersions] = useState<DraftVersion[] | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    void host.listVersions({ id: draftId }).then((result) => {
      if (cancelled) return;
      if (result.ok) setVersions([...result.value].sort((a, b) => b.revision - a.revision));
      else setProblem(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [host, draftId]);

  async function restore(revision: number): Promise<void> {
    const result = await host.restoreVersion({ id: draftId, revision });
    if (result.ok) onRestored();
    else setProblem(result.error.message);
  }

  return (
    <>
      <BackLink href="#/">Back to your drafts</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {problem && (
            <NotificationBanner title="Important">
              <p className="govuk-body">{problem}</p>
            </NotificationBanner>
          )}
          {summary && <span className="govuk-caption-l app-break-word">{summary.title}</span>}
          <h1 className="govuk-heading-l">Previous versions of this draft</h1>
          <p className="govuk-body">The app keeps the last few saves of each draft. Restoring one replaces the answers you have now with the answers saved then.</p>
          {versions === undefined ? (
            !problem && <p className="govuk-body">Loading the versions…</p>
          ) : versions.length === 0 ? (
            <p className="govuk-body">There are no previous versions of this draft yet.</p>
          ) : (
            <table className="govuk-table" data-testid="versions">
              <caption className="govuk-table__caption govuk-table__caption--m">Saved versions, newest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Saved
                  </th>
                  <th scope="col" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {versions.map((version) => (
                  <tr className="govuk-table__row" key={version.revision}>
                    <td className="govuk-table__cell">{formatWhen(version.savedAt)}</td>
                    <td className="govuk-table__cell">
                      {version.readable ? (
                        <button type="button" className="govuk-link app-link-button" onClick={() => void restore(version.revision)}>
                          Restore<span className="govuk-visually-hidden"> the version saved {formatWhen(version.savedAt)}</span>
                        </button>
                      ) : (
                        'Damaged: cannot be restored'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </>
  );
}

export function ShareDraftPage({ draftId }: { draftId: string }) {
  const host = useHost();
  const { summary, problem } = useDraftSummary(draftId);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function save(): Promise<void> {
    setAttempt((count) => count + 1);
    setSaved(undefined);
    const checked = NewPassphraseSchema.safeParse(passphrase);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Choose a passphrase.');
      return;
    }
    setBusy(true);
    const result = await host.exportBundle({ id: draftId, passphrase });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (result.value.status === 'cancelled') setError('You did not choose where to save the copy, so nothing was saved. Try again and choose a place.');
    else {
      setError(undefined);
      setSaved(result.value.filePath);
    }
  }

  const banner = saved && (
    <NotificationBanner title="Success" type="success" heading="The copy of your draft is saved">
      <p className="govuk-body app-break-word" data-testid="bundle-path">
        {saved}
      </p>
      <p className="govuk-body">Tell the other person the passphrase separately: in person or by phone, not in the same message as the file.</p>
    </NotificationBanner>
  );

  return (
    <FormPage title="Save a copy to share" caption={summary?.title} error={error ?? problem} fieldId="bundle-passphrase" attempt={attempt} banner={banner} onSubmit={() => void save()}>
      <p className="govuk-body">
        This saves a locked copy of the draft in one file, for example to give to a McKenzie friend to check, or to move to another computer. The
        person who opens it needs the passphrase you choose here. They can leave comments, and give you the file back the same way.
      </p>
      <TextInput
        id="bundle-passphrase"
        label="Passphrase for the copy"
        hint="At least 8 characters: three random words work well. Do not use the passphrase of your drafts."
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={passphrase}
        onChange={setPassphrase}
        error={error}
      />
      <Button type="submit" disabled={busy}>
        Choose where to save the copy
      </Button>
    </FormPage>
  );
}

export function ImportBundlePage({ onImported }: { onImported: (draftId: string) => void }) {
  const host = useHost();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  async function open(): Promise<void> {
    setAttempt((count) => count + 1);
    const checked = PassphraseSchema.safeParse(passphrase);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Enter the passphrase of the copy.');
      return;
    }
    setBusy(true);
    const result = await host.importBundle({ passphrase });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (result.value.status === 'cancelled') setError('You did not choose a file, so nothing was opened. Try again and choose the .c100draft file.');
    else onImported(result.value.summary.id);
  }

  return (
    <FormPage title="Open a draft someone shared with you" error={error} fieldId="import-passphrase" attempt={attempt} onSubmit={() => void open()}>
      <p className="govuk-body">
        Open a copy of a draft saved with “Save a copy to share” (a file ending in .c100draft). It is added to your drafts; the original is not
        changed.
      </p>
      <TextInput
        id="import-passphrase"
        label="Passphrase of the copy"
        hint="The person who saved the copy chose it and should have told you separately."
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={passphrase}
        onChange={setPassphrase}
        error={error}
      />
      <Button type="submit" disabled={busy}>
        Choose the file and open it
      </Button>
    </FormPage>
  );
}
