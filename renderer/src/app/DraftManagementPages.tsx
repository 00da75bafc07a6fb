/** Pages around a draft (placeholders until the full pages land). */
import { usePageTitle } from '../components/usePageTitle';

export function ImportBundlePage(_props: { onImported: (draftId: string) => void }) {
  usePageTitle('Open a shared draft');
  return <h1 className="govuk-heading-l">Open a shared draft</h1>;
}
export function RenameDraftPage(_props: { draftId: string; onDone: () => void }) {
  usePageTitle('Rename draft');
  return <h1 className="govuk-heading-l">Rename draft</h1>;
}
export function VersionsPage(_props: { draftId: string; onRestored: () => void }) {
  usePageTitle('Previous versions');
  return <h1 className="govuk-heading-l">Previous versions</h1>;
}
export function ShareDraftPage(_props: { draftId: string }) {
  usePageTitle('Share a draft');
  return <h1 className="govuk-heading-l">Share a draft</h1>;
}
