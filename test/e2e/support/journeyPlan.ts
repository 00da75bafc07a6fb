/**
 * What to type on one page of the journey to reproduce a target draft (an example), worked out from
 * the journey data alone (issue 5 "Done when": a journey typed in from an empty draft). Pure: it
 * reads the page's field descriptors from `stepContent(draftSoFar, ref)` and the answers from the
 * target, and says which control to fill, tick or press, by the ids the renderer gives them
 * (`renderer/src/pages/pageValues.ts` `fieldId`, `components/Radios.tsx` `itemId`).
 *
 * The app makes its own ids for the people it adds, so the target's ids are matched to the app's by
 * position in each list (child 1 is child 1), and relationships by the child they are about.
 */
import type { C100Draft } from '../../../forms/c100/draft';
import { COLLECTIONS, getAtPath, stepById, stepContent, type FieldDescriptor, type StepRef } from '../../../forms/c100/steps';

/** One thing to do to a control, in page order. `expect` says what the draft holds afterwards. */
export type ControlAction =
  | { kind: 'fill'; id: string; value: string; path: string }
  | { kind: 'check'; id: string; path: string; value: string | true; control: 'radio' | 'checkbox'; personId?: string }
  | { kind: 'select'; id: string; value: string; path: string };

export interface PagePlan {
  ref: StepRef;
  stepKind: ReturnType<typeof stepById>['kind'];
  title: string;
  /** Controls to set, in page order (revealed follow-ups right after the answer that reveals them). */
  actions: ControlAction[];
  /** On a list page with fewer entries than the target: the "Add" button to press instead of Continue. */
  add?: { id: string; have: number; want: number };
  /** The words on the main button (absent on exit pages). */
  continueLabel?: string;
  /** Checks that the saved draft holds what this page typed (used to wait for the save after Continue). */
  written: { path: string; holds: (draft: unknown) => boolean }[];
}

/** `children.2.dateOfBirth` → `f-children-2-dateOfBirth` (the renderer's `fieldId`). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The id of the n-th (0-based) radio or checkbox of a question (the renderer's `itemId`). */
export function itemId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

/** A CSS selector for an element id that may contain any character. */
export function byId(id: string): string {
  return `[id="${id.replace(/"/g, '\\"')}"]`;
}

type IdMap = Map<string, string>;

/** App id → target id and back, matched by position in each list of people, cases and interpreters. */
export function matchIds(app: unknown, target: unknown): { toTarget: IdMap; toApp: IdMap } {
  const toTarget: IdMap = new Map();
  const toApp: IdMap = new Map();
  for (const { path } of Object.values(COLLECTIONS)) {
    const appList = getAtPath(app, path);
    const targetList = getAtPath(target, path);
    if (!Array.isArray(appList) || !Array.isArray(targetList)) continue;
    appList.forEach((entry: unknown, index) => {
      const appId = (entry as { id?: unknown } | undefined)?.id;
      const targetId = (targetList[index] as { id?: unknown } | undefined)?.id;
      if (typeof appId === 'string' && typeof targetId === 'string') {
        toTarget.set(appId, targetId);
        toApp.set(targetId, appId);
      }
    });
  }
  return { toTarget, toApp };
}

const RELATIONSHIP = /^((?:applicants|respondents|otherPeople)\.\d+\.relationships)\.(\d+)(\..*)?$/;

/**
 * The target's path for a path of the app's draft. Positions are the same in every list except the
 * relationships, which each adult lists in the order the pages were visited: those are matched by
 * the child (the page's `childId`).
 */
export function targetPath(appPath: string, app: unknown, target: unknown, ref: StepRef, ids: IdMap): string | undefined {
  const match = RELATIONSHIP.exec(appPath);
  if (!match) return appPath;
  const [, listPath = '', index = '', rest = ''] = match;
  const appEntry = (getAtPath(app, listPath) as { childId?: string }[] | undefined)?.[Number(index)];
  const appChildId = appEntry?.childId ?? ref.params['childId'];
  const targetChildId = appChildId === undefined ? undefined : ids.get(appChildId);
  const targetList = getAtPath(target, listPath);
  if (!Array.isArray(targetList) || targetChildId === undefined) return undefined;
  const at = targetList.findIndex((r: unknown) => (r as { childId?: unknown }).childId === targetChildId);
  return at < 0 ? undefined : `${listPath}.${at}${rest}`;
}

const sameSet = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v) => b.includes(v));

/**
 * The plan for one page: what to type so that this page's answers equal the target's.
 * @throws UnknownStepError / StepParamsError from the journey when the page does not fit the draft.
 */
