/** Issue 4 "Done when": wrong passphrase, byte flips, canary, permissions. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DraftDamagedError,
  KeyringDamagedError,
  WrongPassphraseError,
} from '../../../../electron/services/vault';
import type { DraftVault } from '../../../../electron/services/vault';
import {
  PASSPHRASE,
  makeTempDir,
  openVault,
  passphraseVault,
  sampleDraft,
  snapshot,
  walk,
} from './vaultTestKit';

let dir: string;
let cleanup: () => void;
let vault: DraftVault;

beforeEach(async () => {
  ({ dir, cleanup } = makeTempDir('security'));
  vault = await passphraseVault(dir);
});
afterEach(async () => {
  await vault.close();
  cleanup();
});

describe('wrong passphrase', () => {
  it('gives a clear error and changes nothing on disk', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    await vault.saveDraft(id, sampleDraft({ hasOtherPeople: 'no' }));
    await vault.deleteDraft((await vault.createDraft()).id);
    await vault.close();
    vault = await openVault(dir);
    const before = snapshot(dir);
    expect(before.size).toBeGreaterThanOrEqual(5);

    const attempt = vault.unlockWithPassphrase('not the passphrase at all');
    await expect(attempt).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(vault.unlockWithPassphrase('')).rejects.toThrow(
      'That passphrase did not unlock your drafts. Check Caps Lock and the keyboard language, and try again. Nothing has been changed.',
    );
    expect(vault.isUnlocked).toBe(false);
    expect(snapshot(dir)).toEqual(before);

    await vault.unlockWithPassphrase(PASSPHRASE);
    expect((await vault.openDraft(id)).draft).toEqual(sampleDraft({ hasOtherPeople: 'no' }));
  });

  it('accepts the passphrase typed in another Unicode normal form', async () => {
    await vault.setPassphrase('café crème brûlée');
    vault.lock();
    await vault.unlockWithPassphrase('cafe\u0301 cre\u0300me bru\u0302le\u0301e');
    expect(vault.isUnlocked).toBe(true);
  });

  it('stores no hash of the passphrase: the keyring holds only wraps and a MAC', async () => {
    const keyring = JSON.parse(readFileSync(path.join(dir, 'keyring.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(keyring).sort()).toEqual(['createdAt', 'format', 'keyId', 'kind', 'mac', 'wraps']);
    expect(Object.keys((keyring.wraps as Record<string, unknown>).passphrase as object).sort()).toEqual([
      'ciphertext',
      'iv',
      'kdf',
      'params',
      'salt',
      'tag',
    ]);
  });

  it('detects an altered keyring after unlocking (its MAC covers every field)', async () => {
    await vault.close();
    const file = path.join(dir, 'keyring.json');
    const keyring = JSON.parse(readFileSync(file, 'utf8')) as { createdAt: string };
    keyring.createdAt = '2000-01-01T00:00:00.000Z';
    writeFileSync(file, JSON.stringify(keyring));
    vault = await openVault(dir);
    await expect(vault.unlockWithPassphrase(PASSPHRASE)).rejects.toBeInstanceOf(KeyringDamagedError);
    expect(vault.isUnlocked).toBe(false);
  });
});

describe('tampering', () => {
  it('detects EVERY single-byte flip of a saved file, names the file and offers the previous version', async () => {
    const { id } = await vault.createDraft({
      schemaVersion: 2,
      applicants: [{ id: 'a', firstNames: 'Jo', lastName: 'Ng' }],
    });
    await vault.saveDraft(id, {
      schemaVersion: 2,
      applicants: [{ id: 'a', firstNames: 'Jo', lastName: 'Lee' }],
    });
    const file = path.join(dir, 'drafts', id, 'draft.c100v');
    const original = readFileSync(file);
    expect(original.length).toBeGreaterThan(300);
    let detected = 0;
    for (let position = 0; position < original.length; position += 1) {
      for (const mask of [0x01, 0x80]) {
        const flipped = Buffer.from(original);
        flipped[position] = (flipped[position] ?? 0) ^ mask;
        writeFileSync(file, flipped);
        const error: unknown = await vault.openDraft(id).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error, `flip ${mask} at byte ${position} went unnoticed`).toBeInstanceOf(DraftDamagedError);
        const damaged = error as DraftDamagedError;
        expect(damaged.file).toBe(file);
        expect(damaged.message).toContain(file);
        expect(damaged.previousVersions.map((version) => version.revision)).toEqual([1]);
        detected += 1;
      }
    }
    expect(detected).toBe(original.length * 2);
    writeFileSync(file, original);
    expect((await vault.openDraft(id)).draft).toEqual({
      schemaVersion: 2,
      applicants: [{ id: 'a', firstNames: 'Jo', lastName: 'Lee' }],
    });
  });

  it('detects a truncated file and a file swapped in from another draft', async () => {
    const a = await vault.createDraft(sampleDraft());
    const b = await vault.createDraft(sampleDraft({ other: true }));
    const fileA = path.join(dir, 'drafts', a.id, 'draft.c100v');
    const original = readFileSync(fileA);
    writeFileSync(fileA, original.subarray(0, original.length - 1));
    await expect(vault.openDraft(a.id)).rejects.toBeInstanceOf(DraftDamagedError);
    writeFileSync(fileA, readFileSync(path.join(dir, 'drafts', b.id, 'draft.c100v')));
    await expect(vault.openDraft(a.id)).rejects.toThrow(/belongs to another draft/);
  });

  it('lists a damaged draft with its problem and restores the offered version, keeping the damaged file aside', async () => {
    const { id } = await vault.createDraft(sampleDraft({ step: 1 }));
    await vault.saveDraft(id, sampleDraft({ step: 2 }));
    const file = path.join(dir, 'drafts', id, 'draft.c100v');
    const bytes = readFileSync(file);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);
    const [listed] = await vault.listDrafts();
    expect(listed).toMatchObject({ id, title: 'Damaged draft', problem: { code: 'DRAFT_DAMAGED' } });
    const error = (await vault.openDraft(id).catch((caught: unknown) => caught)) as DraftDamagedError;
    const offered = error.previousVersions[0];
    expect(offered?.revision).toBe(1);
    const restored = await vault.restoreVersion(id, offered?.revision ?? 0);
    expect(restored.draft).toEqual(sampleDraft({ step: 1 }));
    expect(
      walk(path.join(dir, 'drafts', id)).files.some((name) => path.basename(name).startsWith('damaged-')),
    ).toBe(true);
  });
});

describe('plaintext canary', () => {
  it('never appears in any file under the data folder', async () => {
    const canary = 'CANARY-7f3a9c-Zebedee-Quixote';
    const draft = sampleDraft({
      applicants: [
        { id: 'a1', firstNames: canary, lastName: `${canary}-last`, email: `${canary}@example.org` },
      ],
      application: { reasonsForApplication: `Because ${canary}` },
    });
    const { id } = await vault.createDraft(draft, { title: `Title ${canary}` });
    for (let i = 0; i < 3; i += 1) await vault.saveDraft(id, { ...draft, step: i });
    await vault.renameDraft(id, `Renamed ${canary}`);
    const copy = await vault.duplicateDraft(id);
    await vault.deleteDraft(copy.id);
    await vault.exportBundleToFile(id, 'bundle passphrase', path.join(dir, `export-${id}.c100draft`));
    await vault.importBundleFromFile(path.join(dir, `export-${id}.c100draft`), 'bundle passphrase');
    await vault.listDrafts();
    await vault.listBin();
    await vault.listVersions(id);
    // A temp file from an interrupted write stays encrypted too: leave one behind on purpose.
    const { writeDurableTemp } = await import('../../../../electron/services/vault/privateFiles');
    const { readFileSync: read } = await import('node:fs');
    await writeDurableTemp(path.join(dir, 'drafts', id), read(path.join(dir, 'drafts', id, 'draft.c100v')));

    const { files } = walk(dir);
    expect(files.some((file) => file.endsWith('vault.lock'))).toBe(true);
    expect(files.some((file) => file.includes(`${path.sep}bin${path.sep}`))).toBe(true);
    expect(files.some((file) => file.includes(`${path.sep}versions${path.sep}`))).toBe(true);
    expect(files.some((file) => path.basename(file).startsWith('.tmp-'))).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(10);
    const needles = [
      Buffer.from(canary, 'utf8'),
      Buffer.from(canary, 'utf16le'),
      Buffer.from(canary.slice(0, 12), 'utf8'),
    ];
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles) expect(bytes.includes(needle), `${file} leaks the canary`).toBe(false);
      expect(bytes.toString('latin1').toLowerCase()).not.toContain('zebedee');
    }
    // The canary is really in the draft, so the test can fail.
    expect(JSON.stringify((await vault.openDraft(id)).draft)).toContain(canary);
  });
});

describe.skipIf(process.platform === 'win32')('permissions (POSIX only: Windows uses ACLs)', () => {
  it('makes every folder 0700 and every file 0600, whatever the umask', async () => {
    const previous = process.umask(0o022);
    try {
      const { id } = await vault.createDraft(sampleDraft());
      await vault.saveDraft(id, sampleDraft({ more: true }));
      await vault.deleteDraft((await vault.duplicateDraft(id)).id);
      await vault.exportBundleToFile(id, 'bundle passphrase', path.join(dir, 'out.c100draft'));
      const { files, dirs } = walk(dir);
      expect(files.length).toBeGreaterThanOrEqual(6);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      for (const folder of dirs) expect(statSync(folder).mode & 0o777, folder).toBe(0o700);
      for (const file of files) expect(statSync(file).mode & 0o777, file).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });
});

describe('failed writes', () => {
  it('never overwrite anything: refused drafts and an I/O failure mid-save leave every file as it was', async () => {
    const { id } = await vault.createDraft(sampleDraft({ step: 1 }));
    await vault.saveDraft(id, sampleDraft({ step: 2 }));
    const before = snapshot(dir);

    const circular: Record<string, unknown> = { schemaVersion: 2 };
    circular.self = circular;
    await expect(vault.saveDraft(id, circular)).rejects.toThrow(/could not be saved/);
    await expect(vault.saveDraft(id, { schemaVersion: 2, big: 10n })).rejects.toThrow(/could not be saved/);
    await vault.close();
    vault = await openVault(dir, { maxDraftBytes: 1000 });
    await vault.unlockWithPassphrase(PASSPHRASE);
    await expect(vault.saveDraft(id, sampleDraft({ long: 'x'.repeat(2000) }))).rejects.toThrow(
      /too large to save/,
    );
    // Reopening rewrote only the lock file.
    const withoutLock = (files: ReturnType<typeof snapshot>) =>
      new Map([...files].filter(([name]) => name !== 'vault.lock'));
    expect(withoutLock(snapshot(dir))).toEqual(withoutLock(before));

    // An I/O failure after the new file was written: versions/ is replaced by a plain file, so
    // filing the previous revision fails (ENOTDIR) before the rename.
    const versions = path.join(dir, 'drafts', id, 'versions');
    const { renameSync, writeFileSync: write } = await import('node:fs');
    renameSync(versions, `${versions}-moved`);
    write(versions, 'not a folder');
    await vault.close();
    vault = await openVault(dir);
    await vault.unlockWithPassphrase(PASSPHRASE);
    await expect(vault.saveDraft(id, sampleDraft({ step: 3 }))).rejects.toThrow();
    expect(readFileSync(path.join(dir, 'drafts', id, 'draft.c100v')).toString('base64')).toBe(
      before.get(path.join('drafts', id, 'draft.c100v'))?.bytes,
    );
    expect(
      walk(path.join(dir, 'drafts', id)).files.filter((file) => path.basename(file).startsWith('.tmp-')),
    ).toEqual([]);
    expect((await vault.openDraft(id)).draft).toEqual(sampleDraft({ step: 2 }));
  });
});
