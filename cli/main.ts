/**
 * Entry point of the `c100` command (bin/c100.mjs runs this through tsx, or its esbuild bundle
 * dist/cli/c100.mjs). Sets the exit code instead of calling process.exit, so piped output is
 * flushed before the process ends.
 */
import { runCli } from './runCli';

// `c100 schema | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
