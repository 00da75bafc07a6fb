/**
 * The C100 journey (forms/c100/steps) as the app's `RendererJourney`: the renderer owns no domain
 * rules (issue 5), so every page, every branch, every status and every cleared answer comes from here.
 *
 * - A step whose id is unknown, or whose parameters no longer match the draft (a removed child), has
 *   no page: the app says so and links to the task list instead of crashing.
 * - Continue clears the answers whose gate changed on the page (`clearDependentAnswers`, DESIGN.md
 *   "Data flow" 2) before `nextStep` decides where to go, so the branch follows the settled answers.
 */
import type { C100Draft } from '../../../forms/c100/draft';
import { clearDependentAnswers } from '../../../forms/c100/rules';
import {
  COLLECTIONS,
  CollectionError,
  SECTIONS,
  StepParamsError,
  UnknownStepError,
  addEntry,
  ensureStepData,
  findStep,
  moveEntry,
  nextStep,
  previousStep,
  removeEntry,
  stepContent,
  taskList,
  type CollectionName,
  type SectionStatus,
  type StepRef,
} from '../../../forms/c100/steps';
import type { TaskStatus } from '../components/TaskList';
import type { PageDescription, PageValues } from '../pages/pageTypes';
import type { z } from 'zod';
import type { JourneyTask, ListOperation, RendererJourney, StepLocation } from './RendererJourney';

function refOf(step: StepLocation): StepRef {
  return { id: step.id, params: { ...step.params } };
}

/** Whether `error` means "this page is not part of this draft" rather than a fault in the app. */
function isStalePage(error: unknown): boolean {
  return error instanceof UnknownStepError || error instanceof StepParamsError;
}

function taskStatus(status: SectionStatus): TaskStatus {
  switch (status) {
    case 'not_started':
      return 'not-started';
    case 'in_progress':
      return 'in-progress';
    case 'complete':
      return 'complete';
    case 'cannot_start_yet':
      return 'cannot-start';
    default: {
      const unknown: never = status;
      throw new Error(`Unknown section status: ${String(unknown)}`);
    }
  }
}

const sectionTitle = (id: string) => SECTIONS.find((section) => section.id === id)?.title ?? id;

/** "Complete ‘The children’ first" for a section that cannot start yet. */
function waitingHint(waitingFor: readonly string[]): string | undefined {
  if (waitingFor.length === 0) return undefined;
  const names = waitingFor.map((id) => `‘${sectionTitle(id)}’`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Complete ${list} first`;
}

function collectionAt(path: string): CollectionName | undefined {
  return (Object.keys(COLLECTIONS) as CollectionName[]).find((name) => COLLECTIONS[name].path === path);
}

export const c100Journey: RendererJourney<C100Draft> = {
  page(step, draft, today): PageDescription | undefined {
    const definition = findStep(step.id);
    if (definition === undefined) return undefined;
    const ref = refOf(step);
    try {
      const content = stepContent(draft, ref, today);
      // The step's schema takes the page's values keyed by field path, as the page reads them.
      const schema = definition.schema({ draft, params: ref.params, today }) as z.ZodType<unknown, PageValues>;
      return { id: definition.id, kind: definition.kind, content, schema };
    } catch (error) {
      if (isStalePage(error)) return undefined;
      throw error;
    }
  },

  next(step, draft, today) {
    try {
      return nextStep(draft, refOf(step), today);
    } catch (error) {
      if (isStalePage(error)) return undefined;
      throw error;
    }
  },

  previous(step, draft, today) {
    try {
      return previousStep(draft, refOf(step), today);
    } catch (error) {
      if (isStalePage(error)) return undefined;
      throw error;
    }
  },

  tasks(draft, today): JourneyTask[] {
    return taskList(draft, today).map((section) => ({
      id: section.id,
      title: section.title,
      status: taskStatus(section.status),
      hint: waitingHint(section.waitingFor),
      start: section.resume,
    }));
  },

  prepare(step, draft) {
    return ensureStepData(draft, refOf(step));
  },

  settle(before, after) {
    return clearDependentAnswers(before, after);
  },

  applyListOperation(draft, collectionPath, operation: ListOperation) {
    const collection = collectionAt(collectionPath);
    if (collection === undefined) return undefined;
    try {
      switch (operation.kind) {
        case 'add': {
          const added = addEntry(draft, collection);
          return { draft: added.draft, newId: added.id };
        }
        case 'remove':
          return { draft: removeEntry(draft, collection, operation.itemId) };
        case 'up':
        case 'down':
          return { draft: moveEntry(draft, collection, operation.itemId, operation.kind) };
        default: {
          const unknown: never = operation;
          throw new Error(`Unknown list operation: ${JSON.stringify(unknown)}`);
        }
      }
    } catch (error) {
      // A full list, or an entry removed in another window: nothing to do.
      if (error instanceof CollectionError) return undefined;
      throw error;
    }
  },
};
