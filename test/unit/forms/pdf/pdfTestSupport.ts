/** Shared helpers for the PDF tests: the real template (resolved from the repo root), fonts, tools. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const templatePath = path.resolve(repoRoot, '..', 'shared', 'forms', 'C100-04.24.pdf');
export const templateBytes = (): Uint8Array => new Uint8Array(readFileSync(templatePath));

export function writeTemp(name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'c100-pdf-'));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

export function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** qpdf --check output and exit status (0 clean, 3 warnings, 2 errors). */
export function qpdfCheck(file: string): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync('qpdf', ['--check', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { status: e.status ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
