/**
 * From a draft path (as in `toApplication` issues, e.g. `children.2.dateOfBirth`) to the page that asks
 * it, so that every issue on check your answers links back to its page (DESIGN.md "Data flow" 4).
 */
import type { C100Draft } from '../draft';
import { DRAFT_SCHEMA_VERSION } from '../draft';
import { pathPattern } from './draftPaths';
import { allInstances, buildPage, contextFor, specOf, todayIso } from './journey';
import type { FieldDescriptor, StepRef } from './types';

/** Paths a field writes: its own, the parts of an address, the entries of a per-person choice. */
function fieldPaths(field: FieldDescriptor): string[] {
  const own = [field.path];
  switch (field.kind) {
    case 'address':
      return [...own, ...field.parts.map((part) => `${field.path}.${part.key}`)];
    case 'personChoices':
      return [...own, `${field.path}.0.personId`, `${field.path}.0.${field.choiceKey}`];
    case 'radios':
    case 'checkboxes':
      return [...own, ...field.options.flatMap((o) => (o.reveal ?? []).flatMap(fieldPaths))];
    case 'checkbox':
      return [...own, ...(field.reveal ?? []).flatMap(fieldPaths)];
    case 'text':
    case 'email':
    case 'phone':
    case 'postcode':
    case 'textarea':
    case 'select':
    case 'date':
    case 'personPicker':
    case 'collection':
      return own;
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

/** Every path the page instance asks, including revealed follow-ups and parts of compound answers. */
export function pathsAskedBy(draft: C100Draft, ref: StepRef, today: string = todayIso()): string[] {
  const { content } = buildPage(specOf(ref.id), contextFor(draft, ref, today));
  return content.fields.flatMap(fieldPaths);
}

/**
 * A draft in which every page of the table has an instance: one of each kind of person, a non-parent
 * applicant (all permission questions), one court case and one interpreter. Used to learn which page
 * asks which path pattern.
 */
function samplePathDraft(): C100Draft {
  const rel = (childId: string) => ({ childId, relation: 'other' as const });
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    // Pages whose questions depend on the grounds claimed ask all of them for these grounds.
    miam: { exemptions: { domestic: ['police_arrested'], adr: ['misc_previous_attendance', 'misc_existing_proceedings_exemption'], misc: ['misc_access', 'misc_access3'] } },
    children: [{ id: 'c', orders: ['child_arrangements_home'] }],
    hasOtherChildren: 'yes',
    otherChildren: [{ id: 'oc' }],
    applicants: [{ id: 'a', relationships: [rel('c'), rel('oc')] }],
    respondents: [{ id: 'r', relationships: [rel('c'), rel('oc')] }],
    hasOtherPeople: 'yes',
    otherPeople: [{ id: 'o', relationships: [rel('c'), rel('oc')] }],
    application: { proceedings: [{ id: 'p' }] },
    attendingCourt: { interpreterPeople: [{ id: 'i' }] },
  };
}

let patternMaps: { exact: Map<string, string>; prefix: Map<string, string> } | undefined;

function maps() {
  if (patternMaps) return patternMaps;
  const exact = new Map<string, string>();
  const prefix = new Map<string, string>();
  const draft = samplePathDraft();
  const today = todayIso();
  for (const ref of allInstances(draft)) {
    for (const path of pathsAskedBy(draft, ref, today)) {
      const pattern = pathPattern(path);
      if (!exact.has(pattern)) exact.set(pattern, ref.id);
      const segments = pattern.split('.');
      for (let n = segments.length - 1; n >= 1; n -= 1) {
        const head = segments.slice(0, n).join('.');
        if (!prefix.has(head)) prefix.set(head, ref.id);
      }
    }
  }
  patternMaps = { exact, prefix };
  return patternMaps;
}

/** The first page of the section that owns a top-level key, for paths no page asks directly. */
const FALLBACK_STEP = 'check-your-answers';

/**
 * The id of the page that asks the answer at `path` (e.g. `children.2.dateOfBirth` → `child-details`).
 * Paths inside an answer (`applicants.0.address.town`) and paths of whole groups (`miam.exemptions`,
 * `applicants.0.relationships.child:ID`) go to the first page that asks something under them.
 * Unknown paths go to check your answers. Never throws.
 */
export function stepForPath(path: string): string {
  const { exact, prefix } = maps();
  const pattern = pathPattern(path);
  const found = exact.get(pattern);
  if (found) return found;
  const segments = pattern.split('.');
  for (let n = segments.length; n >= 1; n -= 1) {
    const head = segments.slice(0, n).join('.');
    const hit = exact.get(head) ?? prefix.get(head);
    if (hit) return hit;
  }
  return FALLBACK_STEP;
}

/**
 * The page instance (id and parameters) that asks the answer at `path` in this draft, for a Change
 * link or an issue link (`children.2.dateOfBirth` → `child-details` for the third child). Falls back to
 * the page of `stepForPath` with no parameters. Never throws.
 */
export function stepRefForPath(draft: C100Draft, path: string, today: string = todayIso()): StepRef {
  const id = stepForPath(path);
  const childId = /(?:^|\.)child:([^.]+)/.exec(path)?.[1];
  const wanted = path.replace(/\.child:[^.]+.*$/, '');
  let best: { ref: StepRef; score: number } | undefined;
  for (const ref of allInstances(draft).filter((r) => r.id === id)) {
    let paths: string[];
    try {
      paths = pathsAskedBy(draft, ref, today);
    } catch {
      continue;
    }
    const match = Math.max(0, ...paths.map((asked) => (asked === path ? 1000 : commonPrefix(asked, wanted))));
    const score = match + (childId !== undefined && ref.params.childId === childId ? 100 : 0);
    if (!best || score > best.score) best = { ref, score };
  }
  return best?.ref ?? { id, params: {} };
}

/** Number of leading segments two dotted paths share. */
function commonPrefix(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n += 1;
  return n;
}
