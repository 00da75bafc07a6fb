/**
 * Builds one page: its field descriptors (what the renderer shows) and, at the same time, the rule of
 * each field (what the page schema checks). A follow-up question is revealed under an answer, and its
 * rule applies only when that answer is chosen (GOV.UK conditional reveal; nothing is cleared here:
 * `clearDependentAnswers` does that after Continue, DESIGN.md "Data flow" 2).
 */
import { z } from 'zod';
import { YES_NO, YES_NO_UNKNOWN } from '../enums';
import { LIMITS, optionalText, requiredText } from '../fields';
import type {
  AddressField,
  ChoiceGroup,
  ChoiceOption,
  CollectionField,
  FieldDescriptor,
  PageValues,
  PersonChoicesField,
  PersonPickerField,
  StepError,
  TextField,
} from './types';

type Condition = (values: PageValues) => boolean;

interface FieldRule {
  path: string;
  rule: z.ZodType;
  when: Condition;
}

/** A page-level check across answers (e.g. "a date of birth or I don't know, not both"). */
export type PageCheck = (values: PageValues, report: (path: string, message: string) => void) => void;

/** Follow-up questions under each answer value, added by calling the builder inside the callback. */
export type Reveals = Partial<Record<string, () => void>>;

export const YES_NO_LABELS: Record<(typeof YES_NO_UNKNOWN)[number], string> = { yes: 'Yes', no: 'No', unknown: 'I don’t know' };

