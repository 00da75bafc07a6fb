/**
 * `c100 template`: where the official C100 form is found, and `c100 template import PATH` to keep a
 * verified copy in the app's data folder. Importing writes into the data folder, so it holds the
 * vault lock (`vault.lock`) while it does: when the desktop app (or another `c100`) has the folder
 * open, the import is refused instead of writing beside it.
 */
import path from 'node:path';
import { C100TemplateError } from '../../forms/c100/pdf/errors';
import { C100_DOWNLOAD_URL } from '../../forms/c100/pdf/c100Widgets';
import { verifyC100Template } from '../../forms/c100/pdf/verifyTemplate';
import {
  TemplateNotFoundError,
  TemplateUnreadableError,
  importTemplate,
  locateTemplate,
  type TemplateLocation,
} from '../../electron/services/template/locateTemplate';
import { defaultDataDir } from '../../electron/services/vault/defaultDataDir';
import { VaultLock } from '../../electron/services/vault/vaultLock';
import { VaultBusyError } from '../../electron/services/vault/vaultErrors';
import { readFile } from 'node:fs/promises';
import type { CliCommand } from '../CliCommand';
import type { CliIo } from '../CliIo';
import {
  CliUsageError,
  DataFolderLockedError,
  EXIT_ISSUES,
  EXIT_OK,
  OutputFolderError,
  TemplateRejectedError,
} from '../cliErrors';
import { packageRoot } from '../packageInfo';
import { parseCommandArgs } from '../parseCommandArgs';

/** The app's folder name under the per-user data folder (as electron/services/host uses). */
export const APP_FOLDER = 'C100 Prep';
/** Who holds the vault lock while the CLI writes, as the other process shows it. */
export const CLI_LOCK_OWNER = 'the c100 command line';

export function cliDataDir(io: CliIo): string {
  return defaultDataDir(APP_FOLDER, { env: { ...io.env } });
}

const ORIGIN_WORDS: Record<TemplateLocation['origin'], string> = {
  explicit: 'given with --template or C100_TEMPLATE',
  imported: 'the copy imported into the data folder',
  checkout: 'beside this checkout (../shared/forms)',
};

/** Turn the template services' errors into one-line CLI errors; anything else is rethrown. */
export function templateFailure(error: unknown): Error {
  if (
    error instanceof TemplateNotFoundError ||
    error instanceof TemplateUnreadableError ||
    error instanceof C100TemplateError
  ) {
    return new TemplateRejectedError(error.message);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Run `write` while holding the vault lock of `dataDir`.
 * @throws {DataFolderLockedError} when the app or another command holds it.
 */
export async function withDataFolderLock<T>(dataDir: string, write: () => Promise<T>): Promise<T> {
  let lock: VaultLock;
  try {
    lock = await VaultLock.acquire(dataDir, { owner: CLI_LOCK_OWNER });
  } catch (error) {
    if (error instanceof VaultBusyError) {
      const holder = error.holder
        ? `${error.holder.owner} (process ${error.holder.pid} on ${error.holder.hostname})`
        : 'another program';
      throw new DataFolderLockedError(dataDir, holder);
    }
    throw error;
  }
  try {
    return await write();
  } finally {
    await lock.release();
  }
}

async function whereCommand(templatePath: string | undefined, io: CliIo): Promise<number> {
  let location: TemplateLocation;
  try {
    location = await locateTemplate({
      explicitPath: templatePath === undefined ? undefined : path.resolve(io.cwd, templatePath),
      env: { ...io.env },
      dataDir: cliDataDir(io),
      repoRoot: packageRoot(),
    });
  } catch (error) {
    if (error instanceof TemplateNotFoundError) {
      io.stdout(`No C100 template found. ${error.message}\n`);
      return EXIT_ISSUES;
    }
    throw templateFailure(error);
  }
  try {
    const bytes = new Uint8Array(await readFile(location.path));
    await verifyC100Template(bytes, location.path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new TemplateRejectedError(
        `the template ${location.path} (${ORIGIN_WORDS[location.origin]}) does not exist. Check the path, or download form C100 from GOV.UK: ${C100_DOWNLOAD_URL}`,
      );
    }
    throw templateFailure(error);
  }
  io.stdout(
    `C100 template: ${location.path}\n  ${ORIGIN_WORDS[location.origin]}; checked: it is the official C100 (04.24).\n`,
  );
  return EXIT_OK;
}

async function importCommand(source: string, io: CliIo): Promise<number> {
  const dataDir = cliDataDir(io);
  const from = path.resolve(io.cwd, source);
  let target: string;
  try {
    target = await withDataFolderLock(dataDir, () => importTemplate(from, { dataDir, env: { ...io.env } }));
  } catch (error) {
    if (error instanceof DataFolderLockedError) throw error;
    if (
      error instanceof Error &&
      'code' in error &&
      ['EACCES', 'EPERM', 'EROFS', 'ENOSPC'].includes(String((error as NodeJS.ErrnoException).code))
    ) {
      throw new OutputFolderError(dataDir, String((error as NodeJS.ErrnoException).code));
    }
    throw templateFailure(error);
  }
  io.stdout(
    `Imported the official C100 (04.24) from ${source}.\nC100 Prep will use ${target} from now on.\n`,
  );
  return EXIT_OK;
}

export const templateCommand: CliCommand = {
  name: 'template',
  summary: 'Show which official C100 form will be filled, or import one',
  usage: 'c100 template [--template PATH] | c100 template import PATH',
  help: `The official C100 (04.24) form is not part of C100 Prep: download it from GOV.UK
(${C100_DOWNLOAD_URL}).

  c100 template               Show which copy \`c100 fill\` would use, and check that it is the
                              official form. It looks for: --template PATH (or C100_TEMPLATE), the
                              copy imported into the data folder, ../shared/forms beside a checkout.
  c100 template import PATH   Check PATH and keep a copy in the data folder, so that you do not
                              need --template again. Refused while the desktop app has the data
                              folder open (close it, or import the form in the app).

The data folder is the app's (see the README); set C100_DATA_DIR to use another one.

Exit codes: 0 found (or imported), 1 no template found, 2 the file is not the official form or
cannot be read, or the data folder is in use.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'template',
      args,
      { template: { type: 'string' } },
      { name: 'arguments', min: 0, max: 2 },
    );
    const [action, source] = positionals;
    if (action === undefined) {
      if (positionals.length > 0) throw new CliUsageError('unexpected argument', 'template');
      return whereCommand(values.template, io);
    }
    if (action !== 'import')
      throw new CliUsageError(
        `unknown action "${action}" (use \`c100 template\` or \`c100 template import PATH\`)`,
        'template',
      );
    if (source === undefined)
      throw new CliUsageError('`c100 template import` needs PATH, the C100 PDF to import', 'template');
    if (values.template !== undefined)
      throw new CliUsageError('give the file to import as PATH, not with --template', 'template');
    return importCommand(source, io);
  },
};
