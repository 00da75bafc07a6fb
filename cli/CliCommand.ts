import type { CliIo } from './CliIo';

/** One `c100` sub-command. `run` returns the exit code, or throws a `CliError` (exit 2). */
export interface CliCommand {
  name: string;
  /** One line for the top-level help. */
  summary: string;
  /** The usage line, e.g. "c100 validate FILE.json [--json]". */
  usage: string;
  /** Full `--help` text (without the usage line). */
  help: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}
