/**
 * Collects the issues of a whole-application check. Each `check*` method validates one answer with
 * the field rules of `fields.ts`, records plain-words issues at the answer's draft path, and returns
 * the normalised value (or a placeholder when the answer failed: an application is only returned
 * when there are no issues, so placeholders never escape).
 */
import type { z } from 'zod';
import { checkDate, dateMessage, type DateRules } from '../fields';
import type { DateParts } from '../draft';

export type IssuePath = readonly (string | number)[];

/** Why an answer failed: missing, not in the right form, too long, or in conflict with another answer. */
export type IssueCode = 'required' | 'invalid' | 'too_long' | 'conflict' | 'not_allowed';

export interface RawIssue {
  path: string;
  code: IssueCode;
  message: string;
}

export function pathToString(path: IssuePath): string {
  return path.join('.');
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export class Checker {
  readonly issues: RawIssue[] = [];

  constructor(readonly today: string) {}

  get ok(): boolean {
    return this.issues.length === 0;
  }

  add(path: IssuePath, code: IssueCode, message: string): void {
    const key = pathToString(path);
    // One message per answer: the first problem found is the one to fix first.
    if (this.issues.some((issue) => issue.path === key)) return;
    this.issues.push({ path: key, code, message });
  }

  /** Validate `value` with a zod field builder; issues are recorded under `path`. */
  field<S extends z.ZodType>(schema: S, value: unknown, path: IssuePath): z.output<S> | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const code: IssueCode = isBlank(value) ? 'required' : issue.code === 'too_big' ? 'too_long' : 'invalid';
      this.add([...path, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], code, issue.message);
    }
    return undefined;
  }

  /** A required value of a string-typed field; '' when it failed. */
  text<S extends z.ZodType<string, unknown>>(schema: S, value: unknown, path: IssuePath): string {
    return this.field(schema, value, path) ?? '';
  }

  /** An optional value: blank is undefined, anything else must pass the schema. */
  optional<S extends z.ZodType>(schema: S, value: unknown, path: IssuePath): z.output<S> | undefined {
    if (isBlank(value)) return undefined;
    return this.field(schema, value, path);
  }

  /** A required choice among codes (radios). */
  choice<const T extends readonly string[]>(
    values: T,
    value: unknown,
    path: IssuePath,
    missing: string,
    closedGate?: T[number],
  ): T[number] {
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T[number];
    this.add(path, isBlank(value) ? 'required' : 'invalid', missing);
    // The placeholder keeps follow-up gates closed, so one missing answer is reported once rather
    // than as a cascade of questions the user has not been asked.
    if (closedGate !== undefined) return closedGate;
    return ((values as readonly string[]).includes('no') ? 'no' : values[values.length - 1]) as T[number];
  }

  /** A required date typed in day/month/year boxes; returns the ISO date. */
  date(parts: DateParts | undefined, path: IssuePath, label: string, rules: DateRules = {}): string {
    const result = checkDate(parts, this.today, rules);
    if (result.ok) return result.iso;
    const code: IssueCode = result.problem === 'missing' ? 'required' : 'invalid';
    this.add(result.problem === 'missing_part' && result.part ? [...path, result.part] : path, code, dateMessage(label, result));
    return this.today;
  }

  /** An optional date: all three boxes blank is fine. */
  optionalDate(parts: DateParts | undefined, path: IssuePath, label: string, rules: DateRules = {}): string | undefined {
    const result = checkDate(parts, this.today, rules);
    if (result.ok) return result.iso;
    if (result.problem === 'missing') return undefined;
    this.date(parts, path, label, rules);
    return undefined;
  }

  /** Record an issue when `condition` is false. */
  expect(condition: boolean, path: IssuePath, code: IssueCode, message: string): void {
    if (!condition) this.add(path, code, message);
  }
}
