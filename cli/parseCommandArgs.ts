/**
 * node:util `parseArgs` with the CLI's conventions: unknown options and missing values become a
 * `CliUsageError` naming the command, and the number of positional arguments is checked.
 * (`--help` is handled by `runCli` before a command parses its arguments.)
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './cliErrors';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

type ParsedArgs<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

export interface PositionalRule {
  /** Name shown in messages, e.g. "FILE.json". */
  name: string;
  min: number;
  max: number;
}

export function parseCommandArgs<O extends OptionsConfig>(
  command: string,
  args: readonly string[],
  options: O,
  positional: PositionalRule,
): ParsedArgs<O> {
  let parsed: ParsedArgs<O>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliUsageError(describeParseError(error), command);
  }
  if (parsed.positionals.length < positional.min) {
    throw new CliUsageError(`\`c100 ${command}\` needs ${positional.name}`, command);
  }
  if (parsed.positionals.length > positional.max) {
    const extra = parsed.positionals[positional.max] ?? '';
    throw new CliUsageError(
      positional.max === 0
        ? `\`c100 ${command}\` takes no ${positional.name}, but got "${extra}"`
        : `\`c100 ${command}\` takes ${positional.max === 1 ? 'one' : String(positional.max)} ${positional.name}, but also got "${extra}"`,
      command,
    );
  }
  return parsed;
}

function describeParseError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const option = /'([^' ]+)/.exec(error.message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(error.message)) return `option ${option ?? ''} takes no value`;
      return `option ${option ?? ''} needs a value`;
    default:
      return (error.message.split('\n')[0] ?? 'invalid arguments').replace(/\.$/, '');
  }
}
