/**
 * One page of the journey for the open draft, by kind (the journey's `StepKind`):
 * - question, list and info pages: the generic question page (info pages have only body text);
 * - exit pages: the body text and no Continue (the journey cannot go on from them);
 * - check your answers: every answer with its Change link, the issues, the MIAM outcome and fee.
 *
 * Keyed by the page's URL, so `before` is the draft as it was when the page opened: on Continue the
 * answers whose gate changed on this page are cleared (`settle`), then the journey picks the next page.
 * The back link goes to the journey's previous page and changes nothing (answers are already in the
 * draft).
 */
import { useState, type ReactNode } from 'react';
import type { C100Draft } from '../../../forms/c100/draft';
import { BackLink, Button, ButtonGroup } from '../components/Misc';
import { usePageTitle } from '../components/usePageTitle';
import type { RendererJourney, StepLocation } from '../journey/RendererJourney';
import type { CollectionAction } from '../pages/FieldView';
import { QuestionPage } from '../pages/QuestionPage';
import { routeHref, type Route } from '../router/routes';
import { CheckAnswersPage, RETURN_PARAM, RETURN_TO_EXPORT } from './CheckAnswersPage';
import { DraftProblem, usePreparedDraft } from './DraftPage';
import type { DraftSession } from './useDraftSession';


export interface StepViewProps {
  route: Extract<Route, { name: 'step' }>;
  journey: RendererJourney<C100Draft>;
  today: string;
  navigate: (route: Route) => void;
  session: DraftSession;
  draft: C100Draft;
  autosave: ReactNode;
  onSaveAndClose: () => void;
}

interface PendingRemoval {
  collectionPath: string;
  itemId: string;
  label: string;
}

export function StepView({ route, journey, today, navigate, session, draft, autosave, onSaveAndClose }: StepViewProps) {
  const [before] = useState(draft);
  const [removal, setRemoval] = useState<PendingRemoval | undefined>(undefined);
  const { [RETURN_PARAM]: returnTo, ...params } = route.params;
  const here: StepLocation = { id: route.stepId, params };
  const prepared = journey.prepare(here, draft);
  usePreparedDraft(prepared, draft, session.update);

  const stepRoute = (step: StepLocation, extra: Record<string, string> = {}): Route => ({
    name: 'step',
    draftId: route.draftId,
    stepId: step.id,
    params: { ...step.params, ...extra },
  });

  const page = journey.page(here, prepared, today);
  if (page === undefined) return <DraftProblem message="This page is not part of your application any more. Go to the task list to carry on." draftId={route.draftId} />;
  const previous = journey.previous(here, prepared, today);
  // A page opened from check your answers (or the export page) goes back there.
  const returnRoute: Route | undefined =
    returnTo === undefined ? undefined : returnTo === RETURN_TO_EXPORT ? { name: 'export', draftId: route.draftId } : stepRoute({ id: returnTo, params: {} });
  const backHref = routeHref(returnRoute ?? (previous ? stepRoute(previous) : { name: 'tasks', draftId: route.draftId }));

  function handleContinue(): void {
    const settled = journey.settle(before, prepared);
    if (settled !== prepared) session.update(settled);
    void session.saveNow();
    if (page?.kind === 'checkAnswers') {
      navigate({ name: 'export', draftId: route.draftId });
      return;
    }
    if (returnRoute !== undefined) {
      navigate(returnRoute);
      return;
    }
    const next = journey.next(here, settled, today);
    navigate(next ? stepRoute(next) : { name: 'tasks', draftId: route.draftId });
  }

  function handleCollectionAction(field: { path: string; addStep: string; paramName: string; items: { id: string; label: string }[] }, action: CollectionAction): void {
    switch (action.kind) {
      case 'add': {
        const result = journey.applyListOperation(prepared, field.path, { kind: 'add' });
        if (result?.newId === undefined) return;
        session.update(result.draft);
        // The new entry's first page returns to the list, so the user can add another or carry on
        // (otherwise the journey runs on through that entry's pages into the next section). A list
        // page has no parameters, so the return needs none (`returnRoute`).
        const backToList: Record<string, string> = page?.kind === 'list' && Object.keys(params).length === 0 ? { [RETURN_PARAM]: here.id } : {};
        navigate(stepRoute({ id: field.addStep, params: { [field.paramName]: result.newId } }, backToList));
        return;
      }
      case 'change':
        navigate(stepRoute({ id: field.addStep, params: { [field.paramName]: action.itemId } }));
        return;
      case 'remove':
        setRemoval({ collectionPath: field.path, itemId: action.itemId, label: field.items.find((item) => item.id === action.itemId)?.label ?? 'this entry' });
        return;
      case 'up':
      case 'down': {
        const result = journey.applyListOperation(prepared, field.path, { kind: action.kind, itemId: action.itemId });
        if (result) session.update(result.draft);
        return;
      }
      default: {
        const unknown: never = action;
        throw new Error(`Unknown list action: ${JSON.stringify(unknown)}`);
      }
    }
  }

  if (removal) {
    return (
      <ConfirmRemoval
        label={removal.label}
        onCancel={() => setRemoval(undefined)}
        onConfirm={() => {
          const result = journey.applyListOperation(prepared, removal.collectionPath, { kind: 'remove', itemId: removal.itemId });
          if (result) session.update(result.draft);
          setRemoval(undefined);
        }}
      />
    );
  }

  if (page.kind === 'checkAnswers') {
    return (
      <>
        <BackLink href={backHref} />
        {autosave}
        <CheckAnswersPage
          page={page}
          draft={prepared}
          today={today}
          journey={journey}
          draftId={route.draftId}
          onDraftChange={session.update}
          onContinue={handleContinue}
          onSaveAndClose={onSaveAndClose}
        />
      </>
    );
  }

  return (
    <>
      <BackLink href={backHref} />
      {autosave}
      <QuestionPage
        page={page}
        draft={prepared}
        onDraftChange={session.update}
        onSaveAndClose={onSaveAndClose}
        onContinue={handleContinue}
        onCollectionAction={handleCollectionAction}
      />
      {page.kind === 'exit' && (
        <p className="govuk-body">
          <a className="govuk-link" href={routeHref({ name: 'tasks', draftId: route.draftId })}>
            Go to the task list
          </a>
        </p>
      )}
    </>
  );
}

/** "Are you sure?" before a person (or court case) and the answers about them are removed. */
function ConfirmRemoval({ label, onConfirm, onCancel }: { label: string; onConfirm: () => void; onCancel: () => void }) {
  const title = `Are you sure you want to remove ${label}?`;
  usePageTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l app-break-word">{title}</h1>
        <p className="govuk-body">Everything you told us about them will be removed from this draft, including how they are related to the children.</p>
        <ButtonGroup>
          <Button variant="warning" onClick={onConfirm}>
            Yes, remove
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            No, keep
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}
