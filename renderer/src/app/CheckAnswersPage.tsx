/** Check your answers (placeholder until the full page lands). */
import type { C100Draft } from '../../../forms/c100/draft';
import type { RendererJourney } from '../journey/RendererJourney';
import type { PageDescription } from '../pages/pageTypes';
import { QuestionPage } from '../pages/QuestionPage';

export interface CheckAnswersPageProps {
  page: PageDescription;
  draft: C100Draft;
  today: string;
  journey: RendererJourney<C100Draft>;
  draftId: string;
  onDraftChange: (draft: C100Draft) => void;
  onContinue: () => void;
  onSaveAndClose: () => void;
}

export function CheckAnswersPage({ page, draft, onDraftChange, onContinue, onSaveAndClose }: CheckAnswersPageProps) {
  return <QuestionPage page={page} draft={draft} onDraftChange={onDraftChange} onContinue={onContinue} onSaveAndClose={onSaveAndClose} />;
}
