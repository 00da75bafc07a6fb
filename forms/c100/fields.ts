/**
 * Field rules as the official services apply them (C100-DOMAIN §4.2, §10.3), as plain functions and as
 * zod builders with messages in plain words. One deliberate difference: names accept every script
 * (Łukasz Wójcik, Siân Llŷr, Nguyễn Thị Minh, Ayşe Yılmaz, محمد علي), not only Latin letters.
 */
import { z } from 'zod';
import type { DateParts } from './draft';

/** Explicit limits for free text (stated once, used by the schema, the UI counters and the PDF). */
export const LIMITS = {
  /** A person's first names, last name or previous name. */
  name: 100,
  /** MoJ address_base_form: address lines, town and country are at most 35 characters. */
  addressLine: 35,
  postcode: 8,
  email: 254,
  phone: 30,
  /** A short answer: a court name, a case number, a language. */
  short: 200,
  /** A longer answer that still fits a few lines of the paper form. */
  medium: 1000,
  /** PRL citizen frontend: free text at most 5000 characters (C100-DOMAIN §4.2). */
  long: 5000,
} as const;

// ---------------------------------------------------------------------------------------------
// Plain checks (usable by the UI without zod)

/** Letters and marks of any script, with spaces, hyphens, apostrophes, full stops and commas between. */
const NAME_PATTERN = /^[\p{L}\p{M}](?:[\p{L}\p{M}'’\-., ]*[\p{L}\p{M}.])?$/u;
export function isValidName(value: string): boolean {
  return NAME_PATTERN.test(value.trim().normalize('NFC'));
}

/** Full UK postcode (C100-DOMAIN §4.2, PRL regex plus GIR 0AA); spaces and case are not significant. */
const POSTCODE_PATTERN = /^(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}$/;
export function normalisePostcode(value: string): string | undefined {
  const compact = value.toUpperCase().replace(/\s+/g, '');
  if (compact.length < 5 || compact.length > 7) return undefined;
  const formatted = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  if (!POSTCODE_PATTERN.test(formatted)) return undefined;
  if (formatted.startsWith('GIR') && formatted !== 'GIR 0AA') return undefined;
  return formatted;
}

/** MoJ email_validator.rb pattern, with Unicode letters. */
const EMAIL_PATTERN = /^([-\p{L}\d+._]{1,64})@((?:[-\p{L}\d]+\.)+\p{L}{2,})$/iu;
const GMAIL_OK = ['gmail.com', 'googlemail.com'];
const HOTMAIL_OK = ['hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.it', 'hotmail.es', 'hotmail.de'];
const KNOWN_TYPOS = ['cloud.com', 'gamil.com', 'gmial.com', 'homail.com'];
export type EmailCheck = 'ok' | 'invalid' | 'typo';
/** The MoJ typo check: domains starting gmai or goog must be gmail.com or googlemail.com, hotm* a real Hotmail domain. */
export function checkEmail(value: string): EmailCheck {
  const match = EMAIL_PATTERN.exec(value.trim());
  if (!match) return 'invalid';
  const domain = (match[2] ?? '').toLowerCase();
  if ((domain.startsWith('gmai') || domain.startsWith('goog')) && !GMAIL_OK.includes(domain)) return 'typo';
  if (domain.startsWith('hotm') && !HOTMAIL_OK.includes(domain)) return 'typo';
  if (KNOWN_TYPOS.includes(domain)) return 'typo';
  return 'ok';
}

/** MoJ phone_number_validator.rb pattern, plus a digit count that a real number has (10 to 15, E.164). */
const PHONE_PATTERN = /^\+*[0-9() -]+$/;
export function isValidPhone(value: string): boolean {
  const trimmed = value.trim();
  if (!PHONE_PATTERN.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '').length;
  return digits >= 10 && digits <= 15;
}

/** Help with Fees reference: HWF-XXX-XXX (MoJ regex; PRL rejects the published example). */
const HWF_PATTERN = /^HWF[- ]?([A-Z0-9]{3})[- ]?([A-Z0-9]{3})$/;
export const HWF_EXAMPLE = 'HWF-A1B-23C';
export function normaliseHwfReference(value: string): string | undefined {
  const match = HWF_PATTERN.exec(value.trim().toUpperCase());
  if (!match) return undefined;
  const formatted = `HWF-${match[1]}-${match[2]}`;
  return formatted === HWF_EXAMPLE ? undefined : formatted;
}

/** DX number: digits and hyphens (MoJ sensible_dx_validator.rb). */
export function isValidDxNumber(value: string): boolean {
  return /^[0-9-]+$/.test(value.trim());
}

export type DateProblem = 'missing' | 'missing_part' | 'not_real' | 'future' | 'too_old' | 'not_under_18';
export interface DateRules {
  /** Reject dates after today (dates of birth, orders already made). */
  past?: boolean;
  /** Reject dates of birth 18 or more years ago (children, C100-DOMAIN §4.2). */
  under18?: boolean;
  /** Reject years before this (MoJ uses 1920 for sensible dates; we allow the very old). */
  minYear?: number;
}
export type DateCheck = { ok: true; iso: string } | { ok: false; problem: DateProblem; part?: 'day' | 'month' | 'year' };

/** ISO date (YYYY-MM-DD) of a Date in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Check a date typed into day/month/year boxes. `today` is an ISO date, so checks are repeatable. */
export function checkDate(parts: DateParts | undefined, today: string, rules: DateRules = {}): DateCheck {
  const day = parts?.day?.trim() ?? '';
  const month = parts?.month?.trim() ?? '';
  const year = parts?.year?.trim() ?? '';
  if (!day && !month && !year) return { ok: false, problem: 'missing' };
  if (!day) return { ok: false, problem: 'missing_part', part: 'day' };
  if (!month) return { ok: false, problem: 'missing_part', part: 'month' };
  if (!year) return { ok: false, problem: 'missing_part', part: 'year' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { ok: false, problem: 'not_real' };
  }
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const candidate = new Date(Date.UTC(y, m - 1, d));
  if (candidate.getUTCFullYear() !== y || candidate.getUTCMonth() !== m - 1 || candidate.getUTCDate() !== d) {
    return { ok: false, problem: 'not_real' };
  }
  const iso = isoDate(candidate);
  if (y < (rules.minYear ?? 1900)) return { ok: false, problem: 'too_old' };
  if (rules.past && iso > today) return { ok: false, problem: 'future' };
  if (rules.under18) {
    const eighteenYearsAgo = `${String(Number(today.slice(0, 4)) - 18).padStart(4, '0')}${today.slice(4)}`;
    if (iso <= eighteenYearsAgo) return { ok: false, problem: 'not_under_18' };
  }
  return { ok: true, iso };
}

/** Years between an ISO date of birth and an ISO "today". */
export function ageOn(dateOfBirth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

// ---------------------------------------------------------------------------------------------
// zod builders, with plain-English messages (GOV.UK style: say what to do)

/**
 * Building a zod schema costs far more than running it, and the whole-application check asks for
 * the same few hundred fields on every call: each builder keeps what it built, by its arguments.
 */
const MEMO_LIMIT = 5000;
function memoised<A extends readonly (string | number | boolean | object | undefined)[], R>(build: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const key = JSON.stringify(args);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    // Messages can carry names; a bounded cache never grows without limit.
    if (cache.size >= MEMO_LIMIT) cache.clear();
    const built = build(...args);
    cache.set(key, built);
    return built;
  };
}

/** Required free text, trimmed, with an explicit limit. */
export const requiredText = memoised(function requiredText(missing: string, max: number, label: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `${label} must be ${max} characters or fewer`);
});

/** Optional free text: blank becomes undefined. */
export const optionalText = memoised(function optionalText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => (v ? v : undefined));
});

