/** Small constructors that keep the field map declarative and readable. */
import type { C100Application } from '../../application';
import type { YesNoUnknown } from '../../enums';
import type { CheckMapping, FieldMapping, TextMapping, UnmappedWidget, WidgetName } from './FieldMapping';

type App = C100Application;

export function text(
  section: string,
  question: string,
  value: (app: App) => string | undefined,
  overflow?: 'continue' | 'shrink',
): TextMapping {
  return overflow
    ? { kind: 'text', section, question, value, overflow }
    : { kind: 'text', section, question, value };
}

export function check(section: string, question: string, checked: (app: App) => boolean): CheckMapping {
  return { kind: 'check', section, question, checked };
}

export function unmapped(reason: string): UnmappedWidget {
  return { kind: 'unmapped', reason };
}

/** The widget names of one Yes / No (/ Don't know) question, identified by position and tooltip. */
export interface AnswerWidgets {
  readonly yes: WidgetName;
  readonly no: WidgetName;
  readonly unknown?: WidgetName;
}

/**
 * Map a Yes / No / Don't know question: exactly the box of the answer is ticked; an undefined answer
 * (a question not asked on the user's path) leaves every box empty.
 */
export function answerTicks(
  section: string,
  question: string,
  widgets: AnswerWidgets,
  answer: (app: App) => YesNoUnknown | undefined,
): Record<WidgetName, FieldMapping> {
  const entries: Record<WidgetName, FieldMapping> = {
    [widgets.yes]: check(section, `${question} – Yes`, (app) => answer(app) === 'yes'),
    [widgets.no]: check(section, `${question} – No`, (app) => answer(app) === 'no'),
  };
  if (widgets.unknown)
    entries[widgets.unknown] = check(section, `${question} – Don't know`, (app) => answer(app) === 'unknown');
  return entries;
}

/** Yes when `condition` holds, No otherwise (for questions the app always answers). */
export function yesNo(condition: boolean): 'yes' | 'no' {
  return condition ? 'yes' : 'no';
}

/** Empty strings count as no value, so that boxes are left blank rather than filled with "". */
export function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}
