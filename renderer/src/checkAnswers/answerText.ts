/**
 * An answer as the user reads it on check your answers: option labels instead of codes, dates in
 * words, addresses on lines, people by name (GOV.UK check answers pattern: "human labels, not codes").
 */
import { getAtPath } from '../pages/draftPaths';
import type { ChoiceOption, FieldDescriptor } from '../pages/pageTypes';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

function labelOf(options: readonly ChoiceOption[], value: unknown): string {
  const found = options.find((option) => option.value === value);
  return found ? found.label : String(value);
}

/** "31 March 2016" for a real date; the boxes as typed ("31 / 13 / 2016") otherwise. */
export function dateText(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  const parts = value as { day?: unknown; month?: unknown; year?: unknown };
  const text = (part: unknown) => (typeof part === 'string' ? part.trim() : '');
  const [day, month, year] = [text(parts.day), text(parts.month), text(parts.year)];
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const real = /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year) && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (real) return `${d} ${MONTHS[m - 1] ?? month} ${y}`;
  return [day, month, year].filter(Boolean).join(' / ');
}

/**
 * The lines of an answer (one line for most; one per choice, address line or person), or `undefined`
 * when the question has not been answered.
 */
export function answerLines(field: FieldDescriptor, draft: unknown): string[] | undefined {
  const value = getAtPath(draft, field.path);
  if (field.kind !== 'collection' && isBlank(value)) return undefined;
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'phone':
    case 'postcode':
    case 'textarea':
      return [String(value)];
    case 'radios':
    case 'select':
      return [labelOf(field.options, value)];
    case 'checkboxes':
      return (Array.isArray(value) ? value : [value]).map((item) => labelOf(field.options, item));
    case 'checkbox':
      return ['Yes'];
    case 'date':
      return [dateText(value)];
    case 'address': {
      const lines = field.parts.map((part) => getAtPath(value, part.key)).filter((line): line is string => typeof line === 'string' && line.trim() !== '');
      return lines.length > 0 ? lines : undefined;
    }
    case 'personPicker': {
      const ids = Array.isArray(value) ? value : [value];
      return ids.map((id) => field.people.find((person) => person.id === id)?.label ?? 'Someone no longer in this application');
    }
    case 'personChoices': {
      const entries = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
      const lines = field.people.flatMap((person) => {
        const choice = entries.find((entry) => entry['personId'] === person.id)?.[field.choiceKey];
        return choice === undefined ? [] : [`${person.label}: ${labelOf(field.options, choice)}`];
      });
      return lines.length > 0 ? lines : undefined;
    }
    case 'collection':
      return field.items.length > 0 ? field.items.map((item) => item.label) : ['None'];
    default: {
      const unknown: never = field;
      throw new Error(`Unknown field kind: ${JSON.stringify(unknown)}`);
    }
  }
}

/** The field and the follow-up questions shown for its current answer (not those hidden under other options). */
export function shownFields(field: FieldDescriptor, draft: unknown): FieldDescriptor[] {
  const value = getAtPath(draft, field.path);
  const revealed: FieldDescriptor[] = [];
  if (field.kind === 'radios' || field.kind === 'checkboxes') {
    for (const option of field.options) {
      const chosen = field.kind === 'radios' ? value === option.value : Array.isArray(value) && value.includes(option.value);
      if (chosen) revealed.push(...(option.reveal ?? []));
    }
  }
  if (field.kind === 'checkbox' && value === true) revealed.push(...(field.reveal ?? []));
  return [field, ...revealed.flatMap((child) => shownFields(child, draft))];
}
