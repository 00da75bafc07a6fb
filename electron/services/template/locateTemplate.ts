/**
 * Finding the official C100 04.24 template at run time (issue 3 "Template"; it is never in the
 * repository). Order: an explicit path (`--template` / `C100_TEMPLATE`), the copy the user imported
 * once into the data folder, `../shared/forms/C100-04.24.pdf` beside a checkout.
 */
import { access, copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { C100_DOWNLOAD_URL, C100_TEMPLATE_VERSION } from '../../../forms/c100/pdf/c100Widgets';
import { loadC100Template } from '../../../forms/c100/pdf/C100Template';
import type { C100Template } from '../../../forms/c100/pdf/C100Template';
import { verifyC100Template } from '../../../forms/c100/pdf/verifyTemplate';
import { defaultDataDir } from '../vault/defaultDataDir';

export const TEMPLATE_ENV = 'C100_TEMPLATE';
export const TEMPLATE_FILE_NAME = `C100-${C100_TEMPLATE_VERSION}.pdf`;
/** Same folder name as the host services use for the vault (electron/services/host). */
const APP_FOLDER = 'C100 Prep';

/** No template anywhere we look. */
export class TemplateNotFoundError extends Error {
  readonly searched: readonly string[];
  constructor(searched: readonly string[]) {
    super(
      `The official C100 form (${C100_TEMPLATE_VERSION}) was not found. Download form C100 from GOV.UK ("form C100": ${C100_DOWNLOAD_URL}), ` +
        `then import it in the app or pass --template PATH (or set ${TEMPLATE_ENV}). Looked in: ${searched.join('; ')}.`,
    );
    this.name = 'TemplateNotFoundError';
    this.searched = searched;
  }
}

/** An explicitly named template file that cannot be read. */
export class TemplateUnreadableError extends Error {
  constructor(file: string, reason: string) {
    super(`Cannot read the C100 template at ${file} (${reason}). Check the path, or download form C100 from GOV.UK: ${C100_DOWNLOAD_URL}`);
    this.name = 'TemplateUnreadableError';
  }
}

export interface TemplateLocation {
  readonly path: string;
  readonly origin: 'explicit' | 'imported' | 'checkout';
}

export interface LocateOptions {
  /** `--template PATH`. */
  readonly explicitPath?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Data folder; default `defaultDataDir('C100 Prep')` (honours C100_DATA_DIR). */
  readonly dataDir?: string;
  /** Repository root for the `../shared/forms` fallback; default: this package's root. */
  readonly repoRoot?: string;
}

/** The package root, found from this file's location (never from the working directory). */
export function packageRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}

export function importedTemplatePath(dataDir: string): string {
  return path.join(dataDir, 'templates', TEMPLATE_FILE_NAME);
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the template is, in the documented order. An explicit path is returned even if missing,
 * so the caller reports that path rather than silently using another copy.
 * @throws TemplateNotFoundError
 */
export async function locateTemplate(options: LocateOptions = {}): Promise<TemplateLocation> {
  const env = options.env ?? process.env;
  const explicit = options.explicitPath ?? (env[TEMPLATE_ENV]?.trim() || undefined);
  if (explicit) return { path: path.resolve(explicit), origin: 'explicit' };
  const dataDir = options.dataDir ?? defaultDataDir(APP_FOLDER, { env });
  const imported = importedTemplatePath(dataDir);
  const checkout = path.resolve(options.repoRoot ?? packageRoot(), '..', 'shared', 'forms', TEMPLATE_FILE_NAME);
  if (await exists(imported)) return { path: imported, origin: 'imported' };
  if (await exists(checkout)) return { path: checkout, origin: 'checkout' };
  throw new TemplateNotFoundError([imported, checkout]);
}

async function readTemplateFile(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new TemplateUnreadableError(file, error instanceof Error && 'code' in error ? String(error.code) : 'unreadable');
  }
}

/**
 * Locate, read, verify and repair the template.
 * @throws TemplateNotFoundError, TemplateUnreadableError, and the C100TemplateError subclasses
 *   (TemplateDamagedError, TemplateEncryptedError, TemplateWrongFormError, TemplateWrongVersionError)
 */
export async function loadTemplate(options: LocateOptions = {}): Promise<{ location: TemplateLocation; template: C100Template }> {
  const location = await locateTemplate(options);
  const bytes = await readTemplateFile(location.path);
  return { location, template: await loadC100Template(bytes, location.path) };
}

/**
 * Import a template chosen by the user: verify it, then copy it atomically into
 * `<dataDir>/templates/C100-04.24.pdf`. Returns the imported path.
 * @throws TemplateUnreadableError, the C100TemplateError subclasses; fs errors when the data folder is not writable
 */
export async function importTemplate(source: string, options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const bytes = await readTemplateFile(source);
  await verifyC100Template(bytes, source);
  const dataDir = options.dataDir ?? defaultDataDir(APP_FOLDER, { env: options.env ?? process.env });
  const target = importedTemplatePath(dataDir);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await copyFile(source, temp);
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
  return target;
}
