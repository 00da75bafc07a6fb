/**
 * How a draft typed in through the app differs from the example it reproduces: the app's own ids
 * are put back to the example's (matched by position, as the driver matched them), lists whose
 * order the pages do not fix (relationships per child, Welsh needs per person) are compared by key,
 * and every answer is compared leaf by leaf.
 */
import type { C100Draft } from '../../../forms/c100/draft';
import { matchIds } from './journeyPlan';

export interface DraftDifference {
  path: string;
  typed: unknown;
  example: unknown;
}

const KEYED_LISTS: Readonly<Record<string, string>> = { relationships: 'childId', welshPeople: 'personId' };

function normalise(value: unknown, ids: Map<string, string>, key?: string): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise(item, ids));
    // Ticked boxes are stored in the order of the options, the example in any order: compare as sets.
    if (items.every((item) => typeof item === 'string')) return [...(items as string[])].sort();
    const sortKey = key === undefined ? undefined : KEYED_LISTS[key];
    return sortKey === undefined ? items : [...items].sort((a, b) => String((a as Record<string, unknown>)[sortKey]).localeCompare(String((b as Record<string, unknown>)[sortKey])));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, ids, k)]));
  }
  return value;
}

function leaves(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  // An empty list and no answer mean the same (nothing ticked).
  if (Array.isArray(value) && value.length === 0) return out;
  if (Array.isArray(value)) value.forEach((item, i) => leaves(item, `${prefix}.${i}`, out));
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, value);
  return out;
}

/** Parts of a draft no journey page asks: a McKenzie friend’s review comments. */
export const NOT_ASKED_IN_THE_JOURNEY: readonly RegExp[] = [/^reviewComments(\.|$)/];

/**
 * What the journey does not ask for this example: the review comments, and C100 section 1c ("do all
 * the children have the same parents?") with one child (journey `childrenFlow`).
 */
export function notAskedFor(example: C100Draft): RegExp[] {
  return [...NOT_ASKED_IN_THE_JOURNEY, ...((example.children?.length ?? 0) < 2 ? [/^childrenDetails\.sameParents$/] : [])];
}

/** Every answer that differs between the typed draft and the example (ids mapped back to the example's). */
export function draftDifferences(typed: C100Draft, example: C100Draft, ignore: readonly RegExp[] = notAskedFor(example)): DraftDifference[] {
  const { toTarget } = matchIds(typed, example);
  const a = leaves(normalise(typed, toTarget), '', new Map());
  const b = leaves(normalise(example, new Map()), '', new Map());
  const out: DraftDifference[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    if (ignore.some((pattern) => pattern.test(path))) continue;
    const x = a.get(path);
    const y = b.get(path);
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ path, typed: x, example: y });
  }
  return out;
}
