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

/** A greyscale raster of part of a page (0 black … 255 white), one byte per pixel. */
export interface GrayRaster {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/**
 * Render a rectangle of a page with pdftoppm (poppler) to greyscale. `rect` is in PDF points,
 * [x1, y1, x2, y2] from the bottom left of an A4 page (841.89 pt high), as in widget /Rect.
 */
export function renderGray(file: string, page: number, rect: readonly [number, number, number, number], dpi = 100, pageHeight = 841.89): GrayRaster {
  const scale = dpi / 72;
  const [x1, y1, x2, y2] = rect;
  const x = Math.floor(Math.min(x1, x2) * scale);
  const y = Math.floor((pageHeight - Math.max(y1, y2)) * scale);
  const w = Math.max(1, Math.ceil(Math.abs(x2 - x1) * scale));
  const h = Math.max(1, Math.ceil(Math.abs(y2 - y1) * scale));
  const out = execFileSync(
    'pdftoppm',
    ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-x', String(x), '-y', String(y), '-W', String(w), '-H', String(h), file],
    { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then the pixels.
  let offset = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    let token = '';
    while (offset < out.length && /\s/.test(String.fromCharCode(out[offset] ?? 0))) offset++;
    while (offset < out.length && !/\s/.test(String.fromCharCode(out[offset] ?? 0))) token += String.fromCharCode(out[offset++] ?? 0);
    fields.push(token);
  }
  offset++;
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, pixels: new Uint8Array(out.subarray(offset, offset + width * height)) };
}

/** Share of pixels darker than `threshold` (0…1). */
export function darkShare(raster: GrayRaster, threshold = 110): number {
  let dark = 0;
  for (const p of raster.pixels) if (p < threshold) dark++;
  return raster.pixels.length === 0 ? 0 : dark / raster.pixels.length;
}
