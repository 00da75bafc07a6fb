/** What was produced (placeholder until the full page lands). */
import type { ExportPdfResult } from '../../../forms/host/hostApi';
import { usePageTitle } from '../components/usePageTitle';

export function ProducedPage(_props: { draftId: string; result: Extract<ExportPdfResult, { status: 'saved' }> | undefined }) {
  usePageTitle('Your documents');
  return <h1 className="govuk-heading-l">Your documents</h1>;
}
