/** Issue 4 "Done when": a changed key backend is detected; safeStorage protection rules. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { safeStorage as electronSafeStorage } from 'electron';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  KeyBackendChangedError,
  KeyProviderUnavailableError,
  PassphraseRequiredError,
  describeSafeStorage,
} from '../../../../electron/services/vault';
import type { SafeStorageLike } from '../../../../electron/services/vault';
import type { DraftVault } from '../../../../electron/services/vault';
import { FakeSafeStorage, PASSPHRASE, makeTempDir, openVault, sampleDraft, snapshot } from './vaultTestKit';

let dir: string;
let cleanup: () => void;
const opened: DraftVault[] = [];

async function open(
  safeStorage: FakeSafeStorage | undefined,
  platform: NodeJS.Platform = 'linux',
): Promise<DraftVault> {
  const vault = await openVault(dir, { ...(safeStorage ? { safeStorage } : {}), platform });
  opened.push(vault);
  return vault;
}

async function reopen(
  vault: DraftVault,
  safeStorage: FakeSafeStorage | undefined,
  platform: NodeJS.Platform = 'linux',
): Promise<DraftVault> {
  await vault.close();
  return open(safeStorage, platform);
}

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir('backend'));
});
afterEach(async () => {
  for (const vault of opened.splice(0)) await vault.close();
  cleanup();
});

describe('describeSafeStorage', () => {
  it.each([
    ['linux', 'gnome_libsecret', true],
    ['linux', 'kwallet6', true],
    ['linux', 'basic_text', false],
    ['linux', 'unknown', false],
    ['darwin', 'ignored', true],
    ['win32', 'ignored', true],
  ] as const)('%s backend %s protected=%s', (platform, backend, isProtected) => {
    expect(describeSafeStorage(new FakeSafeStorage(backend), platform).protected).toBe(isProtected);
  });

  it('is unprotected when encryption is unavailable or safeStorage absent', () => {
    expect(describeSafeStorage(new FakeSafeStorage('gnome_libsecret', false), 'linux')).toEqual({
      available: false,
      backend: 'gnome_libsecret',
      protected: false,
    });
    expect(describeSafeStorage(undefined, 'darwin')).toEqual({
      available: false,
      backend: 'none',
      protected: false,
    });
  });
});

describe('safeStorage key provider', () => {
  it('wraps the key with a protected keyring and unlocks without a passphrase', async () => {
    const store = new FakeSafeStorage('gnome_libsecret');
    let vault = await open(store);
    expect(await vault.status()).toMatchObject({ state: 'uninitialised', passphraseRequired: false });
    await vault.initialise();
    const { id } = await vault.createDraft(sampleDraft());
    vault = await reopen(vault, store);
    expect(await vault.status()).toMatchObject({
      state: 'locked',
      unlockMethods: { safeStorage: true, passphrase: false },
      recordedBackend: 'gnome_libsecret',
      backendChanged: false,
    });
    await vault.unlockWithSafeStorage();
    expect((await vault.openDraft(id)).draft).toEqual(sampleDraft());
    expect((await vault.status()).unlockedWith).toBe('safeStorage');
    await expect(vault.unlockWithPassphrase(PASSPHRASE)).rejects.toBeInstanceOf(KeyProviderUnavailableError);
  });

  it('requires the passphrase route on Linux basic_text', async () => {
    const vault = await open(new FakeSafeStorage('basic_text'));
    expect(await vault.status()).toMatchObject({
      state: 'uninitialised',
      passphraseRequired: true,
      safeStorage: { backend: 'basic_text', protected: false },
    });
    await expect(vault.initialise()).rejects.toBeInstanceOf(PassphraseRequiredError);
    await expect(vault.initialise()).rejects.toThrow(/found "basic_text"/);
    await vault.initialise({ passphrase: PASSPHRASE });
    const keyring = JSON.parse(readFileSync(path.join(dir, 'keyring.json'), 'utf8')) as {
      wraps: Record<string, unknown>;
    };
    // basic_text is never used to wrap the key.
    expect(Object.keys(keyring.wraps)).toEqual(['passphrase']);
  });

  it('detects that the keyring backend changed, says so plainly, and offers the passphrase route', async () => {
    const store = new FakeSafeStorage('gnome_libsecret');
    let vault = await open(store);
    await vault.initialise({ passphrase: PASSPHRASE });
    const { id } = await vault.createDraft(sampleDraft());

    // The GNOME keyring is gone: Electron falls back to basic_text.
    const fallback = new FakeSafeStorage('basic_text');
    vault = await reopen(vault, fallback);
    const status = await vault.status();
    expect(status).toMatchObject({
      state: 'locked',
      recordedBackend: 'gnome_libsecret',
      backendChanged: true,
      unlockMethods: { safeStorage: true, passphrase: true },
    });
    const before = snapshot(dir);
    const error = await vault.unlockWithSafeStorage().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KeyBackendChangedError);
    expect(error).toMatchObject({
      code: 'KEY_BACKEND_CHANGED',
      recordedBackend: 'gnome_libsecret',
      currentBackend: 'basic_text',
      passphraseAvailable: true,
    });
    expect((error as Error).message).toMatch(
      /protected by the system key store "gnome_libsecret", but this computer now uses "basic_text".*Unlock with your passphrase instead/,
    );
    expect(snapshot(dir)).toEqual(before);

    await vault.unlockWithPassphrase(PASSPHRASE);
    expect((await vault.openDraft(id)).draft).toEqual(sampleDraft());
    // basic_text cannot take over the wrap.
    await expect(vault.enableSafeStorage()).rejects.toBeInstanceOf(PassphraseRequiredError);
  });

  it('detects a keyring that was reset under the same backend name, and re-wraps after a passphrase unlock', async () => {
    const store = new FakeSafeStorage('kwallet5');
    let vault = await open(store);
    await vault.initialise({ passphrase: PASSPHRASE });
    const { id } = await vault.createDraft(sampleDraft());
    const reset = new FakeSafeStorage('kwallet5');
    vault = await reopen(vault, reset);
    expect((await vault.status()).backendChanged).toBe(false);
    await expect(vault.unlockWithSafeStorage()).rejects.toBeInstanceOf(KeyBackendChangedError);
    await vault.unlockWithPassphrase(PASSPHRASE);
    await vault.enableSafeStorage();
    vault = await reopen(vault, reset);
    await vault.unlockWithSafeStorage();
    expect((await vault.openDraft(id)).draft).toEqual(sampleDraft());
  });

  it('tells the user when no passphrase exists to fall back on', async () => {
    let vault = await open(new FakeSafeStorage('gnome_libsecret'));
    await vault.initialise();
    vault = await reopen(vault, new FakeSafeStorage('gnome_libsecret', false));
    const status = await vault.status();
    expect(status).toMatchObject({ backendChanged: true, unlockMethods: { passphrase: false } });
    await expect(vault.unlockWithSafeStorage()).rejects.toThrow(/No passphrase was set up for these drafts/);
  });

  it('records a backend change between platforms builds (e.g. keychain -> dpapi) as a change', async () => {
    const store = new FakeSafeStorage();
    let vault = await open(store, 'darwin');
    await vault.initialise({ passphrase: PASSPHRASE });
    vault = await reopen(vault, store, 'win32');
    expect(await vault.status()).toMatchObject({ recordedBackend: 'macos_keychain', backendChanged: true });
    await expect(vault.unlockWithSafeStorage()).rejects.toBeInstanceOf(KeyBackendChangedError);
  });

  it('can drop the safeStorage wrap once a passphrase exists', async () => {
    const store = new FakeSafeStorage();
    let vault = await open(store);
    await vault.initialise();
    await expect(vault.disableSafeStorage()).rejects.toBeInstanceOf(KeyProviderUnavailableError);
    await vault.setPassphrase(PASSPHRASE);
    await vault.disableSafeStorage();
    vault = await reopen(vault, store);
    expect((await vault.status()).unlockMethods).toEqual({ safeStorage: false, passphrase: true });
  });
});

/** The async safeStorage API of Electron >= 38, with key rotation. */
class AsyncFakeSafeStorage extends FakeSafeStorage {
  syncCalls = 0;
  rotateOnNextDecrypt = false;
  override encryptString(plainText: string): Buffer {
    this.syncCalls += 1;
    return super.encryptString(plainText);
  }
  override decryptString(encrypted: Buffer): string {
    this.syncCalls += 1;
    return super.decryptString(encrypted);
  }
  encryptStringAsync(plainText: string): Promise<Buffer> {
    return Promise.resolve(super.encryptString(plainText));
  }
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    const shouldReEncrypt = this.rotateOnNextDecrypt;
    this.rotateOnNextDecrypt = false;
    return Promise.resolve({ result: super.decryptString(encrypted), shouldReEncrypt });
  }
}

describe('Electron safeStorage compatibility', () => {
  it("accepts Electron's own safeStorage type", () => {
    expectTypeOf<typeof electronSafeStorage>().toExtend<SafeStorageLike>();
  });

  it('prefers the async API and renews the wrap when Electron asks to re-encrypt', async () => {
    const store = new AsyncFakeSafeStorage('gnome_libsecret');
    let vault = await open(store);
    await vault.initialise();
    const { id } = await vault.createDraft(sampleDraft());
    const keyringFile = path.join(dir, 'keyring.json');
    const wrapped = () =>
      (JSON.parse(readFileSync(keyringFile, 'utf8')) as { wraps: { safeStorage: { wrapped: string } } }).wraps
        .safeStorage.wrapped;
    const firstWrap = wrapped();
    vault = await reopen(vault, store);
    store.rotateOnNextDecrypt = true;
    await vault.unlockWithSafeStorage();
    expect(wrapped()).not.toBe(firstWrap);
    vault = await reopen(vault, store);
    await vault.unlockWithSafeStorage();
    expect((await vault.openDraft(id)).draft).toEqual(sampleDraft());
    expect(store.syncCalls).toBe(0);
  });
});
