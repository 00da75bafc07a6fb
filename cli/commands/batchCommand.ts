/**
 * `c100 batch INPUT... --out DIR`: fill many drafts in one run (issue 3 "CLI"; DESIGN.md users:
 * paralegals "preparing many forms at once from case data, who need speed, a clear per-row report,
 * and repeatable output").
 *
 * - INPUT: draft files, folders (their `*.json`, in natural order) and files holding a JSON array
 *   of drafts, in any mix (`collectBatchEntries`). Each draft's documents go into `DIR/<name>/`.
 * - The template is located and parsed ONCE, before any draft, and handed to the export service
 *   (`exportDocumentSet` with `template`), which then never looks for it again. A template that is
 *   found but is not the official form stops the run before anything is written (exit 2), as `fill`
 *   refuses it. No template anywhere: every draft still gets its review copy (as `fill` does), the
 *   complete ones are reported "no-template", and the run exits 2 with where to download the form.
 *   (In that case the service looks again for each complete draft: a few existence checks, no parse.)
 * - One draft never stops the others: not a draft → "invalid", a failure while building or writing
 *   → "failed" (even an unexpected crash), each with a one-line reason; `--fail-fast` stops at the
 *   first draft that is not filled and reports the rest as "skipped".
 * - Repeatable output: no date is passed to the export, so the PDFs carry no timestamps and the
 *   same drafts give the same bytes; folder names come from the inputs alone.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { C100_DOWNLOAD_URL } from '../../forms/c100/pdf/c100Widgets';
import type { C100Template } from '../../forms/c100/pdf/C100Template';
import { exportDocumentSet, type ExportDocumentSetResult } from '../../electron/services/pdf/exportDocumentSet';
import { ExportBuildError, NotADraftError as ExportNotADraftError } from '../../electron/services/pdf/exportErrors';
import { TemplateNotFoundError, loadTemplate, type TemplateLocation } from '../../electron/services/template/locateTemplate';
import { BatchReportFileError } from '../batch/batchErrors';
import {
  FIRST_ISSUES_SHOWN,
  countStatuses,
  formatBatchCsv,
  formatBatchRow,
  formatBatchSummary,
  issuesLine,
  type BatchDraftResult,
  type BatchReport,
} from '../batch/batchReport';
import { collectBatchEntries, type BatchEntry } from '../batch/collectBatchEntries';
import type { CliCommand } from '../CliCommand';
import type { CliIo } from '../CliIo';
import { CliError, CliUsageError, EXIT_FAILURE, EXIT_ISSUES, EXIT_OK, OutputFolderError } from '../cliErrors';
import { packageRoot } from '../packageInfo';
import { parseCommandArgs } from '../parseCommandArgs';
import { parseDraftValue, type LoadedDraft } from '../readDraftFile';
import { cliDataDir, templateFailure } from './templateCommand';
import { parseTodayOption } from './validateCommand';

type ReportFormat = 'csv' | 'json';

interface BatchSettings {
  readonly outDir: string;
  /** `--out` as the user wrote it, for the paths shown in the report. */
  readonly shownOut: string;
  readonly flatten: boolean;
  readonly combined: boolean;
  readonly overwrite: boolean;
  readonly today?: string;
  readonly template?: { readonly template: C100Template; readonly location: TemplateLocation };
  readonly io: CliIo;
}

/** `--report FILE.csv|FILE.json`: its absolute path and format. */
function reportTarget(report: string | undefined, cwd: string): { file: string; shown: string; format: ReportFormat } | undefined {
  if (report === undefined) return undefined;
  const extension = path.extname(report).toLowerCase();
  if (extension !== '.csv' && extension !== '.json') {
    throw new CliUsageError(`--report must name a .csv or a .json file, not "${report}"`, 'batch');
  }
  return { file: path.resolve(cwd, report), shown: report, format: extension === '.csv' ? 'csv' : 'json' };
}

