/**
 * `c100 fill FILE.json --out DIR`: the document set for a draft (issue 3 "CLI"): the filled official
 * C100 with its continuation sheets, the C1A and the C8 when they apply, and the review copy
 * (`buildDocumentSet`). Prints what it wrote, which supplements and why, and the continuation sheets.
 *
 * - Draft incomplete: the review copy only (it lists what is still to answer); exit 1.
 * - No template anywhere: the review copy only, and how to get the form; exit 2.
 * - A template that is not the official form (or cannot be read): nothing is written; exit 2.
 *
 * The template may be the copy imported into the data folder. Reading it needs no vault lock:
 * imports replace it with an atomic rename (`importTemplate`), and nothing here writes there.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { C100Template } from '../../forms/c100/pdf/C100Template';
import { buildDocumentSet, type DocumentSet } from '../../forms/c100/pdf/documentSet';
import { toApplication } from '../../forms/c100/toApplication';
import { loadFonts } from '../../electron/services/pdf/loadFonts';
import {
  TemplateNotFoundError,
  loadTemplate,
  type TemplateLocation,
} from '../../electron/services/template/locateTemplate';
import type { CliCommand } from '../CliCommand';
import type { CliIo } from '../CliIo';
import {
  CliError,
  CliUsageError,
  EXIT_FAILURE,
  EXIT_ISSUES,
  EXIT_OK,
  FillFailedError,
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
  written: WrittenFile[];
  supplements: DocumentSet['supplements'];
  continuationSheets: DocumentSet['continuationSheets'];
  reasons: string[];
  issues: DraftIssue[];
}

type TemplateOutcome =
  { found: true; location: TemplateLocation; template: C100Template } | { found: false; advice: string };

async function findTemplate(explicit: string | undefined, io: CliIo): Promise<TemplateOutcome> {
  try {
    const { location, template } = await loadTemplate({
      explicitPath: explicit === undefined ? undefined : path.resolve(io.cwd, explicit),
      env: { ...io.env },
      dataDir: cliDataDir(io),
      repoRoot: packageRoot(),
    });
    return { found: true, location, template };
  } catch (error) {
    // Only "found nowhere" falls back to the review copy; a file that was found (or named) but is
    // not the official form is refused, so a wrong --template never goes unnoticed.
    if (error instanceof TemplateNotFoundError) return { found: false, advice: error.message };
    throw templateFailure(error);
  }
}

/** Write `bytes` to `file` through a temporary file, so a reader never sees half a PDF. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}

function fsCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error
    ? String((error as NodeJS.ErrnoException).code)
    : undefined;
}

async function writeSet(set: DocumentSet, outDir: string, shownOut: string): Promise<WrittenFile[]> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new OutputFolderError(
      shownOut,
      fsCode(error) === 'EEXIST' || fsCode(error) === 'ENOTDIR'
        ? 'it is a file, not a folder'
        : (fsCode(error) ?? String(error)),
    );
  }
  const written: WrittenFile[] = [];
  for (const file of set.files) {
    const target = path.join(outDir, file.name);
    try {
      await writeAtomically(target, file.bytes);
    } catch (error) {
      throw new OutputFolderError(shownOut, fsCode(error) ?? String(error));
    }
    written.push({
      path: path.join(shownOut, file.name),
      pages: file.pages,
      bytes: file.bytes.length,
      description: file.description,
    });
  }
  return written;
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
    for (const sheet of report.continuationSheets)
      lines.push(`  sheet ${sheet.number}: ${sheet.title} – ${sheet.reason}`);
  }
  if (report.reasons.length > 0) {
    lines.push('Why:');
    for (const reason of report.reasons) lines.push(`  - ${reason}`);
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

export const fillCommand: CliCommand = {
  name: 'fill',
  summary: 'Fill the official C100 PDF and the C1A / C8 supplements that apply',
  usage: 'c100 fill FILE.json --out FOLDER [--template PATH] [--flatten] [--combined] [--json]',
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
  --out FOLDER         Where to write the PDFs (created if needed; files of the same name are replaced)
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
        json: { type: 'boolean' },
        today: { type: 'string' },
      },
      { name: 'FILE.json', min: 1, max: 1 },
    );
    const file = positionals[0] ?? '';
    const today = parseTodayOption(values.today, 'fill');
    if (values.out === undefined || values.out.trim() === '') {
      throw new CliUsageError('`c100 fill` needs --out FOLDER, the folder to write the PDFs to', 'fill');
    }
    const loaded = await readDraftFile(path.resolve(io.cwd, file), file);
    reportMigration(loaded, file, io);
    const result = toApplication(loaded.draft, today === undefined ? {} : { today });
    const issues: DraftIssue[] = result.ok
      ? []
      : result.issues.map(({ path: p, step, code, message }) => ({ path: p, step, code, message }));

    const template = result.ok ? await findTemplate(values.template, io) : undefined;
    let set: DocumentSet;
    try {
      set = await buildDocumentSet({
        fonts: await loadFonts(),
        draft: loaded.draft,
        ...(result.ok ? { application: result.application } : { issues: result.issues }),
        ...(template?.found ? { template: template.template } : {}),
        options: { flatten: values.flatten === true, combined: values.combined === true },
      });
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new FillFailedError(
        `${error instanceof Error ? error.message : String(error)} (this is a bug in C100 Prep: please report it)`,
      );
    }
    const written = await writeSet(set, path.resolve(io.cwd, values.out), values.out);
    const report: FillReport = {
      file,
      complete: result.ok,
      ...(template?.found
        ? { template: { path: template.location.path, origin: template.location.origin } }
        : {}),
      written,
      supplements: set.supplements,
      continuationSheets: set.continuationSheets,
      reasons: set.reasons,
      issues,
    };
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatFillReport(report));
    if (template && !template.found) {
      io.stderr(`c100: ${template.advice}\n`);
      return EXIT_FAILURE;
    }
    return result.ok ? EXIT_OK : EXIT_ISSUES;
  },
};
