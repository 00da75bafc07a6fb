import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES } from '../../../cli/commands/fillCommand';
import { examplesDir, runC100, scratchFolder } from './runC100';

const scratch = scratchFolder();
afterAll(() => scratch.cleanup());
const env = { C100_DATA_DIR: path.join(scratch.dir, 'data') };

describe('c100 fill --example (the embedded default where no desktop window can open)', () => {
  it('names exactly the examples shipped in examples/', () => {
    const shipped = readdirSync(examplesDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect([...EXAMPLE_NAMES].sort()).toEqual(shipped.sort());
  });

  it('fills an example from any working folder', async () => {
    const out = path.join(scratch.dir, 'example');
    const run = await runC100(['fill', '--example', 'consent-order', '--out', out], { env, cwd: scratch.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(out)).toContain('C100.pdf');
  });

  it('refuses an unknown example, or a file and an example together, with exit 2', async () => {
    const unknown = await runC100(['fill', '--example', 'nope', '--out', scratch.dir], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no example called "nope": choose one of attended-miam/);
    const both = await runC100(['fill', 'examples/consent-order.json', '--example', 'consent-order', '--out', scratch.dir], { env });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/either a FILE.json or --example NAME/);
    const neither = await runC100(['fill', '--out', scratch.dir], { env });
    expect(neither.code).toBe(2);
  });
});
