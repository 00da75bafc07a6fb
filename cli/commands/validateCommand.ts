/**
 * `c100 validate FILE.json`: the whole-application check of a draft (`toApplication`), as the app's
 * "check your answers" page runs it. Exit 0 complete, 1 issues to fix, 2 not readable / not a draft.
 */
import { resolve } from 'node:path';
import { toApplication } from '../../forms/c100/toApplication';
import type { CliCommand } from '../CliCommand';
import type { CliIo } from '../CliIo';
import { CliError, CliUsageError, EXIT_ISSUES, EXIT_OK } from '../cliErrors';
import { parseCommandArgs } from '../parseCommandArgs';
import { readDraftFile, type LoadedDraft } from '../readDraftFile';

export interface DraftIssue {
  path: string;
  step: string;
  code: string;
  message: string;
}

/** `--today YYYY-MM-DD`: check the draft as if it were that day (ages, "not in the future"). */
export function parseTodayOption(value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new CliUsageError(
      `--today must be a real date written YYYY-MM-DD, like 2025-03-31, not "${value}"`,
      command,
    );
  }
  return value;
}

/** Print the notes a migration from an older draft format left (answers the user should check). */
export function reportMigration(loaded: LoadedDraft, displayName: string, io: CliIo): void {
  if (loaded.migratedFrom === undefined) return;
  io.stderr(
    `c100: note: ${displayName} is a version ${loaded.migratedFrom} draft; it was read as the current format.\n`,
  );
  for (const warning of loaded.migrationWarnings)
    io.stderr(`c100: note: ${warning.path}: ${warning.message}\n`);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatIssues(displayName: string, issues: readonly DraftIssue[]): string {
  const lines = [
    `${displayName}: ${plural(issues.length, 'issue', 'issues')} to fix before the application is complete:`,
  ];
  for (const issue of issues) {
    lines.push(
      `  ${issue.path || '(whole draft)'}: ${issue.message}${issue.step ? `  [step: ${issue.step}]` : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check a draft: list every answer still missing or wrong',
  usage: 'c100 validate FILE.json [--json] [--today YYYY-MM-DD]',
  help: `Runs the whole-application check on a draft file, the same check the app runs on its
"Check your answers" page, and lists each issue with the path of the answer in the draft, the
message, and the step of the journey where it is asked.

Older draft versions are converted first, as the app does when it opens them. A file without
"schemaVersion" is read as a current draft if all its fields are draft fields: so \`{}\` is an
empty draft, with everything still to answer (exit 1).

Options:
  --json               Print the result as JSON on stdout, for scripts:
                       {"file", "complete", "issues": [{"path", "step", "code", "message"}]}
                       or, when the file cannot be used, {"file", "complete": false, "error": {"code", "message"}}
  --today YYYY-MM-DD   Check as if today were that date (ages, dates "in the future")

Exit codes:
  0  the draft is complete: it can be filled (\`c100 fill\`)
  1  the draft has issues (listed)
  2  the file cannot be read or is not a C100 draft (one line on stderr says why)

Example:
  c100 validate examples/attended-miam.json`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'validate',
      args,
      { json: { type: 'boolean' }, today: { type: 'string' } },
      { name: 'FILE.json', min: 1, max: 1 },
    );
    const file = positionals[0] ?? '';
    const today = parseTodayOption(values.today, 'validate');
    let loaded: LoadedDraft;
    try {
      loaded = await readDraftFile(resolve(io.cwd, file), file);
    } catch (error) {
      if (values.json && error instanceof CliError) {
        io.stdout(
          `${JSON.stringify({ file, complete: false, error: { code: error.code, message: error.message } })}\n`,
        );
      }
      throw error;
    }
    reportMigration(loaded, file, io);
    const result = toApplication(loaded.draft, today === undefined ? {} : { today });
    const issues: DraftIssue[] = result.ok
      ? []
      : result.issues.map(({ path, step, code, message }) => ({ path, step, code, message }));
    if (values.json) {
      io.stdout(`${JSON.stringify({ file, complete: result.ok, issues }, null, 2)}\n`);
    } else if (result.ok) {
      io.stdout(`${file}: complete. No issues: it is ready to fill (c100 fill ${file} --out FOLDER).\n`);
    } else {
      io.stdout(formatIssues(file, issues));
    }
    return result.ok ? EXIT_OK : EXIT_ISSUES;
  },
};
