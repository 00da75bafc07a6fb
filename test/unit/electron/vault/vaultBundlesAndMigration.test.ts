/** Issue 4 "Done when": bundle export/import round trip; migration from an older fixture. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BundleInvalidError,
  PassphraseTooWeakError,
  UnsupportedDraftVersionError,
  WrongPassphraseError,
} from '../../../../electron/services/vault';
import type { DraftVault } from '../../../../electron/services/vault';
import { makeTempDir, passphraseVault, sampleDraft, snapshot } from './vaultTestKit';

const v1Fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/drafts/v1-draft.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const BUNDLE_PASSPHRASE = 'for my McKenzie friend';

let home: { dir: string; cleanup: () => void };
let away: { dir: string; cleanup: () => void };
let vault: DraftVault;
let other: DraftVault;

beforeEach(async () => {
  home = makeTempDir('home');
  away = makeTempDir('away');
  vault = await passphraseVault(home.dir);
  other = await passphraseVault(away.dir);
});
afterEach(async () => {
  await vault.close();
  await other.close();
  home.cleanup();
  away.cleanup();
});

describe('.c100draft bundles', () => {
  it('round-trips a draft to another vault, keeping its id, title and creation time', async () => {
    const { id } = await vault.createDraft(sampleDraft(), { title: 'For review' });
    await vault.saveDraft(id, sampleDraft({ hasOtherPeople: 'no' }));
    const file = path.join(home.dir, 'outbox', 'smith.c100draft');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.dirname(file));
    await vault.exportBundleToFile(id, BUNDLE_PASSPHRASE, file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString('ascii')).toBe('C100BDL1');
    expect(bytes.includes(Buffer.from('Smith'))).toBe(false);

    const imported = await other.importBundleFromFile(file, BUNDLE_PASSPHRASE);
    expect(imported.idChanged).toBe(false);
    expect(imported.draft).toMatchObject({ id, title: 'For review', titleIsCustom: true, revision: 1 });
    const opened = await other.openDraft(id);
    expect(opened.draft).toEqual(sampleDraft({ hasOtherPeople: 'no' }));
    expect(opened.createdAt).toBe((await vault.openDraft(id)).createdAt);
  });

  it('gives a new id when the draft already exists (or is in the bin) here', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    const bundle = await vault.exportBundle(id, BUNDLE_PASSPHRASE);
    const again = await vault.importBundle(bundle, BUNDLE_PASSPHRASE);
    expect(again.idChanged).toBe(true);
    expect(again.draft.id).not.toBe(id);
    await vault.deleteDraft(id);
    const fromBinConflict = await vault.importBundle(bundle, BUNDLE_PASSPHRASE);
    expect(fromBinConflict.idChanged).toBe(true);
    expect((await vault.openDraft(fromBinConflict.draft.id)).draft).toEqual(sampleDraft());
  });

  it('refuses a wrong bundle passphrase with a clear error and imports nothing', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    const bundle = await vault.exportBundle(id, BUNDLE_PASSPHRASE);
    const before = snapshot(away.dir);
    const attempt = other.importBundle(bundle, 'not the bundle passphrase');
    await expect(attempt).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(other.importBundle(bundle, 'nope nope nope')).rejects.toThrow(
      /did not open this \.c100draft file/,
    );
    expect(snapshot(away.dir)).toEqual(before);
    expect(await other.listDrafts()).toEqual([]);
  });

  it('detects a damaged bundle, and refuses files that are not bundles or ask for unsafe scrypt settings', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    const bundle = await vault.exportBundle(id, BUNDLE_PASSPHRASE);
    const damaged = Buffer.from(bundle);
    damaged[damaged.length - 5] = (damaged[damaged.length - 5] ?? 0) ^ 1;
    await expect(other.importBundle(damaged, BUNDLE_PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(
      other.importBundle(Buffer.from('PK\u0003\u0004 a zip file, not a bundle'), BUNDLE_PASSPHRASE),
    ).rejects.toBeInstanceOf(BundleInvalidError);
    const draftFile = readFileSync(path.join(home.dir, 'drafts', id, 'draft.c100v'));
    await expect(other.importBundle(draftFile, BUNDLE_PASSPHRASE)).rejects.toBeInstanceOf(BundleInvalidError);
    // A hostile header asking for N = 2^30 (1 TiB of memory) is refused before any scrypt runs.
    const headerLength = bundle.readUInt32BE(8);
    const header = JSON.parse(bundle.subarray(12, 12 + headerLength).toString('utf8')) as {
      params: { N: number };
    };
    header.params.N = 2 ** 30;
    const hostileHeader = Buffer.from(JSON.stringify(header), 'utf8');
    const prefix = Buffer.alloc(12);
    bundle.copy(prefix, 0, 0, 8);
    prefix.writeUInt32BE(hostileHeader.length, 8);
    const hostile = Buffer.concat([prefix, hostileHeader, bundle.subarray(12 + headerLength)]);
    await expect(other.importBundle(hostile, BUNDLE_PASSPHRASE)).rejects.toThrow(/unsafe settings/);
  });

  it('refuses to export under a too-short passphrase', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    await expect(vault.exportBundle(id, 'short')).rejects.toBeInstanceOf(PassphraseTooWeakError);
  });

  it('refuses a bundle holding a draft from a newer version, importing nothing', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    const bundle = await vault.exportBundle(id, BUNDLE_PASSPHRASE);
    // Simulate a newer app by writing a version 3 draft straight into a bundle.
    const { sealBundle } = await import('../../../../electron/services/vault/draftBundle');
    const future = await sealBundle(
      {
        originalId: id,
        createdAt: '2030-01-01T00:00:00.000Z',
        updatedAt: '2030-01-01T00:00:00.000Z',
        draft: { schemaVersion: 3 },
      },
      BUNDLE_PASSPHRASE,
      { N: 1024, r: 8, p: 1 },
      '2030-01-01T00:00:00.000Z',
    );
    expect(bundle.length).toBeGreaterThan(0);
    await expect(other.importBundle(future, BUNDLE_PASSPHRASE)).rejects.toBeInstanceOf(
      UnsupportedDraftVersionError,
    );
    expect(readdirSync(path.join(away.dir, 'drafts'))).toEqual([]);
  });
});

describe('draft format migration on load', () => {
  it('opens a v1 draft saved into the vault as v2, and saves it back as v2', async () => {
    const { id } = await vault.createDraft();
    await vault.saveDraft(id, v1Fixture);
    const opened = await vault.openDraft(id);
    expect(opened.migratedFrom).toBe(1);
    expect(opened.draft.schemaVersion).toBe(2);
    expect(opened.draft.applicants).toMatchObject([
      {
        id: 'a1',
        firstNames: 'Jane Mary',
        lastName: 'Smith',
        dateOfBirth: { day: '04', month: '09', year: '1988' },
      },
    ]);
    expect(opened.title).toBe('Jane Mary Smith v John Smith');
    expect((await vault.listDrafts())[0]?.title).toBe('Jane Mary Smith v John Smith');

    await vault.saveDraft(id, opened.draft);
    const reopened = await vault.openDraft(id);
    expect(reopened.migratedFrom).toBeUndefined();
    expect(reopened.draft).toEqual(opened.draft);
  });

  it('migrates a v1 draft that arrives in a bundle', async () => {
    const { id } = await vault.createDraft(v1Fixture);
    const imported = await other.importBundle(
      await vault.exportBundle(id, BUNDLE_PASSPHRASE),
      BUNDLE_PASSPHRASE,
    );
    const opened = await other.openDraft(imported.draft.id);
    expect(opened.migratedFrom).toBe(1);
    expect(opened.draft.children).toMatchObject([
      { firstNames: 'Amelia Rose', lastName: 'Smith' },
      { firstNames: 'Noah', lastName: 'Smith' },
    ]);
  });

  it('reports a draft from a newer version as such, listing it with the problem', async () => {
    const { id } = await vault.createDraft(sampleDraft());
    // Write a "future" draft through the internal record writer, as a newer app would have.
    const internals = vault as unknown as {
      writeRevision(id: string, build: () => { meta: object; draft: object }): Promise<unknown>;
      exclusive<T>(task: () => Promise<T>): Promise<T>;
    };
    await internals.exclusive(() =>
      internals.writeRevision(id, () => ({ meta: {}, draft: { schemaVersion: 3 } })),
    );
    await expect(vault.openDraft(id)).rejects.toBeInstanceOf(UnsupportedDraftVersionError);
    expect(await vault.listDrafts()).toEqual([
      expect.objectContaining({
        id,
        problem: expect.objectContaining({ code: 'DRAFT_VERSION_UNSUPPORTED' }),
      }),
    ]);
  });
});
