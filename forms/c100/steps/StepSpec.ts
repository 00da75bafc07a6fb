/**
 * How a section declares its pages (`StepSpec`) and its branching (`SectionFlow`). The public
 * `StepDefinition` records are made from these in `journey.ts`, which owns navigation.
 */
import type { C100Draft } from '../draft';
import type { PageBuilder } from './PageBuilder';
import type { ContentBlock, SectionId, StepContext, StepKind, StepParams, StepRef } from './types';

/** What `build` returns besides the fields it adds to the builder. */
export interface PageText {
  title: string;
  caption?: string;
  hint?: string;
  body?: ContentBlock[];
  continueLabel?: string;
}

export interface StepSpec {
  id: string;
  section: SectionId;
  kind: StepKind;
  params?: readonly string[];
  /** Parameter sets for this draft; absent for a page that does not repeat. */
  instances?(draft: C100Draft): StepParams[];
  /** Add the page's fields to `page` and return its text. Throws `StepParamsError` for unknown parameters. */
  build(ctx: StepContext, page: PageBuilder): PageText;
}

/** Thrown when a page is asked for with parameters that do not match the draft (a removed person, a wrong code). */
export class StepParamsError extends Error {
  constructor(readonly stepId: string, readonly params: StepParams, reason: string) {
    super(`The page “${stepId}” cannot be shown: ${reason}. Go back to the task list and choose the section again.`);
    this.name = 'StepParamsError';
  }
}

/** The pages of one section that a draft visits, in order; `ended` when the journey stops on an exit page there. */
export interface FlowResult {
  refs: StepRef[];
  ended: boolean;
}

export type SectionFlow = (draft: C100Draft, today: string) => FlowResult;

/** Collects the pages a section visits. */
export class Flow {
  readonly refs: StepRef[] = [];
  ended = false;

  visit(id: string, params: StepParams = {}): void {
    this.refs.push({ id, params });
  }

  /** Visit an exit page: the journey stops here. */
  exit(id: string): FlowResult {
    this.refs.push({ id, params: {} });
    this.ended = true;
    return this.result();
  }

  result(): FlowResult {
    return { refs: this.refs, ended: this.ended };
  }
}
