import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../cli/runCli';
import { runC100 } from './runC100';

describe('c100 help and usage errors', () => {
  it.each([[[]], [['--help']], [['-h']], [['help']]])('prints the top-level help for %j', async (args) => {
    const run = await runC100(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('not legal advice');
    expect(run.stdout).toContain('not a government service');
    expect(run.stdout).toContain('needs Electron');
    for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command.name}`);
  });

  it.each(COMMANDS.map((c) => c.name))('prints help for `%s --help` and `help %s`', async (name) => {
    const viaFlag = await runC100([name, '--help']);
    const viaHelp = await runC100(['help', name]);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.stdout).toMatch(new RegExp(`^Usage: c100 ${name}`));
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
  });

  it('prints the version', async () => {
    const run = await runC100(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [
      ['frobnicate'],
      'unknown command "frobnicate" (the commands are validate, miam, fill, batch, template, schema). Run `c100 --help`',
    ],
    [['--frobnicate'], 'unknown option --frobnicate. Run `c100 --help`'],
    [['validate'], '`c100 validate` needs FILE.json. Run `c100 validate --help`'],
    [['validate', 'a.json', 'b.json'], '`c100 validate` takes one FILE.json, but also got "b.json"'],
    [['validate', '--strict', 'a.json'], 'unknown option --strict. Run `c100 validate --help`'],
    [['validate', '--today', '2025-02-30', 'a.json'], '--today must be a real date written YYYY-MM-DD'],
    [['validate', 'a.json', '--today'], 'option --today needs a value'],
    [['miam', '--json=yes', 'a.json'], 'option --json takes no value'],
    [['fill', 'examples/consent-order.json'], '`c100 fill` needs --out FOLDER'],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    const run = await runC100(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(message);
  });
});