/** A required choice from a list of codes. */
export function requiredChoice<const T extends readonly [string, ...string[]]>(values: T, missing: string) {
  return z.enum(values, { error: missing });
}

export const nameField = memoised(function nameField(missing: string, label: string) {
  return requiredText(missing, LIMITS.name, label)
    .transform((v) => v.normalize('NFC'))
    .refine(isValidName, `${label} must only include letters, spaces, hyphens and apostrophes`);
});

export const postcodeField = memoised(function postcodeField(label: string = 'Postcode', required: boolean = false) {
  const base = z.string({ error: `Enter the ${label.toLowerCase()}` }).trim();
  const check = (v: string, ctx: z.RefinementCtx) => {
    const formatted = normalisePostcode(v);
    if (!formatted) {
      ctx.addIssue({ code: 'custom', message: 'Enter a real postcode, like SW1A 1AA' });
      return z.NEVER;
    }
    return formatted;
  };
  return required
    ? base.min(1, `Enter the ${label.toLowerCase()}`).transform(check)
    : base
        .optional()
        .transform((v, ctx) => (v ? check(v, ctx) : undefined));
});

export const emailField = memoised(function emailField(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(LIMITS.email, `Email address must be ${LIMITS.email} characters or fewer`)
    .transform((v, ctx) => {
      const result = checkEmail(v);
      if (result === 'invalid') {
        ctx.addIssue({ code: 'custom', message: 'Enter an email address in the correct format, like name@example.com' });
        return z.NEVER;
      }
      if (result === 'typo') {
        ctx.addIssue({ code: 'custom', message: 'The email address seems to have a typing error: check the part after @' });
        return z.NEVER;
      }
      return v;
    });
});

