/**
 * The shape of one entry of the C100 04.24 field map (issue 3 "Field map"): every widget of the
 * official template is either filled from the `C100Application` or listed as deliberately unmapped
 * with the reason. The map is data plus small pure functions, so a test can enumerate it against the
 * real template.
 */
import type { C100Application } from '../../application';

/** A widget name of the C100 04.24 template, exactly as in `/T` (C100-04.24-widgets.json). */
export type WidgetName = string;

/** Where a box sits on the paper form, for continuation-sheet titles ("5b – Brief details…"). */
export interface FieldLabel {
  /** Section heading, e.g. "5. Why are you making this application?". */
  readonly section: string;
  /** The printed question the box answers (NOT the widget name, which is often wrong). */
  readonly question: string;
}

export interface TextMapping extends FieldLabel {
  readonly kind: 'text';
  /** The full text for the box, or undefined to leave it blank. Never pre-truncated. */
  readonly value: (app: C100Application) => string | undefined;
  /** 'shrink' for names and short values in narrow boxes; default is the engine's 'continue'. */
  readonly overflow?: 'continue' | 'shrink';
}

export interface CheckMapping extends FieldLabel {
  readonly kind: 'check';
  readonly checked: (app: C100Application) => boolean;
  /**
   * For a check box field whose widgets carry different on-states (page 27 'Check Box3' and the
   * statement-of-truth field the repair creates), the on-state to select when checked.
   */
  readonly option?: (app: C100Application) => string;
}

export interface UnmappedWidget {
  readonly kind: 'unmapped';
  /** Why the app never fills this widget (court-only, signature, mediator-only, not collected…). */
  readonly reason: string;
}

export type FieldMapping = TextMapping | CheckMapping | UnmappedWidget;

export type FieldMap = Readonly<Record<WidgetName, FieldMapping>>;
