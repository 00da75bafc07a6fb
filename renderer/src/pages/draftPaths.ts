/**
 * Reading and writing a draft at a dotted path (`children.2.dateOfBirth`), the address scheme of the
 * journey's field descriptors. Writes are immutable: React state compares by reference.
 */

function segmentsOf(path: string): string[] {
  return path.split('.').filter((segment) => segment.length > 0);
}

function isIndex(segment: string): boolean {
  return /^\d+$/.test(segment);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The value at `path`, or `undefined` when any part of the way is missing. */
export function getAtPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const segment of segmentsOf(path)) {
    if (!isRecord(current)) return undefined;
    current = Array.isArray(current) ? current[Number(segment)] : current[segment];
  }
  return current;
}

/**
 * A copy of `root` with `value` at `path`; objects and arrays are created on the way as needed.
 * Writing `undefined` removes the key (a draft stores an unticked checkbox as absent).
 */
export function setAtPath<T>(root: T, path: string, value: unknown): T {
  const segments = segmentsOf(path);
  return writeAt(root, segments, value) as T;
}

function writeAt(node: unknown, segments: string[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  const child = isRecord(node) ? (Array.isArray(node) ? node[Number(head)] : node[head]) : undefined;
  const nextChild = rest.length === 0 ? value : writeAt(child ?? (isIndex(rest[0] ?? '') ? [] : {}), rest, value);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(head)] = nextChild;
    return copy;
  }
  const copy: Record<string, unknown> = isRecord(node) ? { ...node } : {};
  if (nextChild === undefined) delete copy[head];
  else copy[head] = nextChild;
  return copy;
}
