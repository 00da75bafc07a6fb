import { readFileSync, readdirSync, renameSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BinEntryNotFoundError,
  DraftNotFoundError,
  DraftVault,
  InvalidDraftError,
  InvalidDraftIdError,
  VaultAlreadyInitialisedError,
  VaultBusyError,
  VaultLockedError,
  VaultNotInitialisedError,
  VaultReadOnlyError,
  VersionNotFoundError,
  PassphraseTooWeakError,
  PassphraseRequiredError,
} from '../../../../electron/services/vault';
import {
  FAST_SCRYPT,
  PASSPHRASE,
  makeTempDir,
  openVault,
  passphraseVault,
  sampleDraft,
} from './vaultTestKit';

let dir: string;
let cleanup: () => void;
let vault: DraftVault;

beforeEach(async () => {
  ({ dir, cleanup } = makeTempDir('ops'));
  vault = await passphraseVault(dir);
});
afterEach(async () => {
  await vault.close();
  cleanup();
});

describe('DraftVault round trip', () => {
  it('saves and opens a draft exactly, across a fresh process-like reopen', async () => {
    const draft = sampleDraft({
      application: { reasonsForApplication: 'Ł Siân Nguyễn Ayşe — “quotes” 🙂\nline two' },
    });
    const { id } = await vault.createDraft();
    await vault.saveDraft(id, draft);
    expect((await vault.openDraft(id)).draft).toEqual(draft);

    await vault.close();
    vault = await openVault(dir);
    expect((await vault.status()).state).toBe('locked');
    await expect(vault.openDraft(id)).rejects.toBeInstanceOf(VaultLockedError);
    await vault.unlockWithPassphrase(PASSPHRASE);
    const opened = await vault.openDraft(id);
    expect(opened.draft).toEqual(draft);
    expect(opened.revision).toBe(2);
    expect(opened.title).toBe('Jane Smith v John Smith');
    expect(opened.migratedFrom).toBeUndefined();
  });

  it('writes the draft encrypted: the file holds no JSON of the draft', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    const bytes = readFileSync(path.join(dir, 'drafts', id, 'draft.c100v'));
    expect(bytes.subarray(0, 8).toString('ascii')).toBe('C100DRF1');
    expect(bytes.includes(Buffer.from('Jane'))).toBe(false);
    expect(bytes.includes(Buffer.from('schemaVersion'))).toBe(false);
  });

  it('uses a fresh IV on every write', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    const ivs = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      await vault.saveDraft(id, sampleDraft());
      const bytes = readFileSync(path.join(dir, 'drafts', id, 'draft.c100v'));
      const header = JSON.parse(bytes.subarray(12, 12 + bytes.readUInt32BE(8)).toString('utf8')) as {
        iv: string;
        keyWrap: unknown;
      };
      ivs.add(header.iv);
      expect(header.keyWrap).toMatchObject({ passphrase: { kdf: 'scrypt', params: FAST_SCRYPT } });
    }
    expect(ivs.size).toBe(5);
  });
});

describe('DraftVault keys', () => {
  it('needs initialising first, and only once', async () => {
    const other = makeTempDir('uninit');
    const fresh = await openVault(other.dir);
    try {
      expect((await fresh.status()).state).toBe('uninitialised');
      await expect(fresh.unlockWithPassphrase(PASSPHRASE)).rejects.toBeInstanceOf(VaultNotInitialisedError);
      await expect(fresh.initialise()).rejects.toBeInstanceOf(PassphraseRequiredError);
      await expect(fresh.initialise({ passphrase: 'short' })).rejects.toBeInstanceOf(PassphraseTooWeakError);
      await fresh.initialise({ passphrase: PASSPHRASE });
      await expect(fresh.initialise({ passphrase: PASSPHRASE })).rejects.toBeInstanceOf(
        VaultAlreadyInitialisedError,
      );
    } finally {
      await fresh.close();
      other.cleanup();
    }
  });

  it('lock() forgets the key and zeroes it', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    const internals = vault as unknown as { keys: { vaultKey: Buffer; draftKey: Buffer } | undefined };
    const keys = internals.keys;
    expect(keys?.vaultKey.some((byte) => byte !== 0)).toBe(true);
    vault.lock();
    expect(vault.isUnlocked).toBe(false);
    expect(keys?.vaultKey.every((byte) => byte === 0)).toBe(true);
    expect(keys?.draftKey.every((byte) => byte === 0)).toBe(true);
    await expect(vault.openDraft(id)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(vault.listDrafts()).rejects.toBeInstanceOf(VaultLockedError);
    await vault.unlockWithPassphrase(PASSPHRASE);
    expect((await vault.openDraft(id)).draft).toEqual(sampleDraft());
  });

  it('changes the passphrase without rewriting drafts', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    await vault.setPassphrase('a brand new passphrase');
    vault.lock();
    await expect(vault.unlockWithPassphrase(PASSPHRASE)).rejects.toThrow(/did not unlock/);
    await vault.unlockWithPassphrase('a brand new passphrase');
    expect((await vault.openDraft(id)).draft).toEqual(sampleDraft());
  });
});

