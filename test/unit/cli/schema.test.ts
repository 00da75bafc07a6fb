import { readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { examplesDir, readExample, runC100 } from './runC100';

describe('c100 schema', () => {
  it('prints a JSON Schema (2020-12) that a JSON Schema validator compiles', async () => {
    const run = await runC100(['schema']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const schema = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('accepts every example and an empty draft, and refuses wrong types and a newer version', async () => {
    const schema = JSON.parse((await runC100(['schema', '--compact'])).stdout) as Record<string, unknown>;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const name of readdirSync(examplesDir).filter((f) => f.endsWith('.json'))) {
      expect(validate(readExample(name)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate({ schemaVersion: 2 })).toBe(true);
    expect(validate({ schemaVersion: 99 })).toBe(false);
    expect(validate({ schemaVersion: 2, children: 'Kai' })).toBe(false);
    expect(validate({ schemaVersion: 2, miam: { attended: 'maybe' } })).toBe(false);
    expect(validate([])).toBe(false);
  });

  it('prints one line with --compact and refuses a file argument', async () => {
    const compact = await runC100(['schema', '--compact']);
    expect(compact.stdout.trimEnd().split('\n')).toHaveLength(1);
    const extra = await runC100(['schema', 'draft.json']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toBe(
      'c100: `c100 schema` takes no arguments, but got "draft.json". Run `c100 schema --help` to see how to use it.\n',
    );
  });
});
