/**
 * The shell with `electron` mocked and the REAL services behind it: the encrypted vault in a temp
 * folder, driven through the registered IPC handlers exactly as the renderer would.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS, HOST_ERROR_CODES, type HostMethodName } from '../../../../forms/host';
import { createHostServices } from '../../../../electron/services/host/createHostServices';
import { FakeBrowserWindow, fake, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectronModule);

const { startShell } = await import('../../../../electron/main/startShell');

/** The lowest scrypt cost the vault accepts: these tests are about the shell, not key stretching. */
const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

let base: string;
let quit: () => void;

beforeEach(async () => {
  resetFakeElectron();
  base = await mkdtemp(path.join(tmpdir(), 'c100-real-'));
  const rendererDir = path.join(base, 'renderer');
  await import('node:fs/promises').then((fs) => fs.mkdir(rendererDir));
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html>');
  const handle = startShell({
    rendererDir,
    preloadPath: '/p.cjs',
    createServices: (context) => createHostServices({ ...context, dataDir: path.join(base, 'data'), vaultOptions: { scrypt: FAST_SCRYPT } }),
  });
  await handle.ready;
  quit = () => fake.app.emit('will-quit');
});
afterEach(async () => {
  quit();
  // Let the vault release its lock file before the folder goes.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await rm(base, { recursive: true, force: true });
});

function call(method: HostMethodName, request?: unknown) {
  const contents = FakeBrowserWindow.instances[0]?.webContents;
  if (!contents) throw new Error('no window');
  return fake.ipcMain.invoke(HOST_CHANNELS[method], contents, contents.mainFrame, request) as Promise<{
    ok: boolean;
    value?: never;
    error?: { code: string; message: string };
  }>;
}

describe('HostApi over the real vault', () => {
  it('sets up a passphrase, keeps drafts, locks and unlocks, with clear failures on the way', async () => {
    // Linux basic_text (the fake safeStorage) is not a protected key store: a passphrase is needed.
    const first = await call('vaultStatus');
    expect(first).toMatchObject({ ok: true, value: { state: 'needs-setup', protectedStorageAvailable: false, passphraseSet: false } });
    const beforeSetUp = await call('listDrafts');
    expect(beforeSetUp.ok).toBe(false);
    expect(['locked', 'needs_setup']).toContain(beforeSetUp.error?.code);
    expect(await call('setUpPassphrase', { passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await call('setUpPassphrase', { passphrase: 'correct horse battery' })).toMatchObject({
      ok: true,
      value: { state: 'unlocked', keyBackend: 'passphrase', passphraseSet: true },
    });

    const created = await call('createDraft', { draft: { schemaVersion: 2, applicants: [{ id: 'a1', firstNames: 'Siân', lastName: 'Jones' }] } });
    expect(created.ok).toBe(true);
    const id = (created.value as unknown as { summary: { id: string } }).summary.id;
    expect(await call('saveDraft', { id, draft: { schemaVersion: 2, fee: { helpWithFees: 'yes' } } })).toMatchObject({ ok: true, value: { id } });
    expect(await call('openDraft', { id })).toMatchObject({ ok: true, value: { summary: { id }, draft: { schemaVersion: 2, fee: { helpWithFees: 'yes' } } } });
    expect(await call('listVersions', { id })).toMatchObject({ ok: true });

    expect(await call('lockVault')).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await call('openDraft', { id })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await call('unlockVault', { passphrase: 'wrong horse battery' })).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    expect(await call('unlockVault')).toMatchObject({ ok: false, error: { code: 'backend_changed' } });
    expect(await call('unlockVault', { passphrase: 'correct horse battery' })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect(await call('openDraft', { id })).toMatchObject({ ok: true });
    expect(await call('openDraft', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const deleted = await call('deleteDraft', { id });
    expect(deleted).toMatchObject({ ok: true, value: { id } });
    expect(await call('listBin')).toMatchObject({ ok: true, value: [{ id }] });
    expect(await call('restoreFromBin', { id })).toMatchObject({ ok: true, value: { id } });
  });

  it('exports a bundle to the file chosen in the save dialog', async () => {
    await call('setUpPassphrase', { passphrase: 'correct horse battery' });
    const created = await call('createDraft');
    const id = (created.value as unknown as { summary: { id: string } }).summary.id;
    const target = path.join(base, 'out.c100draft');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await call('exportBundle', { id, passphrase: 'bundle passphrase' })).toEqual({ ok: true, value: { status: 'saved', filePath: target } });
    expect(existsSync(target)).toBe(true);
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [target] });
    expect(await call('importBundle', { passphrase: 'bundle passphrase' })).toMatchObject({ ok: true, value: { status: 'imported' } });
  });

  it('answers well-formed requests to a locked vault with a failure code, never a throw (500 calls)', async () => {
    await call('setUpPassphrase', { passphrase: 'correct horse battery' });
    await call('lockVault');
    const id = fc.uuid({ version: 4 });
    const request = fc.oneof(
      id.map((draftId) => ['openDraft', { id: draftId }] as const),
      id.map((draftId) => ['saveDraft', { id: draftId, draft: { schemaVersion: 2 } }] as const),
      fc.tuple(id, fc.string({ minLength: 1, maxLength: 50 })).map(([draftId, title]) => ['renameDraft', { id: draftId, title: title.trim() === '' ? 'x' : title }] as const),
      id.map((draftId) => ['duplicateDraft', { id: draftId }] as const),
      id.map((draftId) => ['deleteDraft', { id: draftId }] as const),
      id.map((draftId) => ['listVersions', { id: draftId }] as const),
      fc.tuple(id, fc.nat()).map(([draftId, revision]) => ['restoreVersion', { id: draftId, revision }] as const),
      fc.constant(['listDrafts', undefined] as const),
      fc.constant(['listBin', {}] as const),
    );
    await fc.assert(
      fc.asyncProperty(request, async ([method, body]) => {
        const answer = await call(method, body);
        expect(answer.ok).toBe(false);
        expect(HOST_ERROR_CODES).toContain(answer.error?.code);
      }),
      { numRuns: 500 },
    );
  });
});
