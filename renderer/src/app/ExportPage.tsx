/**
 * Make the documents (issue 5 "Statement of truth and export"): who confirmed the statement of truth,
 * the official template (or how to get it), editable or flattened, separate files or one, and the
 * plain warning that PDFs are not encrypted and the C8 must be kept apart (DESIGN.md "Privacy and
 * security": "Exported PDFs are plaintext by nature: the export screen says so").
 *
 * Main loads the draft again from the vault (DESIGN.md "Data flow" 5), so the page saves first.
 * The folder is chosen in a native dialog by main: the page never names a path.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { C100Draft } from '../../../forms/c100/draft';
import { SIGNATORY } from '../../../forms/c100/enums';
import type { ExportPdfResult, PdfExportOptions, TemplateStatus } from '../../../forms/host/hostApi';
import { HELP_LINKS } from '../../../forms/host/helpLinks';
import { dateText } from '../checkAnswers/answerText';
import { HelpLink } from '../components/HelpLink';
import { BackLink, Button, ButtonGroup, NotificationBanner } from '../components/Misc';
import { Radios } from '../components/Radios';
import { usePageTitle } from '../components/usePageTitle';
import { useHost } from '../host/HostContext';
import { routeHref } from '../router/routes';
import { RETURN_PARAM, RETURN_TO_EXPORT } from './CheckAnswersPage';

export interface ExportPageProps {
  draftId: string;
  draft: C100Draft;
  /** The check answers page id, for the back link and the statement of truth link. */
  checkAnswersStep?: string;
  saveNow: () => Promise<boolean>;
  autosave: ReactNode;
  onProduced: (result: Extract<ExportPdfResult, { status: 'saved' }>) => void;
}

type TemplateState = { kind: 'checking' } | { kind: 'known'; status: TemplateStatus } | { kind: 'failed'; message: string };

