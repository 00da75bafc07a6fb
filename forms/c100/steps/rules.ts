/**
 * Small zod rules the pages share, built on `fields.ts` (plain messages, explicit limits).
 */
import { z } from 'zod';
import { checkDate, dateField, dateMessage, type DateRules } from '../fields';
import type { DateParts } from '../draft';

const blankDate = (parts: unknown) => {
  if (parts === undefined || parts === null) return true;
  if (typeof parts !== 'object') return false;
  const p = parts as DateParts;
  return !p.day?.trim() && !p.month?.trim() && !p.year?.trim();
};

/** A date that may be left empty; when any box is filled it must be a real date under `rules`. */
export function optionalDateRule(label: string, today: string, rules: DateRules = {}) {
  return z.unknown().superRefine((parts, ctx) => {
    if (blankDate(parts)) return;
    const result = checkDate(parts as DateParts, today, rules);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: dateMessage(label, result) });
  });
}

/** A required date (day, month, year boxes). */
export function requiredDateRule(label: string, today: string, rules: DateRules = {}) {
  return dateField(label, today, rules);
}

export { blankDate };
