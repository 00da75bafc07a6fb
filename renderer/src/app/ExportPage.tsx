/** Statement of truth and export (placeholder until the full page lands). */
import type { ReactNode } from 'react';
import type { C100Draft } from '../../../forms/c100/draft';
import type { ExportPdfResult } from '../../../forms/host/hostApi';
import { usePageTitle } from '../components/usePageTitle';

export interface ExportPageProps {
  draftId: string;
  draft: C100Draft;
  today: string;
  saveNow: () => Promise<boolean>;
  autosave: ReactNode;
  onProduced: (result: Extract<ExportPdfResult, { status: 'saved' }>) => void;
}

export function ExportPage(_props: ExportPageProps) {
  usePageTitle('Make your documents');
  return <h1 className="govuk-heading-l">Make your documents</h1>;
}
