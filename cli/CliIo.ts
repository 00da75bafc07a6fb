/**
 * What a command may touch of the outside world. `main.ts` binds it to the process; tests pass
 * their own, so commands run in-process with captured output and without `process.exit`.
 */
export interface CliIo {
  /** Write to standard output (the caller adds newlines). */
  stdout(text: string): void;
  /** Write to standard error (the caller adds newlines). */
  stderr(text: string): void;
  /** The folder relative paths are resolved from. */
  cwd: string;
  /** Environment variables (C100_TEMPLATE, C100_DATA_DIR, …). */
  env: Readonly<Record<string, string | undefined>>;
}
