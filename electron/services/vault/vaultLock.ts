/**
 * The vault's lock file (`vault.lock`): two writers never share a vault (the app's single-instance
 * lock covers two app windows; this file also covers the CLI and a second app build). The file is
 * created complete and atomically (written to a temp file, then hard-linked into place, which fails
 * if a lock already exists). A lock whose process no longer runs on this machine is stale and is
 * taken over; a lock from another machine (a shared folder) is respected unless `force` is given.
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ensurePrivateDir, fsyncDir, isFsError, writeDurableTemp } from './privateFiles';
import { VaultBusyError } from './vaultErrors';

export const LOCK_FILE_NAME = 'vault.lock';

const LockInfoSchema = z.strictObject({
  pid: z.number().int().positive(),
  hostname: z.string().max(255),
  since: z.string().max(40),
  owner: z.string().max(100),
  token: z.string().regex(/^[0-9a-f]{32}$/),
});
export type LockInfo = z.infer<typeof LockInfoSchema>;

export interface AcquireLockOptions {
  /** Who holds the lock, shown to the user of the other process (e.g. "C100 Prep", "c100 CLI"). */
  owner?: string;
  /** Take the lock even if it looks held (the user confirmed nothing else is running). */
  force?: boolean;
  now?: () => Date;
}

/** Whether a process with this id runs on this machine (EPERM: it exists but is not ours). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isFsError(error, 'EPERM');
  }
}

async function readLockInfo(file: string): Promise<LockInfo | 'missing' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isFsError(error, 'ENOENT')) return 'missing';
    throw error;
  }
  try {
    const parsed = LockInfoSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function isStale(info: LockInfo | 'unreadable', self: string): boolean {
  // The lock file is created complete, so an unreadable one was damaged: nobody can prove they hold it.
  if (info === 'unreadable') return true;
  if (info.hostname !== self) return false;
  if (info.pid === process.pid) return false;
  return !isProcessAlive(info.pid);
}

/** A held vault lock. */
export class VaultLock {
  private released = false;

  private constructor(
    readonly file: string,
    readonly info: LockInfo,
    /** Identity of our lock file (device, inode); a file put there by anyone else differs. */
    private readonly identity: string,
  ) {}

  /**
   * Take the lock on the vault in `dataDir`.
   * @throws {VaultBusyError} when another live process holds it.
   */
  static async acquire(dataDir: string, options: AcquireLockOptions = {}): Promise<VaultLock> {
    await ensurePrivateDir(dataDir);
    const file = path.join(dataDir, LOCK_FILE_NAME);
    const self = hostname();
    const info: LockInfo = {
      pid: process.pid,
      hostname: self,
      since: (options.now?.() ?? new Date()).toISOString(),
      owner: options.owner ?? 'C100 Prep',
      token: randomBytes(16).toString('hex'),
    };
    const temp = await writeDurableTemp(dataDir, Buffer.from(`${JSON.stringify(info)}\n`, 'utf8'));
    try {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        try {
          // link() fails with EEXIST if a lock file exists: an atomic "create if absent" that
          // never exposes a half-written lock.
          await link(temp, file);
          await fsyncDir(dataDir);
          const created = await stat(file, { bigint: true });
          return new VaultLock(file, info, `${created.dev}:${created.ino}`);
        } catch (error) {
          if (!isFsError(error, 'EEXIST')) throw error;
        }
        const held = await readLockInfo(file);
        if (held === 'missing') continue;
        if (!options.force && !isStale(held, self)) {
          throw new VaultBusyError(
            file,
            held === 'unreadable'
              ? undefined
              : { pid: held.pid, hostname: held.hostname, since: held.since, owner: held.owner },
          );
        }
        // Move the stale lock aside under a unique name (rather than deleting it) so that two
        // processes breaking the same stale lock cannot delete each other's new lock.
        const aside = path.join(dataDir, `.tmp-stale-lock-${randomBytes(6).toString('hex')}`);
        try {
          await rename(file, aside);
          await rm(aside, { force: true });
        } catch (error) {
          if (!isFsError(error, 'ENOENT')) throw error;
        }
      }
      const held = await readLockInfo(file);
      throw new VaultBusyError(
        file,
        typeof held === 'object'
          ? { pid: held.pid, hostname: held.hostname, since: held.since, owner: held.owner }
          : undefined,
      );
    } finally {
      await rm(temp, { force: true });
    }
  }

  /** Who holds the lock on the vault in `dataDir` right now, if anyone (and whether it is stale). */
  static async inspect(
    dataDir: string,
  ): Promise<{ held: false } | { held: true; stale: boolean; info?: LockInfo }> {
    const held = await readLockInfo(path.join(dataDir, LOCK_FILE_NAME));
    if (held === 'missing') return { held: false };
    if (held === 'unreadable') return { held: true, stale: true };
    return { held: true, stale: isStale(held, hostname()), info: held };
  }

  get isReleased(): boolean {
    return this.released;
  }

  /**
   * Check that the lock file is still ours (another process may have broken it with `force`).
   * @throws {VaultBusyError} when it is not.
   */
  async verify(): Promise<void> {
    // Fast path (every write calls this): our lock file is still the same file.
    if (!this.released) {
      const current = await stat(this.file, { bigint: true }).catch(() => undefined);
      if (current && `${current.dev}:${current.ino}` === this.identity) return;
    }
    const held = await readLockInfo(this.file);
    if (this.released || typeof held !== 'object' || held.token !== this.info.token) {
      throw new VaultBusyError(
        this.file,
        typeof held === 'object'
          ? { pid: held.pid, hostname: held.hostname, since: held.since, owner: held.owner }
          : undefined,
      );
    }
  }

  /** Remove the lock file if it is still ours. Safe to call twice. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    const held = await readLockInfo(this.file);
    if (typeof held === 'object' && held.token === this.info.token) await rm(this.file, { force: true });
  }
}