describe('DraftVault operations', () => {
  it('lists drafts with computed titles, times and injected completeness', async () => {
    await vault.close();
    vault = await openVault(dir, {
      assessCompleteness: (draft) => ({ complete: Array.isArray(draft.children), percent: 40 }),
    });
    await vault.unlockWithPassphrase(PASSPHRASE);
    const a = await vault.createDraft(sampleDraft());
    const b = await vault.createDraft();
    const list = await vault.listDrafts();
    expect(list.map((entry) => entry.id).sort()).toEqual([a.id, b.id].sort());
    const byId = new Map(list.map((entry) => [entry.id, entry]));
    expect(byId.get(a.id)).toMatchObject({
      title: 'Jane Smith v John Smith',
      titleIsCustom: false,
      completeness: { complete: true, percent: 40 },
      revision: 1,
    });
    expect(byId.get(b.id)).toMatchObject({ title: 'Untitled draft', completeness: { complete: false } });
    expect(Date.parse(byId.get(a.id)?.updatedAt ?? '')).not.toBeNaN();
  });

  it('renames, and goes back to the computed title with null', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    expect(await vault.renameDraft(id, '  Smith   children  ')).toMatchObject({
      title: 'Smith children',
      titleIsCustom: true,
    });
    // A later save keeps the custom title.
    await vault.saveDraft(id, sampleDraft({ hasOtherPeople: 'no' }));
    expect((await vault.openDraft(id)).title).toBe('Smith children');
    expect(await vault.renameDraft(id, null)).toMatchObject({
      title: 'Jane Smith v John Smith',
      titleIsCustom: false,
    });
  });

  it('duplicates a draft under a new id and a "(copy)" title, without its history', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    await vault.saveDraft(id, sampleDraft({ hasOtherChildren: 'no' }));
    const copy = await vault.duplicateDraft(id);
    expect(copy.id).not.toBe(id);
    expect(copy.title).toBe('Jane Smith v John Smith (copy)');
    expect((await vault.openDraft(copy.id)).draft).toEqual(sampleDraft({ hasOtherChildren: 'no' }));
    expect(await vault.listVersions(copy.id)).toEqual([]);
  });

  it('deletes to the bin, restores from it, and purges entries older than 30 days', async () => {
    let clock = new Date('2025-01-01T10:00:00Z');
    await vault.close();
    vault = await openVault(dir, { now: () => clock });
    await vault.unlockWithPassphrase(PASSPHRASE);
    const kept = await vault.createDraft(sampleDraft());
    const expired = await vault.createDraft();
    await vault.saveDraft(kept.id, sampleDraft({ hasOtherPeople: 'no' }));
    await vault.deleteDraft(kept.id);
    await expect(vault.openDraft(kept.id)).rejects.toBeInstanceOf(DraftNotFoundError);
    expect((await vault.listDrafts()).map((d) => d.id)).toEqual([expired.id]);
    const bin = await vault.listBin();
    expect(bin).toEqual([
      expect.objectContaining({
        id: kept.id,
        title: 'Jane Smith v John Smith',
        deletedAt: '2025-01-01T10:00:00.000Z',
        purgeAfter: '2025-01-31T10:00:00.000Z',
      }),
    ]);

    const restored = await vault.restoreFromBin(kept.id);
    expect(restored.id).toBe(kept.id);
    expect((await vault.openDraft(kept.id)).draft).toEqual(sampleDraft({ hasOtherPeople: 'no' }));
    expect(await vault.listVersions(kept.id)).toHaveLength(1);

    await vault.deleteDraft(expired.id);
    clock = new Date('2025-01-31T09:59:00Z');
    expect((await vault.listBin()).map((entry) => entry.id)).toEqual([expired.id]);
    clock = new Date('2025-01-31T10:00:01Z');
    expect(await vault.listBin()).toEqual([]);
    expect(readdirSync(path.join(dir, 'bin'))).toEqual([]);
    await expect(vault.restoreFromBin(expired.id)).rejects.toBeInstanceOf(BinEntryNotFoundError);
  });

  it('purges the expired bin when the vault is opened', async () => {
    const { id } = await vault.createDraft();
    await vault.deleteDraft(id);
    const [entry] = readdirSync(path.join(dir, 'bin'));
    const old = Date.now() - 31 * 24 * 60 * 60 * 1000;
    renameSync(path.join(dir, 'bin', entry ?? ''), path.join(dir, 'bin', `${old}-${id}`));
    await vault.close();
    vault = await openVault(dir);
    expect(readdirSync(path.join(dir, 'bin'))).toEqual([]);
  });

  it('deletes from the bin for good', async () => {
    const { id } = await vault.createDraft();
    await vault.deleteDraft(id);
    await vault.deleteFromBin(id);
    expect(await vault.listBin()).toEqual([]);
  });

  it('keeps the last N saves as versions and restores one (undoably)', async () => {
    await vault.close();
    vault = await openVault(dir, { keepVersions: 3 });
    await vault.unlockWithPassphrase(PASSPHRASE);
    const { id } = await vault.createDraft(sampleDraft({ step: 0 }));
    for (let step = 1; step <= 5; step += 1) await vault.saveDraft(id, sampleDraft({ step }));
    const versions = await vault.listVersions(id);
    expect(versions.map((version) => version.revision)).toEqual([5, 4, 3]);
    expect(versions.every((version) => version.intact)).toBe(true);
    expect(readdirSync(path.join(dir, 'drafts', id, 'versions'))).toHaveLength(3);

    const restored = await vault.restoreVersion(id, 4);
    expect(restored.draft).toEqual(sampleDraft({ step: 3 }));
    expect(restored.revision).toBe(7);
    // The state before the restore is now itself a version.
    const after = await vault.listVersions(id);
    expect(after.map((version) => version.revision)).toEqual([6, 5, 4]);
    await vault.restoreVersion(id, 6);
    expect((await vault.openDraft(id)).draft).toEqual(sampleDraft({ step: 5 }));
    await expect(vault.restoreVersion(id, 1)).rejects.toBeInstanceOf(VersionNotFoundError);
  });

  it('refuses bad ids, missing drafts and non-drafts, writing nothing', async () => {
    await expect(vault.openDraft('../keyring')).rejects.toBeInstanceOf(InvalidDraftIdError);
    await expect(
      vault.saveDraft('00000000-0000-4000-8000-000000000000', sampleDraft()),
    ).rejects.toBeInstanceOf(DraftNotFoundError);
    const { id } = await vault.createDraft();
    await expect(vault.saveDraft(id, [] as unknown as Record<string, unknown>)).rejects.toBeInstanceOf(
      InvalidDraftError,
    );
    await expect(vault.saveDraft(id, { schemaVersion: 99 })).rejects.toBeInstanceOf(InvalidDraftError);
    await expect(vault.saveDraft(id, { noVersion: true })).rejects.toBeInstanceOf(InvalidDraftError);
    expect((await vault.openDraft(id)).revision).toBe(1);
  });

  it('removes temp files left by a crash when the vault is opened', async () => {
    const { id } = await vault.createDraft();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'drafts', id, '.tmp-deadbeef'), 'half written');
    utimesSync(path.join(dir, 'drafts', id, '.tmp-deadbeef'), new Date(), new Date());
    await vault.close();
    vault = await openVault(dir);
    expect(readdirSync(path.join(dir, 'drafts', id))).toEqual(['draft.c100v']);
  });
});

