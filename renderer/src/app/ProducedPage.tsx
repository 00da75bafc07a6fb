/**
 * What the export produced (issue 5 "then what was produced, and the review copy"): the folder, each
 * file with what it holds and its pages, and what to do next. The C8 is named apart, because it holds
 * the details kept private and must not reach the other people in the case.
 */
import type { ExportPdfResult, ProducedPdf } from '../../../forms/host/hostApi';
import { Panel } from '../components/Misc';
import { usePageTitle } from '../components/usePageTitle';
import { routeHref } from '../router/routes';

const DOCUMENT_WORDS: Record<ProducedPdf['contains'][number], string> = {
  C100: 'C100 application',
  C1A: 'C1A allegations of harm',
  C8: 'C8 confidential contact details',
  continuation: 'continuation sheets',
};

/** What a file holds, in words; a file with none of the forms is the review copy. */
export function fileDescription(file: ProducedPdf): string {
  if (file.contains.length === 0 || /review/i.test(file.fileName)) return 'Review copy of every answer, to check with someone helping you (do not send it to the court)';
  const words = file.contains.map((code) => DOCUMENT_WORDS[code]);
  return words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

export function ProducedPage({ draftId, result }: { draftId: string; result: Extract<ExportPdfResult, { status: 'saved' }> | undefined }) {
  usePageTitle(result ? 'Your documents are ready' : 'Make your documents');
  if (result === undefined) {
    return (
      <>
        <h1 className="govuk-heading-l">Make your documents</h1>
        <p className="govuk-body">The list of files is shown only straight after they are made. The files you made before are still in the folder you chose.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={routeHref({ name: 'export', draftId })}>
            Make the documents again
          </a>
        </p>
      </>
    );
  }
  const hasC8 = result.files.some((file) => file.contains.includes('C8'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Your documents are ready">
          {result.files.length === 1 ? '1 file was saved' : `${result.files.length} files were saved`}
        </Panel>
        <p className="govuk-body">They are in this folder:</p>
        <p className="app-file-path" data-testid="produced-folder">
          {result.folder}
        </p>
        <table className="govuk-table" data-testid="produced-files">
          <caption className="govuk-table__caption govuk-table__caption--m">Files</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                File
              </th>
              <th scope="col" className="govuk-table__header">
                What it holds
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Pages
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {result.files.map((file) => (
              <tr className="govuk-table__row" key={file.path}>
                <th scope="row" className="govuk-table__header app-break-word">
                  {file.fileName}
                </th>
                <td className="govuk-table__cell">{fileDescription(file)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{file.pageCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {hasC8 && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              The C8 holds the contact details you keep private. Send it to the court only, never to the other people in the case.
            </strong>
          </div>
        )}
        <h2 className="govuk-heading-m">What to do next</h2>
        <ol className="govuk-list govuk-list--number">
          <li>Open each file and check every answer.</li>
          <li>Print the forms, sign and date them where the statement of truth asks.</li>
          <li>Send them to the family court with the documents listed on check your answers, and the fee or your Help with Fees reference.</li>
        </ol>
        <p className="govuk-body">
          <a className="govuk-link" href={routeHref({ name: 'tasks', draftId })}>
            Go back to your application
          </a>{' '}
          or{' '}
          <a className="govuk-link" href="#/">
            your drafts
          </a>
          .
        </p>
      </div>
    </div>
  );
}