/** The report's folder, created before the run (like --out), so a bad path does not cost a long batch its report. */
async function prepareReportFolder(report: { file: string; shown: string }): Promise<void> {
  try {
    await mkdir(path.dirname(report.file), { recursive: true });
  } catch (error) {
    throw new BatchReportFileError(report.shown, `its folder cannot be created (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

async function prepareOutFolder(outDir: string, shownOut: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputFolderError(shownOut, code === 'EEXIST' || code === 'ENOTDIR' ? 'part of the path is a file, not a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'it cannot be created'));
  }
  if (!(await stat(outDir)).isDirectory()) throw new OutputFolderError(shownOut, 'it is a file, not a folder');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Why a draft that was read could not be exported, in one line. */
function failureReason(error: unknown, io: CliIo): string {
  if (error instanceof ExportBuildError) return oneLine(`${error.message} (this is a bug in C100 Prep: please report it)`);
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('EXPORT_')) return oneLine(error.message);
  if (io.env.C100_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  const detail = error instanceof Error ? error.message : String(error);
  return oneLine(`unexpected error: ${detail} (this is a bug in C100 Prep: please report it; set C100_DEBUG=1 for details)`);
}

/** Check, build and write one draft. Never throws: every outcome is a row. */
async function processEntry(entry: BatchEntry, settings: BatchSettings): Promise<BatchDraftResult> {
  const started = performance.now();
  const row = (fields: Partial<BatchDraftResult> & Pick<BatchDraftResult, 'status'>): BatchDraftResult => ({
    name: entry.name,
    source: entry.source,
    issueCount: 0,
    issues: [],
    written: [],
    supplements: [],
    continuationSheets: [],
    redactions: 0,
    notes: [],
    ...fields,
    milliseconds: Math.round(performance.now() - started),
  });
  if ('error' in entry) return row({ status: 'invalid', reason: oneLine(entry.error.message) });
  let loaded: LoadedDraft;
  try {
    loaded = parseDraftValue(entry.raw, entry.source);
  } catch (error) {
    if (error instanceof CliError) return row({ status: 'invalid', reason: oneLine(error.message) });
    return row({ status: 'failed', reason: failureReason(error, settings.io) });
  }
  const migration = {
    ...(loaded.migratedFrom !== undefined ? { migratedFrom: loaded.migratedFrom } : {}),
    notes: loaded.migrationWarnings.map((w) => `${w.path}: ${w.message}`),
  };
  let result: ExportDocumentSetResult;
  try {
    result = await exportDocumentSet(loaded.draft, {
      outDir: path.join(settings.outDir, entry.name),
      flatten: settings.flatten,
      combined: settings.combined,
      overwrite: settings.overwrite,
      ...(settings.template ? { template: settings.template } : {}),
      env: { ...settings.io.env },
      dataDir: cliDataDir(settings.io),
      repoRoot: packageRoot(),
      ...(settings.today !== undefined ? { today: settings.today } : {}),
    });
  } catch (error) {
    if (error instanceof ExportNotADraftError) return row({ status: 'invalid', reason: oneLine(error.message), ...migration });
    return row({ status: 'failed', reason: failureReason(error, settings.io), ...migration });
  }
  const folder = path.join(settings.shownOut, entry.name);
  const issues = result.issues.slice(0, FIRST_ISSUES_SHOWN).map(({ path: p, step, code, message }) => ({ path: p, step, code, message }));
  const status = !result.complete ? 'incomplete' : result.templateMissing ? 'no-template' : 'filled';
  return row({
    status,
    folder,
    ...(status === 'incomplete' ? { reason: issuesLine(result.issues.length, issues) } : {}),
    ...(status === 'no-template' ? { reason: 'complete, but no official C100 form was found: only the review copy was written' } : {}),
    issueCount: result.issues.length,
    issues,
    written: result.written.map((w) => ({ path: path.join(folder, path.basename(w.path)), pages: w.pages, bytes: w.bytes, description: w.description })),
    supplements: result.supplements,
    continuationSheets: result.continuationSheets,
    redactions: result.redactions,
    ...migration,
  });
}

type RunTemplate = { template: C100Template; location: TemplateLocation; missing?: never } | { missing: TemplateNotFoundError; template?: never };

/** The template, located and parsed once for the whole run, or why there is none anywhere. */
async function loadRunTemplate(templatePath: string | undefined, io: CliIo): Promise<RunTemplate> {
  try {
    return await loadTemplate({
      ...(templatePath !== undefined ? { explicitPath: path.resolve(io.cwd, templatePath) } : {}),
      env: { ...io.env },
      dataDir: cliDataDir(io),
      repoRoot: packageRoot(),
    });
  } catch (error) {
    if (error instanceof TemplateNotFoundError) return { missing: error };
    throw templateFailure(error);
  }
}

export const batchCommand: CliCommand = {
  name: 'batch',
  summary: 'Fill many drafts in one run, with a report per draft (CSV or JSON)',
  usage: 'c100 batch INPUT... --out FOLDER [--template PATH] [--flatten] [--combined] [--overwrite] [--report FILE.csv|FILE.json] [--json] [--today YYYY-MM-DD] [--fail-fast]',
  help: `Fills the official C100 (and the C1A, C8, continuation sheets and review copy that go with
it, as \`c100 fill\` does) for many drafts in one run. The form is read once for the whole run.

INPUT is any mix of:
  - draft files (FILE.json);
  - folders: every *.json file in them (not in their sub-folders), in natural order ("case-2"
    before "case-10"); files starting with "." are skipped;
  - a .json file holding an array of drafts: each item is a draft.

Each draft's files go into FOLDER/<name>/: the file name without ".json" for a draft file, or
"NNN-applicant-v-respondent" for an item of an array (its number and the parties' surnames).
Names are made safe for any computer (lower case, no accents or punctuation) and unique ("-2").

One draft never stops the others. Each draft gets a status:
  filled       the C100 and its supplements were written, with the review copy
  incomplete   the draft has issues: only the review copy was written; the first issues are given
  invalid      not a C100 draft (broken JSON, wrong format, newer version): the reason in one line
  failed       the PDFs could not be made or written: the reason in one line
  no-template  complete, but no official form was found: only the review copy was written
  skipped      not processed: --fail-fast stopped the run earlier

Options:
  --out FOLDER         Where to write (created if needed). Existing files are never replaced: a
                       new set is numbered, like "C100 (2).pdf"
  --overwrite          Replace files of the same name instead (to re-run a batch into the same folder)
  --template PATH      The official C100 04.24 PDF (else C100_TEMPLATE, the imported copy, ../shared/forms)
  --flatten            Flatten the C100's fields (for printing and signing); default: editable
  --combined           The C100 and the C1A in one file (the C8 always stays separate)
  --report FILE        Also write the report to FILE (its folder is created if needed):
                       .csv (one row per draft, RFC 4180, UTF-8) or .json
  --json               Print the report as JSON instead of text
  --today YYYY-MM-DD   Check the drafts as if today were that date
  --fail-fast          Stop at the first draft that is not filled

The PDFs carry no dates, so the same drafts always give the same files.

Exit codes:
  0  every draft was filled
  1  at least one draft is incomplete, invalid, failed or skipped (see the report)
  2  the run could not start: bad arguments, an INPUT that does not exist, no drafts, an output
     folder that cannot be written, a template that is not the official form (nothing written);
     or no template was found anywhere (review copies were written; download form C100 from GOV.UK)

Example:
  c100 batch examples --out out/batch --report out/batch/report.csv`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'batch',
      args,
      {
        out: { type: 'string' },
        template: { type: 'string' },
        flatten: { type: 'boolean' },
        combined: { type: 'boolean' },
        overwrite: { type: 'boolean' },
        report: { type: 'string' },
        json: { type: 'boolean' },
        today: { type: 'string' },
        'fail-fast': { type: 'boolean' },
      },
      { name: 'INPUT (draft files, folders, or a file holding an array of drafts)', min: 1, max: Number.POSITIVE_INFINITY },
    );
    const today = parseTodayOption(values.today, 'batch');
    const shownOut = values.out;
    if (shownOut === undefined || shownOut.trim() === '') {
      throw new CliUsageError('`c100 batch` needs --out FOLDER, the folder to write the PDFs to', 'batch');
    }
    const report = reportTarget(values.report, io.cwd);
    const entries = await collectBatchEntries(positionals, io.cwd, new Set(report ? [report.file] : []));
    const outDir = path.resolve(io.cwd, shownOut);
    await prepareOutFolder(outDir, shownOut);
    if (report) await prepareReportFolder(report);

    let started = performance.now();
    const runTemplate = await loadRunTemplate(values.template, io);
    const template = runTemplate.template ? { template: runTemplate.template, location: runTemplate.location } : undefined;
    const templateMilliseconds = performance.now() - started;
    if (!values.json) {
      io.stdout(
        template
          ? `Filling ${entries.length} ${entries.length === 1 ? 'draft' : 'drafts'} into ${shownOut}; template ${template.location.path} (${template.location.origin}), read once in ${(templateMilliseconds / 1000).toFixed(2)} s\n`
          : `Filling ${entries.length} ${entries.length === 1 ? 'draft' : 'drafts'} into ${shownOut}; no official C100 form found: writing review copies only\n`,
      );
    }

    const settings: BatchSettings = {
      outDir,
      shownOut,
      flatten: values.flatten === true,
      combined: values.combined === true,
      overwrite: values.overwrite === true,
      ...(today !== undefined ? { today } : {}),
      ...(template ? { template } : {}),
      io,
    };
    started = performance.now();
    const drafts: BatchDraftResult[] = [];
    let stoppedAt: string | undefined;
    for (const [index, entry] of entries.entries()) {
      if (stoppedAt !== undefined) {
        drafts.push({ name: entry.name, source: entry.source, status: 'skipped', reason: `not processed: --fail-fast stopped the run at ${stoppedAt}`, issueCount: 0, issues: [], written: [], supplements: [], continuationSheets: [], redactions: 0, notes: [], milliseconds: 0 });
        continue;
      }
      const row = await processEntry(entry, settings);
      drafts.push(row);
      if (!values.json) io.stdout(formatBatchRow(row, index + 1, entries.length));
      if (values['fail-fast'] === true && row.status !== 'filled') stoppedAt = entry.name;
    }
    const elapsed = (performance.now() - started) / 1000;
    const counts = countStatuses(drafts);
    const processed = drafts.length - counts.skipped;
    const result: BatchReport = {
      out: shownOut,
      ...(template ? { template: { path: template.location.path, origin: template.location.origin } } : {}),
      ...(runTemplate.missing ? { templateMissing: { message: runTemplate.missing.message, downloadUrl: C100_DOWNLOAD_URL } } : {}),
      stoppedEarly: stoppedAt !== undefined,
      summary: { ...counts, drafts: drafts.length, seconds: elapsed, draftsPerSecond: elapsed > 0 ? processed / elapsed : 0 },
      drafts,
    };

    if (report) {
      try {
        await writeFile(report.file, report.format === 'csv' ? formatBatchCsv(result) : `${JSON.stringify(result, null, 2)}\n`);
      } catch (error) {
        throw new BatchReportFileError(report.shown, (error as NodeJS.ErrnoException).code ?? 'it cannot be written');
      }
    }
    if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else {
      if (stoppedAt !== undefined) io.stdout(`Stopped at ${stoppedAt} (--fail-fast): ${counts.skipped} not processed.\n`);
      io.stdout(formatBatchSummary(result));
      if (report) io.stdout(`Report: ${report.shown}\n`);
    }
    if (result.templateMissing) {
      io.stderr(`c100: ${result.templateMissing.message}\n`);
      return EXIT_FAILURE;
    }
    return counts.filled === drafts.length ? EXIT_OK : EXIT_ISSUES;
  },
};