const always: Condition = () => true;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export class PageBuilder {
  readonly fields: FieldDescriptor[] = [];
  private readonly rules: FieldRule[] = [];
  private readonly checks: PageCheck[] = [];
  private target: FieldDescriptor[] = this.fields;
  private condition: Condition = always;

  private push<F extends FieldDescriptor>(field: F, rule?: z.ZodType): F {
    this.target.push(field);
    if (rule) this.rules.push({ path: field.path, rule, when: this.condition });
    return field;
  }

  /** Run `build` with new fields going into `container`, validated only when `when` holds. */
  private within(container: FieldDescriptor[], when: Condition, build: () => void): void {
    const savedTarget = this.target;
    const savedCondition = this.condition;
    this.target = container;
    this.condition = (values) => savedCondition(values) && when(values);
    try {
      build();
    } finally {
      this.target = savedTarget;
      this.condition = savedCondition;
    }
  }

  private withReveals(path: string, options: ChoiceOption[], reveals: Reveals | undefined, multiple: boolean): ChoiceOption[] {
    if (!reveals) return options;
    return options.map((option) => {
      const build = reveals[option.value];
      if (!build) return option;
      const reveal: FieldDescriptor[] = [];
      const chosen: Condition = multiple
        ? (values) => Array.isArray(values[path]) && (values[path] as unknown[]).includes(option.value)
        : (values) => values[path] === option.value;
      this.within(reveal, chosen, build);
      return { ...option, reveal };
    });
  }

  /** A single-line answer. `rule` comes from `fields.ts` (requiredText, nameField, emailField...). */
  text(path: string, label: string, rule: z.ZodType, opts: Partial<Omit<TextField, 'path' | 'label'>> = {}): void {
    const { kind = 'text', maxLength = LIMITS.short, ...rest } = opts;
    this.push({ kind, path, label, maxLength, ...rest }, rule);
  }

  /** Required free text over several lines, with its limit (LIMITS.long unless stated). */
  textarea(path: string, label: string, missing: string | undefined, opts: { hint?: string; maxLength?: number; shortLabel?: string } = {}): void {
    const maxLength = opts.maxLength ?? LIMITS.long;
    const short = opts.shortLabel ?? 'Your answer';
    const rule = missing ? requiredText(missing, maxLength, short) : optionalText(maxLength, short);
    this.push({ kind: 'textarea', path, label, maxLength, ...(opts.hint ? { hint: opts.hint } : {}) }, rule);
  }

  /** Radios; with `optional`, leaving them unanswered passes (the answer is then read as not given). */
  radios(path: string, label: string, options: ChoiceOption[], missing: string, opts: { hint?: string; reveal?: Reveals; inline?: boolean; optional?: boolean } = {}): void {
    const values = options.map((o) => o.value) as [string, ...string[]];
    const withReveals = this.withReveals(path, options, opts.reveal, false);
    this.push(
      {
        kind: 'radios',
        path,
        label,
        options: withReveals,
        ...(opts.hint ? { hint: opts.hint } : {}),
        ...(opts.inline ?? !opts.reveal ? { inline: true } : {}),
      },
      opts.optional ? z.enum(values, { error: missing }).optional() : z.enum(values, { error: missing }),
    );
  }

  yesNo(path: string, label: string, missing: string, opts: { hint?: string; reveal?: Reveals; optional?: boolean } = {}): void {
    this.radios(path, label, YES_NO.map((value) => ({ value, label: YES_NO_LABELS[value] })), missing, opts);
  }

  yesNoUnknown(path: string, label: string, missing: string, opts: { hint?: string; reveal?: Reveals } = {}): void {
    this.radios(path, label, YES_NO_UNKNOWN.map((value) => ({ value, label: YES_NO_LABELS[value] })), missing, opts);
  }

  /**
   * Checkboxes. With `missing`, at least one must be ticked. An `exclusive` option ("None of these")
   * cannot be ticked with another (MoJ miam_exemptions_form.rb none_not_exclusive, C100-DOMAIN §3.6).
   */
  checkboxes(
    path: string,
    label: string,
    options: ChoiceOption[],
    missing: string | undefined,
    opts: { hint?: string; groups?: ChoiceGroup[]; reveal?: Reveals; exclusiveMessage?: string } = {},
  ): void {
    const values = options.map((o) => o.value) as [string, ...string[]];
    const item = z.enum(values, { error: 'Select from the options shown' });
    const list = z.array(item, { error: missing ?? 'Select from the options shown' });
    const exclusive = options.filter((o) => o.exclusive).map((o) => o.value);
    const exclusiveMessage = opts.exclusiveMessage ?? 'Untick “None of these” if you want to select any of the other options';
    const isExclusiveOk = (chosen: readonly string[] | undefined) => !chosen || !(chosen.some((v) => exclusive.includes(v)) && chosen.length > 1);
    const rule = missing
      ? z.preprocess((v) => (v === undefined ? [] : v), list.min(1, missing).refine(isExclusiveOk, exclusiveMessage))
      : list.optional().refine(isExclusiveOk, exclusiveMessage);
    this.push(
      {
        kind: 'checkboxes',
        path,
        label,
        options: this.withReveals(path, options, opts.reveal, true),
        ...(opts.hint ? { hint: opts.hint } : {}),
        ...(opts.groups ? { groups: opts.groups } : {}),
      },
      rule,
    );
  }

  /** One checkbox stored as `true`. With `missing`, it must be ticked (e.g. an acknowledgement). */
  checkbox(path: string, label: string, missing: string | undefined, opts: { hint?: string; reveal?: () => void } = {}): void {
    const reveal: FieldDescriptor[] = [];
    if (opts.reveal) this.within(reveal, (values) => values[path] === true, opts.reveal);
    const rule = missing ? z.literal(true, { error: missing }) : z.boolean({ error: 'Tick the box or leave it empty' }).optional();
    this.push({ kind: 'checkbox', path, label, ...(opts.hint ? { hint: opts.hint } : {}), ...(opts.reveal ? { reveal } : {}) }, rule);
  }

  /** Day, month and year boxes; `rule` is `fields.ts` `dateField` (or an optional variant). */
  date(path: string, label: string, rule: z.ZodType, opts: { hint?: string } = {}): void {
    this.push({ kind: 'date', path, label, hint: opts.hint ?? 'For example, 27 3 2019' }, rule);
  }

  address(path: string, label: string, rule: z.ZodType, opts: { hint?: string } = {}): void {
    const field: AddressField = {
      kind: 'address',
      path,
      label,
      maxLength: LIMITS.addressLine,
      parts: [
        { key: 'line1', label: 'Building and street', autocomplete: 'address-line1' },
        { key: 'line2', label: 'Building and street line 2', autocomplete: 'address-line2' },
        { key: 'line3', label: 'Building and street line 3', autocomplete: 'address-line3' },
        { key: 'town', label: 'Town or city', autocomplete: 'address-level2' },
        { key: 'county', label: 'County (optional)', autocomplete: 'address-level1' },
        { key: 'postcode', label: 'Postcode', autocomplete: 'postal-code' },
        { key: 'country', label: 'Country', autocomplete: 'country-name' },
      ],
      ...(opts.hint ? { hint: opts.hint } : {}),
    };
    this.push(field, rule);
  }

  personPicker(path: string, label: string, people: PersonPickerField['people'], missing: string, opts: { hint?: string } = {}): void {
    const ids = people.map((p) => p.id);
    const rule = z.preprocess(
      (v) => (v === undefined ? [] : v),
      z
        .array(z.string(), { error: missing })
        .min(1, missing)
        .refine((chosen) => chosen.every((id) => ids.includes(id)), 'Choose again: someone chosen is no longer in the application'),
    );
    this.push({ kind: 'personPicker', path, label, people, ...(opts.hint ? { hint: opts.hint } : {}) }, rule);
  }

  personChoices(
    path: string,
    label: string,
    people: PersonChoicesField['people'],
    choiceKey: string,
    options: ChoiceOption[],
    messages: { missing: string; choice: string },
    opts: { hint?: string } = {},
  ): void {
    const ids = people.map((p) => p.id);
    const values = options.map((o) => o.value) as [string, ...string[]];
    const rule = z.preprocess(
      (v) => (v === undefined ? [] : v),
      z
        .array(z.object({ personId: z.string().refine((id) => ids.includes(id), 'Choose again: someone chosen is no longer in the application'), [choiceKey]: z.enum(values, { error: messages.choice }) }), {
          error: messages.missing,
        })
        .min(1, messages.missing),
    );
    this.push({ kind: 'personChoices', path, label, people, choiceKey, options, ...(opts.hint ? { hint: opts.hint } : {}) }, rule);
  }

  collection(field: Omit<CollectionField, 'kind'>, missing: string | undefined): void {
    const rule = missing
      ? z.preprocess((v) => (v === undefined ? [] : v), z.array(z.unknown(), { error: missing }).min(1, missing))
      : z.array(z.unknown()).optional();
    this.push({ kind: 'collection', ...field }, rule);
  }

  /** Add fields (to the current place) whose rules apply only while `condition` holds, e.g. not "I don't know". */
  onlyWhen(condition: Condition, build: () => void): void {
    this.within(this.target, condition, build);
  }

  /** A rule across answers of the page. */
  check(check: PageCheck): void {
    const when = this.condition;
    this.checks.push((values, report) => {
      if (when(values)) check(values, report);
    });
  }

  /** The page schema: each visible field's rule, then the page checks; one message per path. */
  schema(): z.ZodType<PageValues> {
    const rules = [...this.rules];
    const checks = [...this.checks];
    return z.record(z.string(), z.unknown(), { error: 'Answer the questions on this page' }).superRefine((values, ctx) => {
      const seen = new Set<string>();
      const report = (path: string, message: string) => {
        if (seen.has(path)) return;
        seen.add(path);
        ctx.addIssue({ code: 'custom', path: [path], message });
      };
      for (const { path, rule, when } of rules) {
        if (!when(values)) continue;
        const result = rule.safeParse(values[path]);
        if (result.success) continue;
        for (const issue of result.error.issues) {
          const sub = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
          report([path, ...sub].join('.'), issue.message);
        }
      }
      for (const check of checks) check(values, report);
    });
  }

  /** Every field path of the page, including revealed follow-ups, in display order. */
  allPaths(): string[] {
    return collectPaths(this.fields);
  }
}

/** Paths of the fields and their reveals, depth first. */
export function collectPaths(fields: readonly FieldDescriptor[]): string[] {
  const out: string[] = [];
  const visit = (list: readonly FieldDescriptor[]) => {
    for (const field of list) {
      out.push(field.path);
      if (field.kind === 'checkbox' && field.reveal) visit(field.reveal);
      if (field.kind === 'radios' || field.kind === 'checkboxes') {
        for (const option of field.options) if (option.reveal) visit(option.reveal);
      }
    }
  };
  visit(fields);
  return out;
}

/** Turn a failed page schema into inline errors (one per path, in order). */
export function stepErrorsOf(error: z.ZodError): StepError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export { isBlank };
