/**
 * `c100 fill FILE.json --out DIR`: the document set for a draft (issue 3 "CLI"): the filled official
 * C100 with its continuation sheets, the C1A and the C8 when they apply, and the review copy, made
 * and written by the same export service as the app's (`exportDocumentSet`). Prints what it
 * wrote, which supplements and why, and the continuation sheets.
 *
 * - Draft incomplete: the review copy only (it lists what is still to answer); exit 1.
 * - No template anywhere: the review copy only, and how to get the form; exit 2.
 * - A template that is not the official form (or cannot be read): nothing is written; exit 2.
 *
 * The template may be the copy imported into the data folder. Reading it needs no vault lock:
 * imports replace it with an atomic rename (`importTemplate`), and nothing here writes there.
 * The draft file is read and checked by `readDraftFile` first, for the CLI's one-line reasons.
 */
import path from 'node:path';
import { C100TemplateError } from '../../forms/c100/pdf/errors';
import {
  exportDocumentSet,
  type ExportDocumentSetResult,
} from '../../electron/services/pdf/exportDocumentSet';
import {
  ExportBuildError,
  ExportFolderError,
  ExportWriteError,
  NotADraftError as ExportNotADraftError,
} from '../../electron/services/pdf/exportErrors';
import {
  TemplateNotFoundError,
  TemplateUnreadableError,
  type TemplateLocation,
} from '../../electron/services/template/locateTemplate';
import type { CliCommand } from '../CliCommand';
import {
  CliUsageError,
  EXIT_FAILURE,
  EXIT_ISSUES,
  EXIT_OK,
  FillFailedError,
  NotADraftError,
  OutputFolderError,
} from '../cliErrors';
import { packageRoot } from '../packageInfo';
import { parseCommandArgs } from '../parseCommandArgs';
import { readDraftFile } from '../readDraftFile';
import { cliDataDir, templateFailure } from './templateCommand';
import { parseTodayOption, reportMigration, type DraftIssue } from './validateCommand';

export interface WrittenFile {
  path: string;
  pages: number;
  bytes: number;
  description: string;
}

export interface FillReport {
  file: string;
  complete: boolean;
  template?: { path: string; origin: TemplateLocation['origin'] };
  /** Confidential values found in free text and replaced with a pointer to the C8. */
  redactions: number;
  written: WrittenFile[];
  supplements: ExportDocumentSetResult['supplements'];
  continuationSheets: ExportDocumentSetResult['continuationSheets'];
  reasons: string[];
  issues: DraftIssue[];
}

