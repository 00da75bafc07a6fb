/**
 * The task list: the sections of the journey with their status (issue 2 "The journey as data";
 * issue 5 "What the user sees"). A section is complete when every page it visits for this draft
 * passes its page schema; the MIAM section is left out when no MIAM is required.
 */
import type { C100Draft } from '../draft';
import { SECTIONS, stepHasAnswers, todayIso, validateStep } from './journey';
import { findStep } from './journey';
import type { SectionId, StepRef } from './types';

export type SectionStatus = 'not_started' | 'in_progress' | 'complete' | 'cannot_start_yet';

export interface TaskListSection {
  id: SectionId;
  title: string;
  status: SectionStatus;
  /** Where "start" or "continue" goes: the first page that does not pass yet, else the first page. */
  resume: StepRef;
  /** Pages the section visits for this draft. */
  steps: StepRef[];
  /** The sections still to complete before this one can start (empty unless `cannot_start_yet`). */
  waitingFor: SectionId[];
}

/**
 * The sections with their status, in journey order.
 * @throws nothing for any draft: pages whose parameters no longer match are counted as not passing.
 */
export function taskList(draft: C100Draft, today: string = todayIso()): TaskListSection[] {
  const out: TaskListSection[] = [];
  const status = new Map<SectionId, SectionStatus>();
  for (const section of SECTIONS) {
    const { refs } = section.flow(draft, today);
    if (refs.length === 0) continue;
    const firstRef = refs[0] as StepRef;
    const waitingFor =
      section.id === 'checkAnswers'
        ? [...status.entries()].filter(([, s]) => s !== 'complete').map(([id]) => id)
        : section.after.filter((id) => status.has(id) && status.get(id) !== 'complete');
    let sectionStatus: SectionStatus;
    let resume = firstRef;
    if (waitingFor.length > 0) {
      sectionStatus = 'cannot_start_yet';
    } else if (section.id === 'checkAnswers') {
      sectionStatus = 'not_started';
    } else {
      const failing = refs.find((ref) => !passes(draft, ref, today));
      const answered = refs.some((ref) => safeHasAnswers(draft, ref, today));
      sectionStatus = failing ? (answered ? 'in_progress' : 'not_started') : 'complete';
      resume = failing ?? firstRef;
    }
    status.set(section.id, sectionStatus);
    out.push({ id: section.id, title: section.title, status: sectionStatus, resume, steps: refs, waitingFor });
  }
  return out;
}

function passes(draft: C100Draft, ref: StepRef, today: string): boolean {
  if (findStep(ref.id)?.kind === 'exit') return false;
  try {
    return validateStep(draft, ref, today).ok;
  } catch {
    return false;
  }
}

function safeHasAnswers(draft: C100Draft, ref: StepRef, today: string): boolean {
  try {
    return stepHasAnswers(draft, ref, today);
  } catch {
    return false;
  }
}