export const phoneField = memoised(function phoneField(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(LIMITS.phone, `Phone number must be ${LIMITS.phone} characters or fewer`)
    .refine(isValidPhone, 'Enter a phone number in the correct format, like 07700 900 982');
});

export const optionalPhoneField = memoised(function optionalPhoneField() {
  return z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      if (!isValidPhone(v)) {
        ctx.addIssue({ code: 'custom', message: 'Enter a phone number in the correct format, like 07700 900 982' });
        return z.NEVER;
      }
      return v;
    });
});

export const hwfReferenceField = memoised(function hwfReferenceField() {
  const missing = 'Enter your Help with Fees reference number, like HWF-A1B-23D';
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .transform((v, ctx) => {
      const formatted = normaliseHwfReference(v);
      if (!formatted) {
        ctx.addIssue({ code: 'custom', message: 'Enter a Help with Fees reference number in the correct format, like HWF-A1B-23D' });
        return z.NEVER;
      }
      return formatted;
    });
});

const partName = { day: 'a day', month: 'a month', year: 'a year' } as const;

/** Plain message for a date problem, e.g. "Date of birth must be in the past". */
export function dateMessage(label: string, check: Extract<DateCheck, { ok: false }>): string {
  switch (check.problem) {
    case 'missing': {
      const lower = `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
      return /^(the|your|a|an) /.test(lower) ? `Enter ${lower}` : `Enter the ${lower}`;
    }
    case 'missing_part':
      return `${label} must include ${partName[check.part ?? 'day']}`;
    case 'not_real':
      return `${label} must be a real date, like 31 3 2016`;
    case 'future':
      return `${label} must be today or in the past`;
    case 'too_old':
      return `${label} must be after 1900`;
    case 'not_under_18':
      return `Enter a date of birth for a child under 18`;
    default: {
      const unreachable: never = check.problem;
      return unreachable;
    }
  }
}

/** A date typed into day/month/year boxes, checked and turned into an ISO date. */
export const dateField = memoised(function dateField(label: string, today: string, rules: DateRules = {}) {
  return z
    .object({ day: z.string().optional(), month: z.string().optional(), year: z.string().optional() }, {
      error: `Enter the ${label.toLowerCase()}`,
    })
    .optional()
    .transform((parts, ctx) => {
      const result = checkDate(parts, today, rules);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: dateMessage(label, result), params: { problem: result.problem } });
        return z.NEVER;
      }
      return result.iso;
    });
});
