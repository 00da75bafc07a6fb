/**
 * An open draft: its task list, one page of its journey, or the pages after it (export, what was
 * produced). Owns the draft session (autosave) so the draft stays loaded while the user moves between
 * pages.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { C100Draft } from '../../../forms/c100/draft';
import type { ExportPdfResult } from '../../../forms/host/hostApi';
import { AutosaveIndicator } from '../components/AutosaveIndicator';
import { Button, ButtonGroup, NotificationBanner } from '../components/Misc';
import { TaskList } from '../components/TaskList';
import { usePageTitle } from '../components/usePageTitle';
import { useHost } from '../host/HostContext';
import type { RendererJourney } from '../journey/RendererJourney';
import { routeHref, type Route } from '../router/routes';
import { ExportPage } from './ExportPage';
import { ProducedPage } from './ProducedPage';
import { StepView } from './StepView';
import { useDraftSession } from './useDraftSession';

export interface DraftPageProps {
  route: Extract<Route, { name: 'tasks' | 'step' | 'export' | 'produced' }>;
  journey: RendererJourney<C100Draft>;
  today: string;
  navigate: (route: Route) => void;
}

export function DraftPage({ route, journey, today, navigate }: DraftPageProps) {
  const host = useHost();
  const session = useDraftSession(host, route.draftId);
  const { load } = session;
  // What the last export produced, kept while the draft is open (the "what was produced" page).
  const [produced, setProduced] = useState<Extract<ExportPdfResult, { status: 'saved' }> | undefined>(undefined);
  // A new page (Continue, Back, a link, a Change link) saves pending edits now, not after the pause.
  const routeKey = routeHref(route);
  const { saveNow } = session;
  useEffect(() => {
    void saveNow();
  }, [routeKey, saveNow]);

  async function saveAndClose(): Promise<void> {
    if (await session.saveNow()) navigate({ name: 'start' });
  }

  if (load.kind === 'loading') return <p className="govuk-body">Opening your draft…</p>;
  if (load.kind === 'failed') return <DraftProblem message={load.message} />;

  const autosave = <AutosaveIndicator state={session.autosave} />;
  switch (route.name) {
    case 'tasks':
      return (
        <TaskListView
          title={load.title}
          tasks={journey.tasks(load.draft, today).map((task) => ({
            ...task,
            href: task.start ? routeHref({ name: 'step', draftId: route.draftId, stepId: task.start.id, params: { ...task.start.params } }) : undefined,
          }))}
          onSaveAndClose={() => void saveAndClose()}
          autosave={autosave}
        />
      );
    case 'step':
      return (
        <StepView
          key={routeHref(route)}
          route={route}
          journey={journey}
          today={today}
          navigate={navigate}
          session={session}
          draft={load.draft}
          autosave={autosave}
          onSaveAndClose={() => void saveAndClose()}
        />
      );
    case 'export':
      return (
        <ExportPage
          draftId={route.draftId}
          draft={load.draft}
          saveNow={session.saveNow}
          autosave={autosave}
          onProduced={(result) => {
            setProduced(result);
            navigate({ name: 'produced', draftId: route.draftId });
          }}
        />
      );
    case 'produced':
      return <ProducedPage draftId={route.draftId} result={produced} />;
    default: {
      const unknown: never = route;
      throw new Error(`Unknown draft route: ${JSON.stringify(unknown)}`);
    }
  }
}

function TaskListView(props: { title: string; tasks: Parameters<typeof TaskList>[0]['items']; onSaveAndClose: () => void; autosave: ReactNode }) {
  usePageTitle('Your application');
  // Check your answers is where the sections end, not a section to complete.
  const sections = props.tasks.filter((task) => task.id !== 'checkAnswers');
  const done = sections.filter((task) => task.status === 'complete').length;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {props.autosave}
        <span className="govuk-caption-l app-break-word">{props.title}</span>
        <h1 className="govuk-heading-l">Your application</h1>
        {props.tasks.length === 0 ? (
          <p className="govuk-body">There are no sections to fill in yet.</p>
        ) : (
          <>
            <p className="govuk-body" data-testid="task-progress">
              You have completed {done} of {sections.length} sections.
            </p>
            <TaskList items={props.tasks} />
          </>
        )}
        <ButtonGroup>
          <Button variant="secondary" onClick={props.onSaveAndClose}>
            Save and close
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}

export function DraftProblem({ message, draftId }: { message: string; draftId?: string }) {
  usePageTitle('There is a problem with this draft');
  return (
    <>
      <h1 className="govuk-heading-l">There is a problem with this draft</h1>
      <NotificationBanner title="Important">
        <p className="govuk-body">{message}</p>
      </NotificationBanner>
      <p className="govuk-body">
        {draftId && (
          <>
            <a className="govuk-link" href={`#/drafts/${draftId}`}>
              Go to the task list
            </a>{' '}
            or{' '}
          </>
        )}
        <a className="govuk-link" href="#/">
          go back to your drafts
        </a>
        .
      </p>
    </>
  );
}

/** Keeps a prepared draft (see `RendererJourney.prepare`) in the session once the page shows. */
export function usePreparedDraft(prepared: C100Draft, current: C100Draft, update: (draft: C100Draft) => void): void {
  useEffect(() => {
    if (prepared !== current) update(prepared);
  }, [prepared, current, update]);
}