const FOLDER_REASONS: Readonly<Record<string, string>> = {
  EEXIST: 'it is a file, not a folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

/** The reason the export service gives in brackets ("… (EEXIST). …"), in words. */
function folderReason(message: string): string {
  const reason = /\(([^()]+)\)/.exec(message)?.[1] ?? 'it cannot be written';
  return FOLDER_REASONS[reason] ?? reason;
}

/** The export service's failures as one-line CLI errors. */
function fillFailure(error: unknown, file: string, shownOut: string): Error {
  if (error instanceof ExportFolderError || error instanceof ExportWriteError) {
    return new OutputFolderError(shownOut, folderReason(error.message));
  }
  if (error instanceof ExportBuildError)
    return new FillFailedError(`${error.message} (this is a bug in C100 Prep: please report it)`);
  if (error instanceof ExportNotADraftError) return new NotADraftError(file, error.message);
  if (
    error instanceof TemplateNotFoundError ||
    error instanceof TemplateUnreadableError ||
    error instanceof C100TemplateError
  ) {
    return templateFailure(error);
  }
  return error instanceof Error ? error : new Error(String(error));
}

export function formatFillReport(report: FillReport): string {
  const lines: string[] = [];
  const width = Math.max(...report.written.map((w) => w.path.length));
  lines.push(`Wrote ${report.written.length} ${report.written.length === 1 ? 'file' : 'files'}:`);
  for (const w of report.written) {
    lines.push(
      `  ${w.path.padEnd(width)}  ${String(w.pages).padStart(3)} pages  ${(w.bytes / 1024).toFixed(0).padStart(5)} KB  ${w.description}`,
    );
  }
  if (report.template) lines.push(`Template: ${report.template.path} (${report.template.origin})`);
  if (report.complete && report.template) {
    lines.push(
      `Supplements: ${report.supplements.length > 0 ? report.supplements.join(', ') : 'none (no C1A or C8 is needed)'}`,
    );
    lines.push(`Continuation sheets: ${report.continuationSheets.length}`);
    for (const sheet of report.continuationSheets) lines.push(`  sheet ${sheet.number}: ${sheet.reason}`);
  }
  // The continuation sheets are listed above; the other reasons say why each file is (or is not) there.
  const reasons = report.reasons.filter((reason) => !/continuation sheet\(s\) added/.test(reason));
  if (reasons.length > 0) {
    lines.push('Why:');
    for (const reason of reasons) lines.push(`  - ${reason}`);
  }
  if (report.issues.length > 0) {
    lines.push(
      `${report.file} has ${report.issues.length} ${report.issues.length === 1 ? 'issue' : 'issues'} to fix first (\`c100 validate ${report.file}\` lists them); the first:`,
    );
    const first = report.issues[0];
    if (first) lines.push(`  ${first.path}: ${first.message}`);
  }
  if (
    report.complete &&
    report.written.some((w) => w.path.endsWith('.pdf') && !w.path.endsWith('review-copy.pdf'))
  ) {
    lines.push(
      'These PDFs are not encrypted: keep them somewhere safe. Sign the statement of truth by hand.',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The example drafts shipped in examples/ (the embedded default when no desktop window can open). */
export const EXAMPLE_NAMES = [
  'attended-miam',
  'domestic-abuse-exemption',
  'urgent-without-notice',
  'consent-order',
  'grandparent-permission',
] as const;

/** The draft to fill: a file, or one of the examples shipped with the app (`--example NAME`). */
function exampleOrFile(example: string | undefined, file: string | undefined): string {
  if (example !== undefined && file !== undefined) {
    throw new CliUsageError('give either a FILE.json or --example NAME, not both', 'fill');
  }
  if (example !== undefined) {
    const name = example.replace(/\.json$/, '');
    if (!(EXAMPLE_NAMES as readonly string[]).includes(name)) {
      throw new CliUsageError(`there is no example called "${example}": choose one of ${EXAMPLE_NAMES.join(', ')}`, 'fill');
    }
    return path.join(packageRoot(), 'examples', `${name}.json`);
  }
  if (file === undefined) throw new CliUsageError('`c100 fill` needs a draft: FILE.json, or --example NAME', 'fill');
  return file;
}

export const fillCommand: CliCommand = {
  name: 'fill',
  summary: 'Fill the official C100 PDF and the C1A / C8 supplements that apply',
  usage: 'c100 fill (FILE.json | --example NAME) --out FOLDER [--template PATH] [--flatten] [--combined] [--overwrite] [--json]',
  help: `Fills the official C100 (04.24) form from a complete draft, and writes every document that
goes with it: the C1A when there are safety concerns, the C8 when someone's contact details are
kept confidential or they live in a refuge, continuation sheets for what does not fit, and a review
copy (every question and answer on plain A4) for someone helping you to check. It prints what it
wrote and why.

The official form is not part of C100 Prep. It is looked for in this order:
  1. --template PATH (or the C100_TEMPLATE environment variable)
  2. a copy imported into the app's data folder (\`c100 template import PATH\`)
  3. ../shared/forms/C100-04.24.pdf beside a checkout
Download it from GOV.UK (search "form C100"). Without it, only the review copy is written.

Options:
  --example NAME       Fill one of the complete example drafts shipped with C100 Prep instead of
                       a file (${EXAMPLE_NAMES.join(', ')}), to see what the app produces
  --out FOLDER         Where to write the PDFs (created if needed). Existing files are never
                       replaced: a new set is numbered, like "C100 (2).pdf"
  --overwrite          Replace files of the same name instead
  --template PATH      The official C100 04.24 PDF to fill
  --flatten            Flatten the C100's fields (for printing and signing); default: editable
  --combined           The C100 and the C1A in one file (the C8 always stays separate: it is not served)
  --json               Print the report as JSON
  --today YYYY-MM-DD   Check the draft as if today were that date

Exit codes:
  0  the C100 and its supplements were written
  1  the draft has issues: only the review copy was written (it lists them)
  2  could not fill: bad arguments, not a draft, no template found (the review copy is written),
     a template that is not the official form, or an output folder that cannot be written`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'fill',
      args,
      {
        out: { type: 'string' },
        template: { type: 'string' },
        flatten: { type: 'boolean' },
        combined: { type: 'boolean' },
        overwrite: { type: 'boolean' },
        json: { type: 'boolean' },
        today: { type: 'string' },
        example: { type: 'string' },
      },
      { name: 'FILE.json', min: 0, max: 1 },
    );
    const file = exampleOrFile(values.example, positionals[0]);
    const today = parseTodayOption(values.today, 'fill');
    if (values.out === undefined || values.out.trim() === '') {
      throw new CliUsageError('`c100 fill` needs --out FOLDER, the folder to write the PDFs to', 'fill');
    }
    const loaded = await readDraftFile(path.isAbsolute(file) ? file : path.resolve(io.cwd, file), file);
    reportMigration(loaded, file, io);
    let result: ExportDocumentSetResult;
    try {
      result = await exportDocumentSet(loaded.draft, {
        outDir: path.resolve(io.cwd, values.out),
        flatten: values.flatten === true,
        combined: values.combined === true,
        overwrite: values.overwrite === true,
        ...(values.template !== undefined ? { templatePath: path.resolve(io.cwd, values.template) } : {}),
        env: { ...io.env },
        dataDir: cliDataDir(io),
        repoRoot: packageRoot(),
        ...(today !== undefined ? { today } : {}),
      });
    } catch (error) {
      throw fillFailure(error, file, values.out);
    }
    const shown = (written: string) => path.join(values.out ?? '', path.basename(written));
    const report: FillReport = {
      file,
      complete: result.complete,
      ...(result.template
        ? { template: { path: result.template.path, origin: result.template.origin } }
        : {}),
      written: result.written.map((w) => ({
        path: shown(w.path),
        pages: w.pages,
        bytes: w.bytes,
        description: w.description,
      })),
      supplements: result.supplements,
      continuationSheets: result.continuationSheets,
      reasons: result.templateMissing
        ? result.reasons.filter((r) => r !== result.templateMissing?.message)
        : result.reasons,
      redactions: result.redactions,
      issues: result.issues.map(({ path: p, step, code, message }) => ({ path: p, step, code, message })),
    };
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatFillReport(report));
    if (result.templateMissing) {
      io.stderr(`c100: ${result.templateMissing.message}\n`);
      return EXIT_FAILURE;
    }
    return result.complete ? EXIT_OK : EXIT_ISSUES;
  },
};
