/**
 * The repeating parts of a draft (children, other children, applicants, respondents, other people,
 * other court cases, people who need an interpreter): finding an entry by id, naming it, and the list
 * operations of the list pages (add, remove, move).
 */
import type { C100Draft } from '../draft';
import { getAtPath, setAtPath } from './draftPaths';

export const COLLECTIONS = {
  children: { path: 'children', noun: 'child', max: 50 },
  otherChildren: { path: 'otherChildren', noun: 'other child', max: 50 },
  applicants: { path: 'applicants', noun: 'applicant', max: 20 },
  respondents: { path: 'respondents', noun: 'respondent', max: 20 },
  otherPeople: { path: 'otherPeople', noun: 'person', max: 20 },
  proceedings: { path: 'application.proceedings', noun: 'court case', max: 20 },
  interpreterPeople: { path: 'attendingCourt.interpreterPeople', noun: 'person', max: 30 },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
export const PEOPLE_COLLECTIONS = ['children', 'otherChildren', 'applicants', 'respondents', 'otherPeople'] as const;
export type PeopleCollection = (typeof PEOPLE_COLLECTIONS)[number];

/** Thrown when a list operation names an entry that is not in the list, or the list is full. */
export class CollectionError extends Error {
  constructor(readonly collection: CollectionName, reason: string) {
    super(`Cannot change the list of ${COLLECTIONS[collection].noun} entries: ${reason}.`);
    this.name = 'CollectionError';
  }
}

interface Entry {
  id: string;
  firstNames?: string;
  lastName?: string;
}

/** The entries of a collection (an empty list when absent). */
export function entriesOf(draft: C100Draft, collection: CollectionName): Entry[] {
  const value = getAtPath(draft, COLLECTIONS[collection].path);
  return Array.isArray(value) ? (value as Entry[]) : [];
}

/** Index of the entry with `id`, or -1. */
export function indexOf(draft: C100Draft, collection: CollectionName, id: string | undefined): number {
  if (id === undefined) return -1;
  return entriesOf(draft, collection).findIndex((e) => e.id === id);
}

/** "Ana Silva", or the fallback when no name has been typed yet. */
export function nameOf(person: { firstNames?: string; lastName?: string } | undefined, fallback: string): string {
  const name = [person?.firstNames?.trim(), person?.lastName?.trim()].filter(Boolean).join(' ');
  return name || fallback;
}

/** A minor an adult is related to: a child of the application or another child (C100-DOMAIN §2.6 relationship per minor). */
export interface Minor {
  id: string;
  kind: 'child' | 'otherChild';
  name: string;
}

export function minorsOf(draft: C100Draft): Minor[] {
  return [
    ...(draft.children ?? []).map((c, i) => ({ id: c.id, kind: 'child' as const, name: nameOf(c, `child ${i + 1}`) })),
    ...(draft.hasOtherChildren === 'yes' ? (draft.otherChildren ?? []) : []).map((c, i) => ({
      id: c.id,
      kind: 'otherChild' as const,
      name: nameOf(c, `other child ${i + 1}`),
    })),
  ];
}

/** Adults a child can live with: applicants, respondents and other people (C100 section 1d). */
export function adultsOf(draft: C100Draft): { id: string; label: string; role: string }[] {
  return [
    ...(draft.applicants ?? []).map((p, i) => ({ id: p.id, label: nameOf(p, `Applicant ${i + 1}`), role: 'Applicant' })),
    ...(draft.respondents ?? []).map((p, i) => ({ id: p.id, label: nameOf(p, `Respondent ${i + 1}`), role: 'Respondent' })),
    ...(draft.hasOtherPeople === 'yes' ? (draft.otherPeople ?? []) : []).map((p, i) => ({
      id: p.id,
      label: nameOf(p, `Other person ${i + 1}`),
      role: 'Other person',
    })),
  ];
}

let counter = 0;
/** A new stable id: a random UUID where the platform has one (Node, Chromium, Electron all do). */
export function newEntryId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  counter += 1;
  return `id-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Add an empty entry to a collection; returns the new draft and the entry's id (the list page then
 * opens the entry's first page with that id).
 * @throws CollectionError when the list already holds its maximum.
 */
export function addEntry(draft: C100Draft, collection: CollectionName, id: string = newEntryId()): { draft: C100Draft; id: string } {
  const list = entriesOf(draft, collection);
  if (list.length >= COLLECTIONS[collection].max) throw new CollectionError(collection, `the list is full (${COLLECTIONS[collection].max})`);
  return { draft: setAtPath(draft, COLLECTIONS[collection].path, [...list, { id }]), id };
}

/**
 * Remove an entry, and the answers that point at it: relationships to a removed child, and a removed
 * adult in "who the child lives with" and in the Welsh language list.
 * @throws CollectionError when no entry has that id.
 */
export function removeEntry(draft: C100Draft, collection: CollectionName, id: string): C100Draft {
  const list = entriesOf(draft, collection);
  if (!list.some((e) => e.id === id)) throw new CollectionError(collection, 'that entry is not in the list');
  let next = setAtPath(draft, COLLECTIONS[collection].path, list.filter((e) => e.id !== id));
  if (collection === 'children' || collection === 'otherChildren') {
    for (const adults of ['applicants', 'respondents', 'otherPeople'] as const) {
      const people = next[adults];
      if (!people) continue;
      next = { ...next, [adults]: people.map((p) => (p.relationships ? { ...p, relationships: p.relationships.filter((r) => r.childId !== id) } : p)) };
    }
  } else if (collection === 'applicants' || collection === 'respondents' || collection === 'otherPeople') {
    if (next.children) {
      next = { ...next, children: next.children.map((c) => (c.livesWith ? { ...c, livesWith: c.livesWith.filter((p) => p !== id) } : c)) };
    }
    const welsh = next.attendingCourt?.welshPeople;
    if (welsh) next = setAtPath(next, 'attendingCourt.welshPeople', welsh.filter((w) => w.personId !== id));
  }
  return next;
}

/**
 * Move an entry one place up or down (the order is the order on the form: child 1, child 2...).
 * Moving past either end leaves the list as it is.
 * @throws CollectionError when no entry has that id.
 */
export function moveEntry(draft: C100Draft, collection: CollectionName, id: string, direction: 'up' | 'down'): C100Draft {
  const list = [...entriesOf(draft, collection)];
  const from = list.findIndex((e) => e.id === id);
  if (from < 0) throw new CollectionError(collection, 'that entry is not in the list');
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= list.length) return draft;
  const [moved] = list.splice(from, 1);
  if (moved) list.splice(to, 0, moved);
  return setAtPath(draft, COLLECTIONS[collection].path, list);
}
