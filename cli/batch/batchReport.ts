/**
 * The report of a `c100 batch` run: one row per draft and a summary, printed as text (default),
 * as JSON (`--json`, `--report FILE.json`) or as CSV (`--report FILE.csv`, RFC 4180).
 */
import type { ExportDocumentSetResult } from '../../electron/services/pdf/exportDocumentSet';
import type { TemplateLocation } from '../../electron/services/template/locateTemplate';
import type { WrittenFile } from '../commands/fillCommand';
import type { DraftIssue } from '../commands/validateCommand';

/**
 * - `filled`: the C100 and its supplements were written (with the review copy);
 * - `incomplete`: the draft has issues: only the review copy was written (it lists them);
 * - `invalid`: not a C100 draft (broken JSON, wrong format, a newer version): nothing written;
 * - `failed`: the draft was fine but producing or writing its PDFs failed: see the reason;
 * - `no-template`: complete, but no official form was found: only the review copy was written;
 * - `skipped`: not processed, because `--fail-fast` stopped the run at an earlier draft.
 */
export const BATCH_STATUSES = ['filled', 'incomplete', 'invalid', 'failed', 'no-template', 'skipped'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** How many of the first issues of an incomplete draft the report names (`c100 validate` lists all). */
export const FIRST_ISSUES_SHOWN = 3;

export interface BatchDraftResult {
  /** Its folder name under `--out`. */
  name: string;
  /** The input it came from ("cases/smith.json", "cases.json #3"). */
  source: string;
  status: BatchStatus;
  /** Its folder as shown to the user (`--out` joined with `name`); absent when nothing was written. */
  folder?: string;
  /** One line: why it is invalid, failed or skipped, or how many issues an incomplete draft has. */
  reason?: string;
  /** Issues still to fix (0 unless incomplete); `issues` holds the first few. */
  issueCount: number;
  issues: DraftIssue[];
  written: WrittenFile[];
  supplements: ExportDocumentSetResult['supplements'];
  continuationSheets: ExportDocumentSetResult['continuationSheets'];
  /** Confidential values found in free text and replaced with a pointer to the C8. */
  redactions: number;
  /** The draft format version it was converted from, when it was older than the current one. */
  migratedFrom?: number;
  /** Answers a conversion from an older format could not carry over exactly. */
  notes: string[];
  /** Time taken for this draft (checking, building and writing), in milliseconds. */
  milliseconds: number;
}

export type BatchCounts = Record<BatchStatus, number>;

export interface BatchReport {
  /** `--out` as given. */
  out: string;
  template?: { path: string; origin: TemplateLocation['origin'] };
  /** Set when no template was found: only review copies were written. */
  templateMissing?: { message: string; downloadUrl: string };
  /** `--fail-fast` stopped the run at the first draft that was not filled. */
  stoppedEarly: boolean;
  summary: BatchCounts & { drafts: number; seconds: number; draftsPerSecond: number };
  drafts: BatchDraftResult[];
}

export function countStatuses(drafts: readonly BatchDraftResult[]): BatchCounts {
  const counts = Object.fromEntries(BATCH_STATUSES.map((s) => [s, 0])) as BatchCounts;
  for (const d of drafts) counts[d.status] += 1;
  return counts;
}

/** The first issues of an incomplete draft, in one line. */
export function issuesLine(issueCount: number, issues: readonly DraftIssue[]): string {
  const first = issues.map((i) => `${i.path || '(whole draft)'}: ${i.message}`).join('; ');
  return `${issueCount} ${issueCount === 1 ? 'issue' : 'issues'} to fix${first ? `, first: ${first}` : ''}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(2)} s`;
}

/** One draft, as a line (or two) of the human-readable report. */
export function formatBatchRow(row: BatchDraftResult, position: number, total: number): string {
  const head = `[${String(position).padStart(String(total).length)}/${total}] ${row.name} (${row.source}): ${row.status}`;
  const migrated = row.migratedFrom !== undefined ? ` (read from a version ${row.migratedFrom} draft)` : '';
  switch (row.status) {
    case 'filled': {
      const supplements = row.supplements.length > 0 ? row.supplements.join(', ') : 'no supplements';
      return `${head} in ${seconds(row.milliseconds)}${migrated}: ${plural(row.written.length, 'file', 'files')} in ${row.folder ?? row.name}; ${supplements}; ${plural(row.continuationSheets.length, 'continuation sheet', 'continuation sheets')}\n`;
    }
    case 'incomplete':
      return `${head} in ${seconds(row.milliseconds)}${migrated}: review copy only, in ${row.folder ?? row.name}\n      ${issuesLine(row.issueCount, row.issues)}\n`;
    case 'no-template':
      return `${head}${migrated}: complete, but only the review copy was written (no official form), in ${row.folder ?? row.name}\n`;
    case 'invalid':
    case 'failed':
    case 'skipped':
      return `${head}: ${row.reason ?? ''}\n`;
    default: {
      const unknown: never = row.status;
      throw new Error(`unknown status ${String(unknown)}`);
    }
  }
}

/** "Summary: 5 filled, 1 incomplete, 2 invalid, 0 failed (8 drafts in 3.20 s, 2.5 drafts/s)". */
export function formatBatchSummary(report: BatchReport): string {
  const { summary } = report;
  const parts = [`${summary.filled} filled`, `${summary.incomplete} incomplete`, `${summary.invalid} invalid`, `${summary.failed} failed`];
  if (summary['no-template'] > 0) parts.push(`${summary['no-template']} complete but not filled (no template)`);
  if (summary.skipped > 0) parts.push(`${summary.skipped} skipped (--fail-fast)`);
  const lines = [
    `Summary: ${parts.join(', ')} (${plural(summary.drafts, 'draft', 'drafts')} in ${summary.seconds.toFixed(2)} s, ${summary.draftsPerSecond.toFixed(1)} drafts/s). Output in ${report.out}`,
  ];
  if (summary.filled > 0) lines.push('The filled PDFs are not encrypted: keep them somewhere safe. Each statement of truth is signed by hand.');
  return `${lines.join('\n')}\n`;
}

/** The columns of the CSV report, in order. */
export const BATCH_CSV_COLUMNS = [
  'name',
  'source',
  'status',
  'reason',
  'issues',
  'files',
  'supplements',
  'continuation_sheets',
  'milliseconds',
] as const;

/** RFC 4180 §2.6–2.7: a field with a comma, a double quote or a line break is quoted, quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The report as CSV: a header line, then one line per draft, CRLF line ends (RFC 4180 §2.1). */
export function formatBatchCsv(report: BatchReport): string {
  const rows = report.drafts.map((d) => [
    d.name,
    d.source,
    d.status,
    d.reason ?? '',
    d.issueCount,
    d.written.map((w) => w.path).join('; '),
    d.supplements.join(' '),
    d.continuationSheets.length,
    Math.round(d.milliseconds),
  ]);
  return [[...BATCH_CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
