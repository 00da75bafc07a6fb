/**
 * The `c100` command line: dispatch to a sub-command, print help, and turn every failure into one
 * line on stderr and an exit code (see cliErrors.ts). `main.ts` runs it against the real process;
 * tests call it directly with their own `CliIo`.
 */
import type { CliCommand } from './CliCommand';
import type { CliIo } from './CliIo';
import { CliError, CliUsageError, EXIT_FAILURE, EXIT_OK } from './cliErrors';
import { batchCommand } from './commands/batchCommand';
import { fillCommand } from './commands/fillCommand';
import { miamCommand } from './commands/miamCommand';
import { schemaCommand } from './commands/schemaCommand';
import { templateCommand } from './commands/templateCommand';
import { validateCommand } from './commands/validateCommand';
import { packageVersion } from './packageInfo';

export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  miamCommand,
  fillCommand,
  batchCommand,
  templateCommand,
  schemaCommand,
];

export function topLevelHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `c100 — C100 Prep on the command line

C100 Prep helps people in England and Wales prepare the family court application C100 (child
arrangements, prohibited steps and specific issue orders), with the C1A and C8 supplements, on
their own computer. It is not legal advice, and it is not a government service: it is not made by
HM Courts & Tribunals Service and it sends nothing to the court or anyone else.

Usage: c100 <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     Show this help; \`c100 <command> --help\` explains one command
  -v, --version  Show the version of C100 Prep

Exit codes: 0 done (the draft is complete), 1 the draft has issues to fix, 2 the command could
not run (bad arguments, a file that cannot be read or is not a draft, a missing template).

A draft is a JSON file (format: \`c100 schema\`; samples in examples/). The desktop app, with its
window, needs Electron: start it with \`npm start\` from a checkout. This command line does not.
`;
}

export function commandHelp(command: CliCommand): string {
  return `Usage: ${command.usage}\n\n${command.help.trimEnd()}\n`;
}

/** Run `c100 <argv>` and return the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '-h' || first === '--help') {
      io.stdout(topLevelHelp());
      return EXIT_OK;
    }
    if (first === '-v' || first === '--version') {
      io.stdout(`${packageVersion()}\n`);
      return EXIT_OK;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        io.stdout(topLevelHelp());
        return EXIT_OK;
      }
      io.stdout(commandHelp(findCommand(topic)));
      return EXIT_OK;
    }
    const command = findCommand(first);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(commandHelp(command));
      return EXIT_OK;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`c100: ${error.message}\n`);
      return error.exitCode;
    }
    const detail =
      error instanceof Error
        ? io.env.C100_DEBUG
          ? (error.stack ?? error.message)
          : error.message
        : String(error);
    io.stderr(
      `c100: unexpected error: ${detail.split('\n').join(io.env.C100_DEBUG ? '\n' : ' ')} ` +
        '(this is a bug in C100 Prep: please report it with the command you ran; set C100_DEBUG=1 for details)\n',
    );
    return EXIT_FAILURE;
  }
}

function findCommand(name: string): CliCommand {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  if (name.startsWith('-')) throw new CliUsageError(`unknown option ${name}`);
  throw new CliUsageError(
    `unknown command "${name}" (the commands are ${COMMANDS.map((c) => c.name).join(', ')})`,
  );
}
