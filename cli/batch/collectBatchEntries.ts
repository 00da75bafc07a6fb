/**
 * The drafts of a `c100 batch` run, from its INPUT arguments: draft files, folders (each `*.json`
 * in them, not their sub-folders, in natural order so "case-2" comes before "case-10"), and files
 * holding a JSON array of drafts (each item is a draft). Every entry gets a unique, safe folder name
 * up front, so names do not depend on which drafts turn out valid.
 *
 * A path that does not exist stops the run before anything is written (`DraftFileNotFoundError`);
 * a file that exists but cannot be read, or is not JSON, becomes an entry with its error, reported
 * as "invalid" like any draft that is not a draft.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliError, DraftFileNotFoundError, DraftFileUnreadableError } from '../cliErrors';
import { parseDraftText } from '../readDraftFile';
import { BatchNoDraftsError } from './batchErrors';
import { claimUniqueName, safeFolderName } from './safeFolderName';

/** One draft to process: its JSON value, or why its file could not be read as JSON. */
export type BatchEntry = {
  /** Folder name under `--out` (unique in the run). */
  readonly name: string;
  /** Where it came from, as the user wrote it: "cases/smith.json", or "cases.json #3" for an array item. */
  readonly source: string;
} & ({ readonly raw: unknown } | { readonly error: CliError });

/**
 * An array file may hold many drafts, so it may be larger than one draft file may be
 * (`MAX_DRAFT_FILE_BYTES`); beyond this it is surely not what the user meant.
 */
export const MAX_BATCH_FILE_BYTES = 100 * 1024 * 1024;

interface InputFile {
  readonly file: string;
  readonly shown: string;
}

const naturalOrder = new Intl.Collator('en', { numeric: true });

function compareNames(a: string, b: string): number {
  // The collator ties names that differ only in case or accents; code-unit order breaks the tie, so
  // the order never depends on the machine.
  return naturalOrder.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The files named by the inputs, each once, folders expanded.
 * @throws {DraftFileNotFoundError} an input does not exist. {DraftFileUnreadableError} a folder cannot be listed.
 */
export async function collectBatchFiles(
  inputs: readonly string[],
  cwd: string,
  skip: ReadonlySet<string> = new Set(),
): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const seen = new Set<string>(skip);
  const add = (file: string, shown: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push({ file, shown });
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let isFolder: boolean;
    try {
      isFolder = (await stat(absolute)).isDirectory();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
        throw new DraftFileNotFoundError(input);
      throw new DraftFileUnreadableError(input, `${(error as NodeJS.ErrnoException).code ?? 'unreadable'}. Check the path and your permissions.`);
    }
    if (!isFolder) {
      add(absolute, input);
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(absolute, { withFileTypes: true }))
        // Dot files are skipped: "._case.json" is macOS metadata, not a draft.
        .filter((d) => !d.isDirectory() && !d.name.startsWith('.') && d.name.toLowerCase().endsWith('.json'))
        .map((d) => d.name)
        .sort(compareNames);
    } catch (error) {
      throw new DraftFileUnreadableError(input, `the folder cannot be listed (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}). Check your permissions.`);
    }
    for (const name of names) add(path.join(absolute, name), path.join(input, name));
  }
  return files;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The surname of the first applicant or respondent (else their first names), read loosely: the item may not be a valid draft. */
function firstPartyName(draft: unknown, list: 'applicants' | 'respondents'): string {
  const people = isRecord(draft) ? draft[list] : undefined;
  const first: unknown = Array.isArray(people) ? people[0] : undefined;
  if (!isRecord(first)) return '';
  for (const key of ['lastName', 'firstNames']) {
    const value = first[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
}

/** "007-smith-v-jones": the item's number (1-based, at least 3 digits) and the parties' names, as a case is named. */
export function arrayItemName(index: number, count: number, draft: unknown): string {
  const number = String(index + 1).padStart(Math.max(3, String(count).length), '0');
  const applicant = safeFolderName(firstPartyName(draft, 'applicants'), 'applicant');
  const respondent = safeFolderName(firstPartyName(draft, 'respondents'), 'respondent');
  return safeFolderName(`${number}-${applicant}-v-${respondent}`, number);
}

async function readText(input: InputFile): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(input.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DraftFileNotFoundError(input.shown);
    throw new DraftFileUnreadableError(
      input.shown,
      code === 'EACCES' || code === 'EPERM' ? 'permission denied. Check that your user account may read it.' : `${code ?? 'unreadable'}. Check the file and try again.`,
    );
  }
  if (bytes.length > MAX_BATCH_FILE_BYTES) {
    throw new DraftFileUnreadableError(input.shown, `the file is ${(bytes.length / 1024 / 1024).toFixed(0)} MB, larger than any batch of drafts should be (at most ${MAX_BATCH_FILE_BYTES / 1024 / 1024} MB). Split it into several files.`);
  }
  return bytes.toString('utf8');
}

/** The entries of one file: one for a draft (or a broken file), one per item for an array. */
async function fileEntries(input: InputFile, taken: Set<string>): Promise<BatchEntry[]> {
  const stem = safeFolderName(path.basename(input.file).replace(/\.json$/i, ''), 'draft');
  let text: string;
  let raw: unknown;
  try {
    text = await readText(input);
    const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
      raw = JSON.parse(json);
    } catch {
      // The draft reader says where the JSON breaks (line and column) and how to fix it.
      parseDraftText(text, input.shown);
      throw new Error('unreachable: JSON.parse and parseDraftText disagree');
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return [{ name: claimUniqueName(stem, taken), source: input.shown, error }];
  }
  if (!Array.isArray(raw)) return [{ name: claimUniqueName(stem, taken), source: input.shown, raw }];
  if (raw.length === 0) {
    return [{ name: claimUniqueName(stem, taken), source: input.shown, error: new DraftFileUnreadableError(input.shown, 'it holds an empty array: there are no drafts in it') }];
  }
  const items: unknown[] = raw;
  return items.map((item, index) => ({
    name: claimUniqueName(arrayItemName(index, items.length, item), taken),
    source: `${input.shown} #${index + 1}`,
    raw: item,
  }));
}

/**
 * Every draft named by `inputs` (relative to `cwd`), in order, with unique folder names.
 * `skip` holds absolute paths never to read as input (the report file of this run).
 * @throws {DraftFileNotFoundError} an input does not exist; {DraftFileUnreadableError} a folder
 *   cannot be listed; {BatchNoDraftsError} the inputs hold no .json file at all.
 */
export async function collectBatchEntries(
  inputs: readonly string[],
  cwd: string,
  skip: ReadonlySet<string> = new Set(),
): Promise<BatchEntry[]> {
  const files = await collectBatchFiles(inputs, cwd, skip);
  if (files.length === 0) throw new BatchNoDraftsError(inputs);
  const taken = new Set<string>();
  const entries: BatchEntry[] = [];
  for (const file of files) entries.push(...(await fileEntries(file, taken)));
  return entries;
}
