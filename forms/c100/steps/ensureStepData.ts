/**
 * Prepare a draft before a page is shown: a relationship page writes into the adult's relationship
 * entry for that child, which must exist (with its `childId`) before the renderer writes answers
 * into it by path.
 */
import type { C100Draft } from '../draft';
import type { StepRef } from './types';

/**
 * The draft with what the page at `ref` writes into created; the same object when nothing was missing.
 * Never throws: parameters that match nothing leave the draft as it is.
 */
export function ensureStepData(draft: C100Draft, ref: StepRef): C100Draft {
  const { personId, childId } = ref.params;
  if (personId === undefined || childId === undefined) return draft;
  for (const collection of ['applicants', 'respondents', 'otherPeople'] as const) {
    const people = draft[collection];
    const index = people?.findIndex((p) => p.id === personId) ?? -1;
    const person = index >= 0 ? people?.[index] : undefined;
    if (!people || !person) continue;
    if (person.relationships?.some((r) => r.childId === childId)) return draft;
    const updated = { ...person, relationships: [...(person.relationships ?? []), { childId }] };
    return { ...draft, [collection]: people.map((p, i) => (i === index ? updated : p)) };
  }
  return draft;
}
