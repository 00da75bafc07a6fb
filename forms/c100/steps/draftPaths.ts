/**
 * Reading and writing a draft by dotted path (`children.2.dateOfBirth`): the paths of the field
 * descriptors, of `toApplication` issues and of `stepForPath` are all in this form.
 */
import type { C100Draft } from '../draft';

/** Thrown when a path cannot be written (an empty path, or a segment that walks through a non-object). */
export class DraftPathError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`Cannot write the answer at “${path}”: ${reason}. This is a fault in the app, not in your answers: please report it.`);
    this.name = 'DraftPathError';
  }
}

const isIndex = (segment: string) => /^\d+$/.test(segment);

/** The value at `path`, or `undefined` when any part of the path is missing. Never throws. */
export function getAtPath(draft: unknown, path: string): unknown {
  let node: unknown = draft;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function setIn(node: unknown, segments: string[], value: unknown, path: string): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  if (node !== undefined && (node === null || typeof node !== 'object')) {
    throw new DraftPathError(path, `“${head}” is inside a value that is not a group of answers`);
  }
  if (Array.isArray(node) || (node === undefined && isIndex(head))) {
    if (!isIndex(head)) throw new DraftPathError(path, `“${head}” is not a position in a list`);
    const copy = [...((node as unknown[] | undefined) ?? [])];
    const index = Number(head);
    copy[index] = setIn(copy[index], rest, value, path);
    return copy;
  }
  const record = { ...((node as Record<string, unknown> | undefined) ?? {}) };
  const next = setIn(record[head], rest, value, path);
  if (next === undefined) delete record[head];
  else record[head] = next;
  return record;
}

/**
 * A copy of the draft with `value` at `path` (objects and arrays on the way are copied, never mutated;
 * missing ones are created). Setting `undefined` removes the key.
 * @throws DraftPathError when the path is empty or walks through a value that is not an object or array.
 */
export function setAtPath(draft: C100Draft, path: string, value: unknown): C100Draft {
  if (!path) throw new DraftPathError(path, 'the path is empty');
  return setIn(draft, path.split('.'), value, path) as C100Draft;
}

/** Replace numeric segments by `*` (`children.2.dateOfBirth` → `children.*.dateOfBirth`). */
export function pathPattern(path: string): string {
  return path
    .split('.')
    .map((segment) => (isIndex(segment) ? '*' : segment))
    .join('.');
}
