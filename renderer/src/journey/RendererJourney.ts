/**
 * What the app needs from the journey (forms/c100/steps): the page for a step, the page after it,
 * and the task list. The journey's step records map onto this one to one (see `stepAdapter.ts` in
 * phase 2); until the table is committed the app runs with `emptyJourney`, which has no steps.
 */
import type { PageDescription } from '../pages/pageTypes';
import type { TaskListItem } from '../components/TaskList';

export interface StepLocation {
  id: string;
  params: Readonly<Record<string, string>>;
}

/** A task-list section: its status and the page it starts (or resumes) at. */
export interface JourneyTask extends Omit<TaskListItem, 'href'> {
  start?: StepLocation | undefined;
}

export interface RendererJourney<D> {
  /** The page of a step for this draft, or `undefined` when the step does not exist (a stale link). */
  page(step: StepLocation, draft: D, today: string): PageDescription | undefined;
  /** The page after `step` once its answers are valid; `undefined` at the end. */
  next(step: StepLocation, draft: D, today: string): StepLocation | undefined;
  /** The page before `step`, for the back link. */
  previous(step: StepLocation, draft: D, today: string): StepLocation | undefined;
  /** The sections with their status. */
  tasks(draft: D, today: string): JourneyTask[];
}

/** No steps yet: the task list says so. Replaced by the journey table in phase 2. */
export const emptyJourney: RendererJourney<unknown> = {
  page: () => undefined,
  next: () => undefined,
  previous: () => undefined,
  tasks: () => [],
};
