/**
 * Why `c100 batch` could not start (exit 2), one class per kind, one line each (COMMON.md "One
 * error class per failure kind"). A problem with one draft is never one of these: it is that
 * draft's row in the report.
 */
import { CliError } from '../cliErrors';

/** The inputs named no draft at all: only folders without `*.json` files. */
export class BatchNoDraftsError extends CliError {
  override readonly name = 'BatchNoDraftsError';
  readonly code = 'no_drafts';
  constructor(inputs: readonly string[]) {
    super(
      `found no drafts in ${inputs.join(', ')}: a folder is read for its *.json files (not its sub-folders). Give draft .json files, folders holding them, or a .json file holding an array of drafts.`,
    );
  }
}

/** The report file cannot be written (its folder is missing, or it is not writable). */
export class BatchReportFileError extends CliError {
  override readonly name = 'BatchReportFileError';
  readonly code = 'report_file';
  constructor(file: string, reason: string) {
    super(`cannot write the report to ${file}: ${reason}. Choose another path with --report.`);
  }
}
