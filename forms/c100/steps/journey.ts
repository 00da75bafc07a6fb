/**
 * The journey: the step table, the sections in order (C100-DOMAIN §10.1), and navigation. Branching
 * lives in one flow function per section (as MoJ keeps one decision tree per section); a step's `next`
 * is the page after it in `journeyPath(draft)`, so the back link and Continue always agree.
 */
import type { C100Draft } from '../draft';
import { isoDate } from '../fields';
import { getAtPath } from './draftPaths';
import { collectPaths, isBlank, PageBuilder } from './PageBuilder';
import type { FlowResult, SectionFlow, StepSpec } from './StepSpec';
import { applicantsFlow, applicantsSteps } from './sections/applicants';
import { applicationFlow, applicationSteps } from './sections/application';
import { attendingCourtFlow, attendingCourtSteps } from './sections/attendingCourt';
import { childrenFlow, childrenSteps } from './sections/children';
import { checkAnswersFlow, feeFlow, finishSteps, statementOfTruthFlow } from './sections/finish';
import { miamFlow, miamSteps } from './sections/miam';
import { ordersFlow, ordersSteps } from './sections/orders';
import { otherPeopleFlow, otherPeopleSteps, respondentsFlow, respondentsSteps } from './sections/respondents';
import { safetyFlow, safetySteps } from './sections/safety';
import { screeningFlow, screeningSteps } from './sections/screening';
import { whereChildrenLiveFlow, whereChildrenLiveSteps } from './sections/whereChildrenLive';
import type { PageValues, SectionId, StepContent, StepContext, StepDefinition, StepError, StepParams, StepRef } from './types';

/** Thrown by `stepById` for an id that is not in the table (a stale link or bookmark). */
export class UnknownStepError extends Error {
  constructor(readonly stepId: string) {
    super(`There is no page called “${stepId}”. Go back to the task list and choose the section again.`);
    this.name = 'UnknownStepError';
  }
}

export interface SectionInfo {
  id: SectionId;
  title: string;
  flow: SectionFlow;
  /** Sections that must be complete before this one can start (the task list's "cannot start yet"). */
  after: readonly SectionId[];
}

/** Sections in the order of C100-DOMAIN §10.1. */
export const SECTIONS: readonly SectionInfo[] = [
  { id: 'screening', title: 'Before you start', flow: screeningFlow, after: [] },
  { id: 'miam', title: 'Mediation (MIAM)', flow: miamFlow, after: ['screening'] },
  { id: 'safety', title: 'Safety concerns', flow: safetyFlow, after: ['screening'] },
  { id: 'orders', title: 'What you are asking the court to decide', flow: ordersFlow, after: ['screening'] },
  // A child's pages ask which of the orders sought concern them.
  { id: 'children', title: 'The children', flow: childrenFlow, after: ['screening', 'orders'] },
  // Relationship pages are asked per child.
  { id: 'applicants', title: 'About you (the applicants)', flow: applicantsFlow, after: ['children'] },
  { id: 'respondents', title: 'The respondents', flow: respondentsFlow, after: ['children'] },
  { id: 'otherPeople', title: 'Other people who should know about the application', flow: otherPeopleFlow, after: ['children'] },
  // Who each child lives with is chosen from the people.
  { id: 'whereChildrenLive', title: 'Where the children live', flow: whereChildrenLiveFlow, after: ['children', 'applicants', 'respondents', 'otherPeople'] },
  // Permission depends on the applicants' relationships (C100-DOMAIN §5.1).
  { id: 'application', title: 'About the application', flow: applicationFlow, after: ['children', 'applicants'] },
  { id: 'attendingCourt', title: 'Going to court', flow: attendingCourtFlow, after: ['applicants', 'respondents', 'otherPeople'] },
  { id: 'fee', title: 'Court fee', flow: feeFlow, after: ['screening'] },
  // Who may sign depends on whether a solicitor acts (asked with the applicants).
  { id: 'statementOfTruth', title: 'Statement of truth', flow: statementOfTruthFlow, after: ['applicants'] },
  { id: 'checkAnswers', title: 'Check your answers', flow: checkAnswersFlow, after: [] },
];

