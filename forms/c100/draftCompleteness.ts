/**
 * How far a draft has got, for the list of drafts: the share of task-list sections complete, and
 * 100 only when `toApplication` finds nothing left to do. Pure; takes unknown JSON because the vault
 * stores drafts without knowing the domain.
 */
import { C100DraftSchema } from './draft';
import { taskList } from './steps/taskList';
import { toApplication } from './toApplication';

export interface DraftCompletenessReport {
  complete: boolean;
  /** 0–100. */
  percent: number;
}

/** Never throws: a draft that does not parse counts as 0 % complete. */
export function assessDraftCompleteness(raw: unknown, today?: string): DraftCompletenessReport {
  const parsed = C100DraftSchema.safeParse(raw);
  if (!parsed.success) return { complete: false, percent: 0 };
  const result = toApplication(parsed.data, today ? { today } : {});
  if (result.ok) return { complete: true, percent: 100 };
  const sections = taskList(parsed.data, today).filter((s) => s.id !== 'checkAnswers');
  const done = sections.filter((s) => s.status === 'complete').length;
  // Never 100 while issues remain, even if every section's own pages pass.
  const percent = sections.length === 0 ? 0 : Math.min(99, Math.round((done / sections.length) * 100));
  return { complete: false, percent };
}
