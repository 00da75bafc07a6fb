/**
 * Read a draft file given on the command line and turn it into a current-version `C100Draft`, or
 * throw one `CliError` that says in one line why it cannot (exit 2).
 *
 * How a file is judged, in order:
 * 1. It must be readable and at most `MAX_DRAFT_FILE_BYTES` (a draft is a few hundred KB at most).
 * 2. It must be JSON (a UTF-8 byte order mark is allowed); otherwise the line and column are given.
 * 3. It must be a JSON object: an array, a string, a number, `true` or `null` is not a draft.
 * 4. `schemaVersion`: the current version is read as is; an older one is converted with
 *    `migrateDraft` (the vault's migrations); a newer or unknown one is refused.
 *    A file WITHOUT `schemaVersion` is read as a current-version draft, but only if every top-level
 *    field is a draft field. Why: the draft is loose (every answer optional), so `{}` is simply a
 *    draft with nothing filled in yet; `c100 validate` then lists everything still to answer and exits
 *    1, like the app's "check your answers" page would. Demanding the version would turn a
 *    hand-written or script-generated draft into "not a draft" for a missing bookkeeping field,
 *    while a foreign JSON file (package.json, a v1 prototype export that lost its version…) is still
 *    caught by its unknown top-level fields and refused with exit 2.
 * 5. The object must match the draft schema (`C100DraftSchema`): the first mismatch is reported
 *    with its path. Unknown nested fields are dropped, as the vault does.
 */
import { readFile } from 'node:fs/promises';
import { C100DraftSchema, DRAFT_SCHEMA_VERSION, type C100Draft } from '../forms/c100/draft';
import type { MigrationWarning } from '../forms/drafts';
import { migrateDraftIfNeeded } from './migrateDraftIfNeeded';
import {
  DraftFileNotFoundError,
  DraftFileUnreadableError,
  DraftJsonSyntaxError,
  NotADraftError,
  UnsupportedDraftVersionError,
} from './cliErrors';
import { jsonErrorPosition } from './jsonPosition';

/** Larger files are refused before parsing: a real draft is far smaller, and a huge file is a mistake. */
export const MAX_DRAFT_FILE_BYTES = 20 * 1024 * 1024;

const DRAFT_TOP_LEVEL_FIELDS: ReadonlySet<string> = new Set(Object.keys(C100DraftSchema.shape));

/** A draft read from a file, in the current format. */
export interface LoadedDraft {
  draft: C100Draft;
  /** The version the file had when it was converted from an older format. */
  migratedFrom?: number;
  /** What the conversion could not carry over exactly (the user should check these answers). */
  migrationWarnings: MigrationWarning[];
}

/** Read and check a draft file. Throws the `CliError` subclasses listed in the module comment. */
export async function readDraftFile(file: string, displayName = file): Promise<LoadedDraft> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw fileError(error, displayName);
  }
  if (bytes.length > MAX_DRAFT_FILE_BYTES) {
    throw new DraftFileUnreadableError(
      displayName,
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, far larger than any draft (at most ${MAX_DRAFT_FILE_BYTES / 1024 / 1024} MB). Check that this is the draft you meant.`,
    );
  }
  return parseDraftText(bytes.toString('utf8'), displayName);
}

/** The checks of `readDraftFile` from step 2 on, for text already in memory. */
export function parseDraftText(text: string, displayName: string): LoadedDraft {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const { line, column, detail } = jsonErrorPosition(error, json);
    throw new DraftJsonSyntaxError(displayName, line, column, detail);
  }
  return parseDraftValue(raw, displayName);
}

/** The checks of `readDraftFile` from step 3 on, for a parsed JSON value. */
export function parseDraftValue(raw: unknown, displayName: string): LoadedDraft {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new NotADraftError(
      displayName,
      `the file holds ${describeJsonValue(raw)}, but a draft is a JSON object`,
    );
  }
  const record = raw as Record<string, unknown>;
  let candidate: unknown = record;
  let migratedFrom: number | undefined;
  let migrationWarnings: MigrationWarning[] = [];
  if (!('schemaVersion' in record)) {
    const foreign = Object.keys(record).find((key) => !DRAFT_TOP_LEVEL_FIELDS.has(key));
    if (foreign !== undefined) {
      throw new NotADraftError(
        displayName,
        `it has no "schemaVersion" and a top-level field "${foreign}" that drafts do not have`,
      );
    }
    candidate = { ...record, schemaVersion: DRAFT_SCHEMA_VERSION };
  } else {
    const version = record.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version)) {
      throw new NotADraftError(
        displayName,
        `"schemaVersion" must be a whole number like ${DRAFT_SCHEMA_VERSION}, not ${describeJsonValue(version)}`,
        'schemaVersion',
      );
    }
    if (version > DRAFT_SCHEMA_VERSION || version < 1) {
      throw new UnsupportedDraftVersionError(displayName, version, DRAFT_SCHEMA_VERSION);
    }
    if (version < DRAFT_SCHEMA_VERSION) {
      const migrated = migrateDraftIfNeeded(record, version, displayName);
      candidate = migrated.draft;
      migratedFrom = version;
      migrationWarnings = migrated.warnings;
    }
  }
  const parsed = C100DraftSchema.safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first ? first.path.map(String).join('.') : '';
    throw new NotADraftError(displayName, first ? first.message : 'it does not match the draft format', path);
  }
  return migratedFrom === undefined
    ? { draft: parsed.data, migrationWarnings }
    : { draft: parsed.data, migratedFrom, migrationWarnings };
}

function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a JSON array';
  switch (typeof value) {
    case 'string':
      return 'a text string';
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return `the value ${String(value)}`;
    case 'object':
      return 'a JSON object';
    default:
      return `a ${typeof value}`;
  }
}

function fileError(error: unknown, displayName: string): Error {
  const code = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : '';
  switch (code) {
    case 'ENOENT':
      return new DraftFileNotFoundError(displayName);
    case 'EISDIR':
      return new DraftFileUnreadableError(
        displayName,
        'it is a folder, not a file. Give the path of the draft .json file inside it.',
      );
    case 'EACCES':
    case 'EPERM':
      return new DraftFileUnreadableError(
        displayName,
        'permission denied. Check that your user account may read it.',
      );
    default:
      return new DraftFileUnreadableError(
        displayName,
        `${error instanceof Error ? error.message : String(error)}. Check the path and try again.`,
      );
  }
}
