/**
 * File system primitives for the vault: private folders (0700) and files (0600) on POSIX, and atomic
 * replacement (temp file in the same folder, fsync, rename, fsync the folder) so that a crash or a
 * full disk at any moment leaves either the old file or the new one, never a torn one.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
/** Temp files start with this prefix so that leftovers from a crash can be recognised and removed. */
export const TEMP_PREFIX = '.tmp-';

const isWindows = process.platform === 'win32';

/** Create `dir` (and parents) if needed and make sure only the owner can use it (POSIX). */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // mkdir's mode is filtered by the umask and does not touch a folder that already existed.
  if (!isWindows) await chmod(dir, PRIVATE_DIR_MODE);
}

/**
 * Flush a folder's entries (the rename) to disk. Windows cannot open a folder for fsync; NTFS
 * journals the rename itself, so there is nothing to do there.
 */
export async function fsyncDir(dir: string): Promise<void> {
  if (isWindows) return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A fresh temp file name in `dir` (same folder as the target, so rename is atomic). */
export function tempPathIn(dir: string): string {
  return path.join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
}

/** Write `data` to a new private temp file in `dir` and fsync it. Returns its path. */
export async function writeDurableTemp(dir: string, data: Uint8Array): Promise<string> {
  const temp = tempPathIn(dir);
  // 'wx': never follow or reuse an existing file.
  const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}

/**
 * Replace `target` atomically with `data`: temp file in the same folder, fsync, rename, fsync the
 * folder. If anything fails before the rename, the target is untouched and the temp file removed.
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temp = await writeDurableTemp(dir, data);
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDir(dir);
}

/** True when the error is a Node file system error with this code. */
export function isFsError(error: unknown, ...codes: string[]): error is NodeJS.ErrnoException {
  return (
    error instanceof Error && 'code' in error && typeof error.code === 'string' && codes.includes(error.code)
  );
}