export function planPage(app: C100Draft, ref: StepRef, target: C100Draft, today?: string): PagePlan {
  const step = stepById(ref.id);
  const content = stepContent(app, ref, today);
  const { toTarget, toApp } = matchIds(app, target);
  const actions: ControlAction[] = [];
  const written: PagePlan['written'] = [];
  let add: PagePlan['add'];
  const valueFor = (path: string) => {
    const mapped = targetPath(path, app, target, ref, toTarget);
    return mapped === undefined ? undefined : getAtPath(target, mapped);
  };

  const visit = (fields: readonly FieldDescriptor[]): void => {
    for (const field of fields) {
      const id = fieldId(field.path);
      const value = valueFor(field.path);
      switch (field.kind) {
        case 'text':
        case 'email':
        case 'phone':
        case 'postcode':
        case 'textarea':
          if (typeof value === 'string' && value !== '') {
            actions.push({ kind: 'fill', id, value, path: field.path });
            written.push({ path: field.path, holds: (d) => getAtPath(d, field.path) === value });
          }
          break;
        case 'select':
          if (typeof value === 'string') {
            actions.push({ kind: 'select', id, value, path: field.path });
            written.push({ path: field.path, holds: (d) => getAtPath(d, field.path) === value });
          }
          break;
        case 'radios': {
          const index = field.options.findIndex((option) => option.value === value);
          const option = field.options[index];
          if (option && typeof value === 'string') {
            actions.push({ kind: 'check', id: itemId(id, index), path: field.path, value, control: 'radio' });
            written.push({ path: field.path, holds: (d) => getAtPath(d, field.path) === value });
            visit(option.reveal ?? []);
          }
          break;
        }
        case 'checkboxes': {
          const chosen = Array.isArray(value) ? value : [];
          field.options.forEach((option, index) => {
            if (!chosen.includes(option.value)) return;
            actions.push({ kind: 'check', id: itemId(id, index), path: field.path, value: option.value, control: 'checkbox' });
            visit(option.reveal ?? []);
          });
          if (chosen.length > 0) written.push({ path: field.path, holds: (d) => sameSet((getAtPath(d, field.path) as unknown[] | undefined) ?? [], chosen) });
          break;
        }
        case 'checkbox':
          if (value === true) {
            actions.push({ kind: 'check', id, path: field.path, value: true, control: 'checkbox' });
            written.push({ path: field.path, holds: (d) => getAtPath(d, field.path) === true });
            visit(field.reveal ?? []);
          }
          break;
        case 'date':
          for (const part of ['day', 'month', 'year'] as const) {
            const typed = getAtPath(value, part);
            if (typeof typed !== 'string' || typed === '') continue;
            const partPath = `${field.path}.${part}`;
            actions.push({ kind: 'fill', id: `${id}-${part}`, value: typed, path: partPath });
            written.push({ path: partPath, holds: (d) => getAtPath(d, partPath) === typed });
          }
          break;
        case 'address':
          for (const part of field.parts) {
            const typed = getAtPath(value, part.key);
            if (typeof typed !== 'string' || typed === '') continue;
            const partPath = `${field.path}.${part.key}`;
            actions.push({ kind: 'fill', id: `${id}-${part.key}`, value: typed, path: partPath });
            written.push({ path: partPath, holds: (d) => getAtPath(d, partPath) === typed });
          }
          break;
        case 'personPicker': {
          const chosen = (Array.isArray(value) ? value : []).map((targetId) => toApp.get(String(targetId)));
          field.people.forEach((person, index) => {
            if (chosen.includes(person.id)) actions.push({ kind: 'check', id: itemId(id, index), path: field.path, value: person.id, control: 'checkbox' });
          });
          if (chosen.length > 0) written.push({ path: field.path, holds: (d) => sameSet((getAtPath(d, field.path) as unknown[] | undefined) ?? [], chosen) });
          break;
        }
        case 'personChoices': {
          const entries = (Array.isArray(value) ? value : []) as Record<string, unknown>[];
          for (const person of field.people) {
            const targetId = toTarget.get(person.id);
            const choice = entries.find((entry) => entry['personId'] === targetId)?.[field.choiceKey];
            const index = field.options.findIndex((option) => option.value === choice);
            if (index < 0 || typeof choice !== 'string') continue;
            actions.push({ kind: 'check', id: itemId(`${id}-${person.id}`, index), path: field.path, value: choice, control: 'radio', personId: person.id });
            written.push({
              path: `${field.path}[${person.id}]`,
              holds: (d) => ((getAtPath(d, field.path) as Record<string, unknown>[] | undefined) ?? []).some((e) => e['personId'] === person.id && e[field.choiceKey] === choice),
            });
          }
          break;
        }
        case 'collection': {
          const want = Array.isArray(value) ? value.length : 0;
          if (field.items.length < want) add = { id: `${id}-add`, have: field.items.length, want };
          break;
        }
        default: {
          const unknown: never = field;
          throw new Error(`Unknown field kind ${JSON.stringify(unknown)}`);
        }
      }
    }
  };
  visit(content.fields);

  return {
    ref,
    stepKind: step.kind,
    title: content.title,
    actions,
    ...(add ? { add } : {}),
    ...(content.continueLabel !== undefined ? { continueLabel: content.continueLabel } : {}),
    written,
  };
}
