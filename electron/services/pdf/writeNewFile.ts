/**
 * Atomic writes that never overwrite silently: each file is written to a temporary file in the
 * target folder, flushed to disk, then linked to its final name. `link` fails if the name exists,
 * so an existing file is never replaced by accident (a race with another writer included); the
 * caller picks the next free name ("C100 (2).pdf"). With `overwrite`, `rename` replaces it
 * atomically instead. A failed write leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { link, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Thrown by `writeNewFile` when the name is taken (and `overwrite` is off). */
export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists.`);
    this.name = 'FileExistsError';
  }
}

async function fsyncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open a folder for fsync; the rename is still atomic there.
  }
}

/**
 * Write `bytes` to `file` atomically, mode 0600 (exported PDFs hold personal details).
 * @throws FileExistsError when `file` exists and `overwrite` is false; fs errors otherwise.
 */
export async function writeNewFile(file: string, bytes: Uint8Array, options: { overwrite?: boolean } = {}): Promise<void> {
  const folder = path.dirname(file);
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await rename(temp, file);
    } else {
      try {
        await link(temp, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(file);
        throw error;
      }
    }
    await fsyncFolder(folder);
  } finally {
    await rm(temp, { force: true });
  }
}

/** "C100.pdf" → "C100 (2).pdf" for n = 2; n = 1 is the name itself. */
export function numberedName(name: string, n: number): string {
  if (n <= 1) return name;
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`;
}
