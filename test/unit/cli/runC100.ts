/**
 * Run `c100 …` in-process through `runCli`, capturing stdout and stderr (no process.exit), and
 * helpers to write broken copies of the examples into a temporary folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../cli/runCli';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const examplesDir = path.join(repoRoot, 'examples');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runC100(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

export type Json = Record<string, unknown>;

export function readExample(name: string): Json {
  return JSON.parse(readFileSync(path.join(examplesDir, name), 'utf8')) as Json;
}

/** A temporary folder for broken copies; call `cleanup` in afterAll. */
export function scratchFolder(): {
  dir: string;
  write: (name: string, content: string | Json) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'c100-cli-test-'));
  return {
    dir,
    write(name, content) {
      const file = path.join(dir, name);
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return file;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Deep copy of a JSON value. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
