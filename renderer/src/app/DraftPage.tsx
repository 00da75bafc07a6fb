/**
 * An open draft: its task list, or one page of its journey. Owns the draft session (autosave) so the
 * draft stays loaded while the user moves between pages.
 */
import type { ReactNode } from 'react';
import type { C100Draft } from '../../../forms/c100/draft';
import { AutosaveIndicator } from '../components/AutosaveIndicator';
import { BackLink, Button, ButtonGroup, NotificationBanner } from '../components/Misc';
import { TaskList } from '../components/TaskList';
import { usePageTitle } from '../components/usePageTitle';
import { useHost } from '../host/HostContext';
import type { RendererJourney, StepLocation } from '../journey/RendererJourney';
import { QuestionPage } from '../pages/QuestionPage';
import { routeHref, type Route } from '../router/routes';
import { useDraftSession } from './useDraftSession';

export interface DraftPageProps {
  route: Extract<Route, { name: 'tasks' | 'step' }>;
  journey: RendererJourney<C100Draft>;
  today: string;
  navigate: (route: Route) => void;
}

export function DraftPage({ route, journey, today, navigate }: DraftPageProps) {
  const host = useHost();
  const session = useDraftSession(host, route.draftId);
  const { load } = session;

  async function saveAndClose(): Promise<void> {
    if (await session.saveNow()) navigate({ name: 'start' });
  }

  if (load.kind === 'loading') return <p className="govuk-body">Opening your draft…</p>;
  if (load.kind === 'failed') return <DraftProblem message={load.message} />;

  const stepRoute = (step: StepLocation): Route => ({ name: 'step', draftId: route.draftId, stepId: step.id, params: { ...step.params } });

  if (route.name === 'tasks') {
    return (
      <TaskListView
        title={load.title}
        tasks={journey.tasks(load.draft, today).map((task) => ({ ...task, href: task.start ? routeHref(stepRoute(task.start)) : undefined }))}
        onSaveAndClose={() => void saveAndClose()}
        autosave={<AutosaveIndicator state={session.autosave} />}
      />
    );
  }

  const here: StepLocation = { id: route.stepId, params: route.params };
  const page = journey.page(here, load.draft, today);
  if (page === undefined) return <DraftProblem message="This page is not part of your application any more. Go to the task list to carry on." draftId={route.draftId} />;
  const previous = journey.previous(here, load.draft, today);
  return (
    <>
      <BackLink href={routeHref(previous ? stepRoute(previous) : { name: 'tasks', draftId: route.draftId })} />
      <AutosaveIndicator state={session.autosave} />
      <QuestionPage
        key={routeHref(stepRoute(here))}
        page={page}
        draft={load.draft}
        onDraftChange={session.update}
        onSaveAndClose={() => void saveAndClose()}
        onContinue={() => {
          void session.saveNow();
          const next = journey.next(here, load.draft, today);
          navigate(next ? stepRoute(next) : { name: 'tasks', draftId: route.draftId });
        }}
      />
    </>
  );
}

function TaskListView(props: { title: string; tasks: Parameters<typeof TaskList>[0]['items']; onSaveAndClose: () => void; autosave: ReactNode }) {
  usePageTitle('Your application');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {props.autosave}
        <span className="govuk-caption-l app-break-word">{props.title}</span>
        <h1 className="govuk-heading-l">Your application</h1>
        {props.tasks.length === 0 ? (
          <p className="govuk-body">There are no sections to fill in yet.</p>
        ) : (
          <TaskList items={props.tasks} />
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

function DraftProblem({ message, draftId }: { message: string; draftId?: string }) {
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