const SPECS: readonly StepSpec[] = [
  ...screeningSteps,
  ...miamSteps,
  ...safetySteps,
  ...ordersSteps,
  ...childrenSteps,
  ...applicantsSteps,
  ...respondentsSteps,
  ...otherPeopleSteps,
  ...whereChildrenLiveSteps,
  ...applicationSteps,
  ...attendingCourtSteps,
  ...finishSteps,
];

const specIndex = new Map(SPECS.map((spec, i) => [spec.id, i]));

/** Today as an ISO date (the default for date rules and the under-18 check). */
export function todayIso(): string {
  return isoDate(new Date());
}

interface BuiltPage {
  content: StepContent;
  builder: PageBuilder;
}

function buildPage(spec: StepSpec, ctx: StepContext): BuiltPage {
  const builder = new PageBuilder();
  const text = spec.build(ctx, builder);
  const content: StepContent = {
    title: text.title,
    ...(text.caption ? { caption: text.caption } : {}),
    ...(text.hint ? { hint: text.hint } : {}),
    body: text.body ?? [],
    fields: builder.fields,
    questionIsHeading: builder.fields.length === 1 && builder.fields[0]?.label === text.title,
    ...(spec.kind === 'exit' ? {} : { continueLabel: text.continueLabel ?? 'Continue' }),
  };
  return { content, builder };
}

function toDefinition(spec: StepSpec): StepDefinition {
  return {
    id: spec.id,
    section: spec.section,
    kind: spec.kind,
    params: spec.params ?? [],
    instances: (draft) => (spec.instances ? spec.instances(draft) : [{}]),
    content: (ctx) => buildPage(spec, ctx).content,
    schema: (ctx) => buildPage(spec, ctx).builder.schema(),
    next: (draft, params, today) => nextStep(draft, { id: spec.id, params }, today),
  };
}

/** Every page of the journey, in table order. */
export const STEPS: readonly StepDefinition[] = SPECS.map(toDefinition);
const stepsById = new Map(STEPS.map((step) => [step.id, step]));

/** The step with this id, or `undefined`. */
export function findStep(id: string): StepDefinition | undefined {
  return stepsById.get(id);
}

/**
 * The step with this id.
 * @throws UnknownStepError when there is no such step.
 */
export function stepById(id: string): StepDefinition {
  const step = stepsById.get(id);
  if (!step) throw new UnknownStepError(id);
  return step;
}

export const FIRST_STEP_ID = 'children-in-england-or-wales';

/** Where every journey starts. */
export function firstStep(): StepRef {
  return { id: FIRST_STEP_ID, params: {} };
}

export function sameRef(a: StepRef, b: StepRef): boolean {
  if (a.id !== b.id) return false;
  const keys = new Set([...Object.keys(a.params), ...Object.keys(b.params)]);
  for (const key of keys) if (a.params[key] !== b.params[key]) return false;
  return true;
}

/** The pages of one section for this draft (empty when the section does not apply, e.g. no MIAM for a consent order). */
export function sectionFlow(draft: C100Draft, section: SectionId, today: string = todayIso()): FlowResult {
  const info = SECTIONS.find((s) => s.id === section);
  return info ? info.flow(draft, today) : { refs: [], ended: false };
}

/**
 * The ordered pages a user visits for this draft, from the first page to check your answers, or to the
 * exit page where the journey stops. Pages behind an unanswered question are not listed yet.
 */
export function journeyPath(draft: C100Draft, today: string = todayIso()): StepRef[] {
  const path: StepRef[] = [];
  for (const section of SECTIONS) {
    const result = section.flow(draft, today);
    path.push(...result.refs);
    if (result.ended) break;
  }
  return path;
}

/** Position of a page outside the current path: its place in the step table. */
function tableIndex(ref: StepRef): number {
  return specIndex.get(ref.id) ?? -1;
}

/**
 * The page after `current` for this draft; `undefined` on exit pages and on check your answers.
 * A page no longer on the path (a gate answer changed) continues with the next page of the table that is.
 * @throws UnknownStepError when `current.id` is not a step.
 */
