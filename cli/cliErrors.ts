/**
 * One error class per way a `c100` command can fail. Each message is one line that says what went
 * wrong, where, and what to do about it (COMMON.md "One error class per failure kind"). `runCli`
 * prints `c100: <message>` on stderr and exits with `exitCode`.
 *
 * Exit codes (README "Command line"): 0 done / draft complete, 1 the draft has issues,
 * 2 the command could not do its job (bad arguments, unreadable file, not a draft, no PDF engine…).
 */

export const EXIT_OK = 0;
export const EXIT_ISSUES = 1;
export const EXIT_FAILURE = 2;

/** Base class: a failure the user can fix, reported as one line. */
export abstract class CliError extends Error {
  /** Stable machine-readable code, printed by `--json`. */
  abstract readonly code: string;
  readonly exitCode: number = EXIT_FAILURE;
}

/** The command line itself is wrong: unknown command or option, missing FILE, and so on. */
export class CliUsageError extends CliError {
  override readonly name = 'CliUsageError';
  readonly code = 'usage';
  constructor(problem: string, command?: string) {
    super(`${problem}. Run \`c100 ${command ? `${command} ` : ''}--help\` to see how to use it.`);
  }
}

/** The draft file does not exist. */
export class DraftFileNotFoundError extends CliError {
  override readonly name = 'DraftFileNotFoundError';
  readonly code = 'file_not_found';
  constructor(readonly file: string) {
    super(`cannot read ${file}: there is no such file. Check the name and the folder you are in.`);
  }
}

/** The path exists but cannot be read as a file (a folder, no permission, too big, other I/O error). */
export class DraftFileUnreadableError extends CliError {
  override readonly name = 'DraftFileUnreadableError';
  readonly code = 'file_unreadable';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`cannot read ${file}: ${reason}`);
  }
}

/** The file is not valid JSON; the message gives the line and column of the first problem. */
export class DraftJsonSyntaxError extends CliError {
  override readonly name = 'DraftJsonSyntaxError';
  readonly code = 'malformed_json';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    super(
      `${file} is not valid JSON: ${detail} at line ${line}, column ${column}. ` +
        'Fix the file there (a missing comma, quote or bracket is the usual cause), or export the draft again from C100 Prep.',
    );
  }
}

/** Valid JSON, but not a C100 draft: wrong type, a field of the wrong type, or a foreign file. */
export class NotADraftError extends CliError {
  override readonly name = 'NotADraftError';
  readonly code = 'not_a_draft';
  constructor(
    readonly file: string,
    reason: string,
    /** The path of the first problem, e.g. "children.0.dateOfBirth" ("" for the whole file). */
    readonly path = '',
  ) {
    super(
      `${file} is not a C100 draft: ${path ? `at ${path}: ` : ''}${reason}. ` +
        'Use a draft exported from C100 Prep (see `c100 schema` for the format and examples/ for samples).',
    );
  }
}

/** A draft written by a newer version of C100 Prep, or a version this one does not know. */
export class UnsupportedDraftVersionError extends CliError {
  override readonly name = 'UnsupportedDraftVersionError';
  readonly code = 'unsupported_version';
  constructor(
    readonly file: string,
    readonly version: number,
    readonly supported: number,
  ) {
    super(
      version > supported
        ? `${file} is a version ${version} draft, written by a newer C100 Prep; this one reads versions up to ${supported}. Update C100 Prep and try again.`
        : `${file} has schemaVersion ${version}, which no version of C100 Prep has written. Check the file, or export the draft again.`,
    );
  }
}

/** An older draft could not be converted to the current format. */
export class DraftMigrationFailedError extends CliError {
  override readonly name = 'DraftMigrationFailedError';
  readonly code = 'migration_failed';
  constructor(
    readonly file: string,
    readonly version: number,
    reason: string,
  ) {
    super(
      `${file} is a version ${version} draft that could not be converted to the current format: ${reason}`,
    );
  }
}

/** A part of C100 Prep the command needs is missing from this build (e.g. the PDF engine). */
export class FeatureUnavailableError extends CliError {
  override readonly name = 'FeatureUnavailableError';
  readonly code = 'feature_unavailable';
  constructor(feature: string, advice: string) {
    super(`${feature} is not available in this build of C100 Prep. ${advice}`);
  }
}

/** The output folder cannot be created or written to. */
export class OutputFolderError extends CliError {
  override readonly name = 'OutputFolderError';
  readonly code = 'output_folder';
  constructor(
    readonly folder: string,
    reason: string,
  ) {
    super(
      `cannot write to ${folder}: ${reason}. Choose another folder with --out, or check its permissions.`,
    );
  }
}

/** The C100 Prep data folder is in use by the desktop app (or another `c100` run) holding its lock. */
export class DataFolderLockedError extends CliError {
  override readonly name = 'DataFolderLockedError';
  readonly code = 'data_folder_locked';
  constructor(folder: string, holder: string) {
    super(
      `the C100 Prep data folder ${folder} is in use by ${holder}. Close the app (or wait for the other command to finish) and try again.`,
    );
  }
}

/** The official template was found but refused, or could not be read. */
export class TemplateRejectedError extends CliError {
  override readonly name = 'TemplateRejectedError';
  readonly code = 'template_rejected';
  constructor(detail: string) {
    super(detail);
  }
}

/** Filling the PDF failed for a reason the engine reported. */
export class FillFailedError extends CliError {
  override readonly name = 'FillFailedError';
  readonly code = 'fill_failed';
  constructor(detail: string) {
    super(`could not produce the PDFs: ${detail}`);
  }
}
