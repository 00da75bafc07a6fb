/** The data folder location, the lock file and the scrypt defaults. */
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DATA_DIR_ENV,
  DEFAULT_SCRYPT,
  VaultBusyError,
  VaultLock,
  defaultDataDir,
} from '../../../../electron/services/vault';
import { ScryptParamsSchema, scryptMaxmem } from '../../../../electron/services/vault/scryptKdf';
import { makeTempDir } from './vaultTestKit';

describe('defaultDataDir', () => {
  const home = '/home/jane';
  it('uses %APPDATA% on Windows', () => {
    expect(
      defaultDataDir('C100 Prep', {
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\Jane\\AppData\\Roaming' },
        home,
      }),
    ).toBe('C:\\Users\\Jane\\AppData\\Roaming\\C100 Prep');
  });
  it('uses ~/Library/Application Support on macOS', () => {
    expect(defaultDataDir('C100 Prep', { platform: 'darwin', env: {}, home: '/Users/jane' })).toBe(
      '/Users/jane/Library/Application Support/C100 Prep',
    );
  });
  it('uses $XDG_CONFIG_HOME, else ~/.config, on Linux (ignoring a relative XDG_CONFIG_HOME)', () => {
    expect(defaultDataDir('C100 Prep', { platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home })).toBe(
      '/xdg/C100 Prep',
    );
    expect(defaultDataDir('C100 Prep', { platform: 'linux', env: {}, home })).toBe(
      '/home/jane/.config/C100 Prep',
    );
    expect(
      defaultDataDir('C100 Prep', { platform: 'linux', env: { XDG_CONFIG_HOME: 'relative' }, home }),
    ).toBe('/home/jane/.config/C100 Prep');
  });
  it(`is overridden by ${DATA_DIR_ENV}`, () => {
    expect(
      defaultDataDir('C100 Prep', { platform: 'win32', env: { [DATA_DIR_ENV]: '/portable/data' }, home }),
    ).toBe(path.resolve('/portable/data'));
  });
});

describe('VaultLock', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir('lock'));
  });
  afterEach(() => cleanup());

  it('is exclusive, and released locks can be taken again', async () => {
    const first = await VaultLock.acquire(dir, { owner: 'app' });
    await expect(VaultLock.acquire(dir, { owner: 'cli' })).rejects.toBeInstanceOf(VaultBusyError);
    expect(await VaultLock.inspect(dir)).toMatchObject({
      held: true,
      stale: false,
      info: { pid: process.pid, owner: 'app' },
    });
    await first.release();
    await first.release();
    expect(await VaultLock.inspect(dir)).toEqual({ held: false });
    const second = await VaultLock.acquire(dir, { owner: 'cli' });
    await second.verify();
    await second.release();
  });

  it('takes over a stale lock whose process has exited', async () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = Number(child.stdout.toString());
    expect(deadPid).toBeGreaterThan(0);
    writeFileSync(
      path.join(dir, 'vault.lock'),
      JSON.stringify({
        pid: deadPid,
        hostname: hostname(),
        since: '2025-01-01T00:00:00.000Z',
        owner: 'crashed app',
        token: 'a'.repeat(32),
      }),
    );
    expect(await VaultLock.inspect(dir)).toMatchObject({ held: true, stale: true });
    const lock = await VaultLock.acquire(dir);
    expect(lock.info.pid).toBe(process.pid);
    await lock.release();
  });

  it('respects a lock held by another machine unless forced', async () => {
    writeFileSync(
      path.join(dir, 'vault.lock'),
      JSON.stringify({
        pid: 1,
        hostname: 'another-machine',
        since: '2025-01-01T00:00:00.000Z',
        owner: 'C100 Prep',
        token: 'b'.repeat(32),
      }),
    );
    await expect(VaultLock.acquire(dir)).rejects.toThrow(/process 1 on another-machine/);
    const forced = await VaultLock.acquire(dir, { force: true });
    await forced.verify();
    await forced.release();
  });

  it('treats an unreadable lock file as stale', async () => {
    writeFileSync(path.join(dir, 'vault.lock'), '{"pid":');
    const lock = await VaultLock.acquire(dir);
    await lock.release();
  });
});

describe('scrypt defaults', () => {
  it('are strong (N = 2^17, r = 8, p = 1) with maxmem above what they need', () => {
    expect(DEFAULT_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(scryptMaxmem(DEFAULT_SCRYPT)).toBeGreaterThan(128 * DEFAULT_SCRYPT.N * DEFAULT_SCRYPT.r);
    expect(Object.isFrozen(DEFAULT_SCRYPT)).toBe(true);
  });
  it('refuse parameters a hostile file could use to exhaust memory', () => {
    expect(ScryptParamsSchema.safeParse({ N: 2 ** 21, r: 8, p: 1 }).success).toBe(false);
    expect(ScryptParamsSchema.safeParse({ N: 3000, r: 8, p: 1 }).success).toBe(false);
    expect(ScryptParamsSchema.safeParse({ N: 2 ** 14, r: 64, p: 1 }).success).toBe(false);
  });
});
