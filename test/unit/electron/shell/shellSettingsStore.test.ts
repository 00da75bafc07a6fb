import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SHELL_SETTINGS, SHELL_SETTINGS_FILE_NAME, createShellSettingsStore } from '../../../../electron/services/host/shellSettingsStore';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'c100-settings-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('the shell settings store', () => {
  it('starts with auto-lock off, saves a choice and reads it back', async () => {
    const store = createShellSettingsStore(folder);
    expect(await store.get()).toEqual(DEFAULT_SHELL_SETTINGS);
    expect(await store.update({ autoLockMinutes: 15 })).toEqual({ autoLockMinutes: 15 });
    expect(await createShellSettingsStore(folder).get()).toEqual({ autoLockMinutes: 15 });
    if (process.platform !== 'win32') expect((await stat(path.join(folder, SHELL_SETTINGS_FILE_NAME))).mode & 0o777).toBe(0o600);
  });

  it('falls back to the defaults for a damaged or foreign file', async () => {
    await writeFile(path.join(folder, SHELL_SETTINGS_FILE_NAME), '{"autoLockMinutes": "soon"');
    expect(await createShellSettingsStore(folder).get()).toEqual(DEFAULT_SHELL_SETTINGS);
    await writeFile(path.join(folder, SHELL_SETTINGS_FILE_NAME), '{"autoLockMinutes": 5, "evil": true}');
    expect(await createShellSettingsStore(folder).get()).toEqual(DEFAULT_SHELL_SETTINGS);
  });

  it('reports a folder it cannot write as an io error with the folder named', async () => {
    const blocked = path.join(folder, 'file-not-folder');
    await writeFile(blocked, 'x');
    await expect(createShellSettingsStore(blocked).update({ autoLockMinutes: 5 })).rejects.toMatchObject({ code: 'io', message: expect.stringContaining(blocked) });
    expect(await readFile(blocked, 'utf8')).toBe('x');
  });
});