export function nextStep(draft: C100Draft, current: StepRef, today: string = todayIso()): StepRef | undefined {
  const step = stepById(current.id);
  if (step.kind === 'exit' || step.kind === 'checkAnswers') return undefined;
  const path = journeyPath(draft, today);
  const at = path.findIndex((ref) => sameRef(ref, current));
  if (at >= 0) return path[at + 1];
  const index = tableIndex(current);
  return path.find((ref) => tableIndex(ref) > index) ?? path[path.length - 1];
}

/**
 * The page before `current` (the back link); `undefined` on the first page. Going back never changes
 * the draft: answers are kept as typed (DESIGN.md "Data flow").
 * @throws UnknownStepError when `current.id` is not a step.
 */
export function previousStep(draft: C100Draft, current: StepRef, today: string = todayIso()): StepRef | undefined {
  stepById(current.id);
  const path = journeyPath(draft, today);
  const at = path.findIndex((ref) => sameRef(ref, current));
  if (at >= 0) return at > 0 ? path[at - 1] : undefined;
  const index = tableIndex(current);
  return [...path].reverse().find((ref) => tableIndex(ref) < index);
}

/** Context of a page instance. */
export function contextFor(draft: C100Draft, ref: StepRef, today: string = todayIso()): StepContext {
  return { draft, params: ref.params, today };
}

/**
 * The content of a page for a draft (title, hint, body, fields).
 * @throws UnknownStepError for an unknown id; StepParamsError when the parameters do not match the draft.
 */
export function stepContent(draft: C100Draft, ref: StepRef, today: string = todayIso()): StepContent {
  return buildPage(specOf(ref.id), contextFor(draft, ref, today)).content;
}

function specOf(id: string): StepSpec {
  const index = specIndex.get(id);
  const spec = index === undefined ? undefined : SPECS[index];
  if (!spec) throw new UnknownStepError(id);
  return spec;
}

/** The answers of a page, read from the draft by field path (what its schema validates). */
export function pageValues(draft: C100Draft, fieldPaths: readonly string[]): PageValues {
  const values: PageValues = {};
  for (const path of fieldPaths) values[path] = getAtPath(draft, path);
  return values;
}

export type StepValidation = { ok: true } | { ok: false; errors: StepError[] };

/**
 * Validate one page of the draft with its schema (Continue). Exit pages never pass: the journey
 * cannot continue from them.
 * @throws UnknownStepError for an unknown id; StepParamsError when the parameters do not match the draft.
 */
export function validateStep(draft: C100Draft, ref: StepRef, today: string = todayIso()): StepValidation {
  const spec = specOf(ref.id);
  const { content, builder } = buildPage(spec, contextFor(draft, ref, today));
  if (spec.kind === 'exit') return { ok: false, errors: [{ path: '', message: content.title }] };
  const result = builder.schema().safeParse(pageValues(draft, collectPaths(content.fields)));
  if (result.success) return { ok: true };
  // The error summary lists problems in the order of the questions on the page (GOV.UK error summary).
  const order = collectPaths(content.fields);
  const rank = (path: string) => {
    const at = order.findIndex((p) => path === p || path.startsWith(`${p}.`));
    return at < 0 ? order.length : at;
  };
  const errors = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  return { ok: false, errors: errors.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e.path) - rank(b.e.path) || a.i - b.i).map(({ e }) => e) };
}

/** Whether any question of the page has an answer (for "in progress" in the task list). */
export function stepHasAnswers(draft: C100Draft, ref: StepRef, today: string = todayIso()): boolean {
  const { content } = buildPage(specOf(ref.id), contextFor(draft, ref, today));
  return collectPaths(content.fields).some((path) => {
    const value = getAtPath(draft, path);
    if (Array.isArray(value)) return value.length > 0;
    if (value && typeof value === 'object') return Object.values(value).some((v) => !isBlank(v));
    return !isBlank(value) && value !== false;
  });
}

/** Every parameter set of every step for this draft (used to find the page of an answer). */
export function allInstances(draft: C100Draft): StepRef[] {
  return STEPS.flatMap((step) => step.instances(draft).map((params: StepParams) => ({ id: step.id, params })));
}

export { buildPage, specOf };
