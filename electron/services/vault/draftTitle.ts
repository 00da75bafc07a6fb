/**
 * The title shown in the list of drafts, computed from the parties' names: "Jane Smith v John Smith".
 * Reads the draft defensively (it may be old, partial or damaged): anything unexpected is ignored.
 */

export const UNTITLED_DRAFT = 'Untitled draft';
const MAX_TITLE_LENGTH = 120;

function personName(person: unknown): string | undefined {
  if (typeof person !== 'object' || person === null) return undefined;
  const record = person as Record<string, unknown>;
  const parts = [record.firstNames, record.lastName].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  const name = parts.map((part) => part.trim().replace(/\s+/g, ' ')).join(' ');
  return name === '' ? undefined : name;
}

function sideName(list: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const names = list.map(personName).filter((name): name is string => name !== undefined);
  const [first, second] = names;
  if (first === undefined) return undefined;
  if (names.length === 1) return first;
  if (names.length === 2) return `${first} and ${second ?? ''}`;
  return `${first} and others`;
}

function shorten(title: string): string {
  return title.length <= MAX_TITLE_LENGTH ? title : `${title.slice(0, MAX_TITLE_LENGTH - 1)}…`;
}

/**
 * "Applicants v Respondents" from the draft's people, e.g. "Jane Smith v John Smith"; one side alone
 * when the other has no name yet; `UNTITLED_DRAFT` when neither has.
 */
export function titleFromDraft(draft: unknown): string {
  if (typeof draft !== 'object' || draft === null) return UNTITLED_DRAFT;
  const record = draft as Record<string, unknown>;
  const applicants = sideName(record.applicants);
  const respondents = sideName(record.respondents);
  if (applicants && respondents) return shorten(`${applicants} v ${respondents}`);
  if (applicants) return shorten(applicants);
  if (respondents) return shorten(`Application v ${respondents}`);
  return UNTITLED_DRAFT;
}

/** Tidy a user-chosen title; undefined when it is blank (back to the computed title). */
export function normaliseCustomTitle(title: string | null | undefined): string | undefined {
  if (title === null || title === undefined) return undefined;
  const tidy = title.replace(/\s+/g, ' ').trim();
  return tidy === '' ? undefined : shorten(tidy);
}
