/**
 * Draft v1 -> v2 (DRAFT-CONTRACT.md "Version 1"): every person had `fullName` instead of
 * `firstNames` + `lastName`, and `dateOfBirth` was an ISO string instead of the three date boxes.
 * Only those fields change; everything else is carried over as it was typed.
 */
import { PERSON_LIST_KEYS } from '../draftVersions';

/** Something the migration could not carry over exactly; the path names the field, never its value. */
export interface MigrationWarning {
  path: string;
  code: 'dateOfBirthNotIso';
  message: string;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Split a v1 full name on its LAST space: everything before is the first names, the last word is the
 * last name, a single word becomes the last name (DRAFT-CONTRACT.md).
 */
export function splitFullName(fullName: string): { firstNames?: string; lastName?: string } {
  const trimmed = fullName.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return {};
  const lastSpace = trimmed.lastIndexOf(' ');
  if (lastSpace === -1) return { lastName: trimmed };
  return { firstNames: trimmed.slice(0, lastSpace), lastName: trimmed.slice(lastSpace + 1) };
}

/** `"2016-03-07"` -> `{ day: "07", month: "03", year: "2016" }` (leading zeros kept, as typed). */
export function isoDateToParts(iso: string): { day: string; month: string; year: string } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(iso.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return { day, month, year };
}

function migratePerson(person: unknown, path: string, warnings: MigrationWarning[]): unknown {
  if (!isObject(person)) return person;
  const { fullName, dateOfBirth, ...rest } = person;
  const next: JsonObject = { ...rest };
  if (typeof fullName === 'string') {
    const split = splitFullName(fullName);
    // A v1 file should never have both; if it does, what is already split wins.
    if (next.firstNames === undefined && split.firstNames !== undefined) next.firstNames = split.firstNames;
    if (next.lastName === undefined && split.lastName !== undefined) next.lastName = split.lastName;
  } else if (fullName !== undefined) {
    next.fullName = fullName;
  }
  if (typeof dateOfBirth === 'string') {
    const parts = isoDateToParts(dateOfBirth);
    if (parts) next.dateOfBirth = parts;
    else if (dateOfBirth.trim() !== '') {
      warnings.push({
        path: `${path}.dateOfBirth`,
        code: 'dateOfBirthNotIso',
        message: 'A date of birth saved by an older version could not be read; please enter it again.',
      });
    }
  } else if (dateOfBirth !== undefined) {
    next.dateOfBirth = dateOfBirth;
  }
  return next;
}

/** Migrate a v1 draft object to v2. Pure: the input is not modified. */
export function migrateV1ToV2(draft: JsonObject, warnings: MigrationWarning[]): JsonObject {
  const next: JsonObject = { ...draft, schemaVersion: 2 };
  for (const key of PERSON_LIST_KEYS) {
    const list = draft[key];
    if (Array.isArray(list))
      next[key] = list.map((person, index) => migratePerson(person, `${key}[${index}]`, warnings));
  }
  return next;
}