export function ExportPage({ draftId, draft, checkAnswersStep = 'check-your-answers', saveNow, autosave, onProduced }: ExportPageProps) {
  const host = useHost();
  usePageTitle('Make your documents');
  const [template, setTemplate] = useState<TemplateState>({ kind: 'checking' });
  const [options, setOptions] = useState<PdfExportOptions>({ mode: 'editable', layout: 'separate' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    void host.templateStatus().then((result) => {
      if (cancelled) return;
      setTemplate(result.ok ? { kind: 'known', status: result.value } : { kind: 'failed', message: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [host]);

  async function importTemplate(): Promise<void> {
    setMessage(undefined);
    const result = await host.importTemplate();
    if (!result.ok) setMessage(result.error.message);
    else if (result.value.status === 'imported') setTemplate({ kind: 'known', status: result.value.template });
  }

  async function makeDocuments(): Promise<void> {
    setBusy(true);
    setMessage(undefined);
    try {
      if (!(await saveNow())) {
        setMessage('Your latest answers could not be saved, so the documents were not made. Try again.');
        return;
      }
      const result = await host.exportPdf({ id: draftId, options });
      if (!result.ok) setMessage(result.error.message);
      else if (result.value.status === 'cancelled') setMessage('You did not choose a folder, so nothing was saved. Choose a folder to make the documents.');
      else onProduced(result.value);
    } finally {
      setBusy(false);
    }
  }

  const ready = template.kind === 'known' && template.status.state === 'ready';
  const sot = draft.statementOfTruth ?? {};
  const signed = sot.confirmed === true && Boolean(sot.fullName?.trim());
  const sotHref = routeHref({ name: 'step', draftId, stepId: 'statement-of-truth', params: { [RETURN_PARAM]: RETURN_TO_EXPORT } });

  return (
    <>
      <BackLink href={routeHref({ name: 'step', draftId, stepId: checkAnswersStep, params: {} })} />
      {autosave}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {message && (
            <NotificationBanner title="Important" heading="The documents were not made">
              <p className="govuk-body" data-testid="export-message">
                {message}
              </p>
            </NotificationBanner>
          )}
          <h1 className="govuk-heading-l">Make your documents</h1>

          <h2 className="govuk-heading-m">Statement of truth</h2>
          {signed ? (
            <p className="govuk-body" data-testid="sot-status">
              Confirmed by <strong className="app-break-word">{sot.fullName}</strong>
              {sot.signatory ? ` (${SIGNATORY.labels[sot.signatory].toLowerCase()})` : ''}
              {sot.date ? ` on ${dateText(sot.date)}` : ''}.
            </p>
          ) : (
            <p className="govuk-body" data-testid="sot-status">
              The statement of truth has not been confirmed yet, so the review copy will be marked DRAFT.
            </p>
          )}
          <p className="govuk-body">
            Only the applicant, or their legal representative, may confirm the statement of truth and sign the form. Someone helping you, such as a McKenzie
            friend, can check your answers and leave comments, but must not confirm or sign it for you.
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={sotHref}>
              {signed ? 'Change the statement of truth' : 'Go to the statement of truth'}
            </a>
          </p>

          <h2 className="govuk-heading-m">The official C100 form</h2>
          <TemplateSection template={template} onImport={() => void importTemplate()} />

          {ready && (
            <>
              <Radios
                id="export-mode"
                legend="How do you want the forms?"
                value={options.mode}
                onChange={(mode) => setOptions((current) => ({ ...current, mode: mode === 'flattened' ? 'flattened' : 'editable' }))}
                options={[
                  { value: 'editable', label: 'Editable', hint: 'You can still correct answers in a PDF reader before you print or send them.' },
                  { value: 'flattened', label: 'Ready to print and sign', hint: 'The answers are printed into the page and can no longer be changed.' },
                ]}
              />
              <Radios
                id="export-layout"
                legend="One file or separate files?"
                value={options.layout}
                onChange={(layout) => setOptions((current) => ({ ...current, layout: layout === 'combined' ? 'combined' : 'separate' }))}
                options={[
                  { value: 'separate', label: 'A separate file for each form', hint: 'The C100, and the C1A and C8 if you need them.' },
                  { value: 'combined', label: 'One file with all the forms', hint: 'The C100, then the C1A and C8 if you need them, in one file.' },
                ]}
              />
              <div className="govuk-warning-text">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  The PDF files are not locked: anyone who can open the folder can read them. Keep the C8 apart from the other forms: it holds the contact
                  details you keep private, and must not be shared with the other people in the case.
                </strong>
              </div>
              <ButtonGroup>
                <Button onClick={() => void makeDocuments()} disabled={busy}>
                  {busy ? 'Making the documents…' : 'Choose a folder and make the documents'}
                </Button>
              </ButtonGroup>
            </>
          )}
        </div>
      </div>
    </>
  );
}

function TemplateSection({ template, onImport }: { template: TemplateState; onImport: () => void }) {
  switch (template.kind) {
    case 'checking':
      return <p className="govuk-body">Looking for the official C100 form…</p>;
    case 'failed':
      return (
        <p className="govuk-body" data-testid="template-status">
          {template.message}
        </p>
      );
    case 'known': {
      const { status } = template;
      if (status.state === 'ready') {
        return (
          <p className="govuk-body" data-testid="template-status">
            The app will fill in the official form{status.edition ? ` (${status.edition})` : ''}.
          </p>
        );
      }
      return (
        <div data-testid="template-missing">
          <p className="govuk-body">{status.message}</p>
          <p className="govuk-body">
            The app fills in the official C100 form, which you download once from GOV.UK and then choose here. Nothing is downloaded by the app itself.
          </p>
          <ol className="govuk-list govuk-list--number">
            <li>
              <HelpLink href={HELP_LINKS.c100Form}>Download form C100 from GOV.UK</HelpLink> (the PDF, edition 04.24).
            </li>
            <li>Choose the file you downloaded.</li>
          </ol>
          <Button variant="secondary" onClick={onImport}>
            Choose the C100 PDF
          </Button>
        </div>
      );
    }
    default: {
      const unknown: never = template;
      throw new Error(`Unknown template state: ${JSON.stringify(unknown)}`);
    }
  }
}
