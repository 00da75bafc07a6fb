/**
 * What the app needs from the journey (forms/c100/steps): the page for a step, the page after it,
 * the task list, and the few draft changes the journey owns (preparing a page, the answers cleared
 * on Continue, the list operations of list pages). `stepAdapter.ts` builds one from the journey's
 * exports; `emptyJourney` (no steps) remains for tests of the app shell.
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

/** What a list page asks the app to do with one of its entries. */
export type ListOperation = { kind: 'add' } | { kind: 'remove' | 'up' | 'down'; itemId: string };

export interface RendererJourney<D> {
  /** The page of a step for this draft, or `undefined` when the step does not exist (a stale link). */
  page(step: StepLocation, draft: D, today: string): PageDescription | undefined;
  /** The page after `step` once its answers are valid; `undefined` at the end. */
  next(step: StepLocation, draft: D, today: string): StepLocation | undefined;
  /** The page before `step`, for the back link. */
  previous(step: StepLocation, draft: D, today: string): StepLocation | undefined;
  /** The sections with their status. */
  tasks(draft: D, today: string): JourneyTask[];
  /** The draft with what the page at `step` writes into created (the same object when nothing is missing). */
  prepare(step: StepLocation, draft: D): D;
  /** On Continue: the draft with the answers cleared whose gate changed between `before` and `after`. */
  settle(before: D, after: D): D;
  /**
   * A list page's operation on the collection stored at `collectionPath`. Returns the new draft and,
   * for `add`, the id of the new entry; `undefined` when the path is not a collection or the list is full.
   */
  applyListOperation(draft: D, collectionPath: string, operation: ListOperation): { draft: D; newId?: string } | undefined;
}

/** No steps: the task list says so. Used by tests of the app shell. */
export function emptyJourney<D>(): RendererJourney<D> {
  return {
    page: () => undefined,
    next: () => undefined,
    previous: () => undefined,
    tasks: () => [],
    prepare: (_step, draft) => draft,
    settle: (_before, after) => after,
    applyListOperation: () => undefined,
  };
}