describe('DraftVault lock file', () => {
  it('refuses a second writer with VaultBusyError and lets it in after close', async () => {
    await expect(openVault(dir, { owner: 'second window' })).rejects.toBeInstanceOf(VaultBusyError);
    await expect(openVault(dir)).rejects.toThrow(
      /already open in another C100 Prep window or command \(vault test, process \d+/,
    );
    await vault.close();
    const second = await openVault(dir);
    await second.close();
    vault = await openVault(dir);
  });

  it('opens read-only alongside a writer, and refuses writes there', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    const reader = await DraftVault.open({ dataDir: dir, readOnly: true });
    await reader.unlockWithPassphrase(PASSPHRASE);
    expect((await reader.openDraft(id)).draft).toEqual(sampleDraft());
    await expect(reader.saveDraft(id, sampleDraft())).rejects.toBeInstanceOf(VaultReadOnlyError);
    await expect(reader.createDraft()).rejects.toBeInstanceOf(VaultReadOnlyError);
    await reader.close();
  });

  it('stops writing when its lock has been taken over', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    const intruder = await openVault(dir, { forceLock: true, owner: 'forced' });
    await expect(vault.saveDraft(id, sampleDraft({ late: true }))).rejects.toBeInstanceOf(VaultBusyError);
    await intruder.close();
  });
});
