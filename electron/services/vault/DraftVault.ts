/**
 * The encrypted draft vault: one folder per draft in the app's data folder, each draft file an
 * authenticated AES-256-GCM envelope (draftFile.ts), the random vault key wrapped by the OS key store
 * (safeStorage) and/or a passphrase (keyring.ts), atomic writes, previous versions, a 30-day bin and
 * `.c100draft` bundles. Plain Node: electron/main injects `safeStorage`; the CLI runs without it.
 *
 * Layout of the data folder (folders 0700, files 0600 on POSIX):
 *
 *   keyring.json                          wrapped vault key + the safeStorage backend recorded
 *   vault.lock                            the writer's lock file (vaultLock.ts)
 *   drafts/<id>/draft.c100v               the current draft
 *   drafts/<id>/versions/<revision>.c100v the previous saves (last `keepVersions`)
 *   bin/<deletedAtMs>-<id>/...            deleted drafts, same layout, purged after `binRetentionDays`
 *
 * Every write goes to a temp file in the target's own folder, is fsynced, then renamed over the
 * target and the folder fsynced, so a crash at any moment leaves the old or the new file.
 */
import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { CURRENT_DRAFT_VERSION, migrateDraft } from '../../../forms/drafts';
import type { MigrationWarning } from '../../../forms/drafts';
import { MAX_BUNDLE_BYTES, openBundle, sealBundle } from './draftBundle';
import {
  DRAFT_FILE_EXTENSION,
  DraftRecordSchema,
  decryptDraftFile,
  openDraftFile,
  readDraftFileHeader,
  sealDraftFile,
} from './draftFile';
import type { DraftFileHeader, DraftRecord, KeyWrapParams } from './draftFile';
import { normaliseCustomTitle, titleFromDraft } from './draftTitle';
import { EnvelopeError } from './envelope';
import {
  deriveVaultKeys,
  newVaultKey,
  readKeyring,
  serialiseKeyring,
  signKeyring,
  unwrapWithPassphrase,
  unwrapWithSafeStorage,
  verifyKeyring,
  wrapWithPassphrase,
  wrapWithSafeStorage,
  zeroKeys,
} from './keyring';
import type { Keyring, UnsignedKeyring, VaultKeys } from './keyring';
import {
  TEMP_PREFIX,
  ensurePrivateDir,
  fsyncDir,
  isFsError,
  writeDurableTemp,
  writeFileAtomic,
} from './privateFiles';
import { describeSafeStorage } from './safeStorageProvider';
import type { SafeStorageLike, SafeStorageState } from './safeStorageProvider';
import { DEFAULT_SCRYPT, MIN_PASSPHRASE_LENGTH, ScryptParamsSchema } from './scryptKdf';
import type { ScryptParams } from './scryptKdf';
import {
  BinEntryNotFoundError,
  BundleInvalidError,
  DraftDamagedError,
  DraftNotFoundError,
  DraftTooLargeError,
  InvalidDraftError,
  InvalidDraftIdError,
  KeyBackendChangedError,
  KeyProviderUnavailableError,
  KeyringMissingError,
  PassphraseRequiredError,
  PassphraseTooWeakError,
  VaultAlreadyInitialisedError,
  VaultLockedError,
  VaultNotInitialisedError,
  VaultReadOnlyError,
  VersionNotFoundError,
} from './vaultErrors';
import type { VersionRef } from './vaultErrors';
import { VaultLock } from './vaultLock';

/** How complete a draft is, as the injected assessor sees it (the vault knows no domain rules). */
export type DraftCompleteness = number | { complete: boolean; [key: string]: unknown };
export type CompletenessAssessor = (draft: Record<string, unknown>) => DraftCompleteness;

export interface DraftVaultOptions {
  /** The data folder (see `defaultDataDir`). */
  dataDir: string;
  /** Electron's `safeStorage`, injected by electron/main; absent in the CLI (passphrase only). */
  safeStorage?: SafeStorageLike;
  /** The platform whose safeStorage backend is described (tests); defaults to `process.platform`. */
  platform?: NodeJS.Platform;
  /** Computes the completeness shown in the list of drafts. */
  assessCompleteness?: CompletenessAssessor;
  /** How many previous saves of each draft to keep (default 10). */
  keepVersions?: number;
  /** How long deleted drafts stay in the bin (default 30 days). */
  binRetentionDays?: number;
  /** scrypt parameters for new passphrase wraps and bundles. Tests lower them; the default is strong. */
  scrypt?: ScryptParams;
  /** Largest draft accepted, in bytes of JSON (default 16 MiB). */
  maxDraftBytes?: number;
  /** Open without the lock file: reading only (e.g. `c100 validate` while the app runs). */
  readOnly?: boolean;
  /** Shown to another process that finds the vault busy, e.g. "C100 Prep" or "c100 CLI". */
  owner?: string;
  /** Take over the lock file even if it looks held (after the user confirmed). */
  forceLock?: boolean;
  /** Clock (tests). */
  now?: () => Date;
}

export type KeyProviderKind = 'safeStorage' | 'passphrase';

export interface VaultStatus {
  /** `uninitialised`: no key yet (call `initialise`); `locked`: call an unlock method. */
  state: 'uninitialised' | 'locked' | 'unlocked';
  dataDir: string;
  readOnly: boolean;
  unlockedWith?: KeyProviderKind;
  /** The unlock routes the vault key is wrapped for. */
  unlockMethods: { safeStorage: boolean; passphrase: boolean };
  /** The OS key store as it is now. */
  safeStorage: SafeStorageState;
  /** The safeStorage backend recorded when the key was wrapped with it. */
  recordedBackend?: string;
  /** The key is wrapped by safeStorage, but the backend now in use differs or is unavailable. */
  backendChanged: boolean;
  /** For `uninitialised`: no protected OS key store, so `initialise` needs a passphrase. */
  passphraseRequired: boolean;
  /** A problem with the key file that the user must be told about. */
  keyringProblem?: { code: string; message: string };
}

export interface DraftSummary {
  id: string;
  /** The user's title if they renamed the draft, else "Jane Smith v John Smith" or "Untitled draft". */
  title: string;
  titleIsCustom: boolean;
  createdAt: string;
  updatedAt: string;
  revision: number;
  completeness?: DraftCompleteness;
  /** Set when the draft cannot be opened (damaged file, newer format); the user can restore a version. */
  problem?: { code: string; message: string };
}

export interface OpenedDraft {
  id: string;
  /** The draft at the current schema version (migrated if it was saved by an older version). */
  draft: Record<string, unknown>;
  title: string;
  titleIsCustom: boolean;
  createdAt: string;
  updatedAt: string;
  revision: number;
  /** The draft version it was migrated from, if it was older; saving writes the current version. */
  migratedFrom?: number;
  migrationWarnings: MigrationWarning[];
}

export interface VersionInfo {
  revision: number;
  savedAt: string;
  /** False when the version file is damaged (it cannot be restored). */
  intact: boolean;
  title?: string;
}

export interface BinEntry {
  id: string;
  title: string;
  deletedAt: string;
  /** When it will be removed for good. */
  purgeAfter: string;
  updatedAt?: string;
  problem?: { code: string; message: string };
}

export interface ImportResult {
  draft: DraftSummary;
  /** True when the bundle's draft id was already in use here and a new id was given. */
  idChanged: boolean;
}

const DRAFT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CURRENT_FILE = `draft${DRAFT_FILE_EXTENSION}`;
const VERSION_FILE = /^(\d{10})\.c100v$/;
const BIN_ENTRY = /^(\d{13,})-([0-9a-f-]{36})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export const KEYRING_FILE_NAME = 'keyring.json';
export const DEFAULT_KEEP_VERSIONS = 10;
export const DEFAULT_BIN_RETENTION_DAYS = 30;
export const DEFAULT_MAX_DRAFT_BYTES = 16 * 1024 * 1024;

/** True for ids the vault makes (random UUIDs); anything else never reaches the file system. */
export function isDraftId(id: unknown): id is string {
  return typeof id === 'string' && DRAFT_ID.test(id);
}

function checkDraftId(id: string): void {
  if (!isDraftId(id)) throw new InvalidDraftIdError(String(id));
}

function checkPassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || [...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new PassphraseTooWeakError(MIN_PASSPHRASE_LENGTH);
  }
}

function versionFileName(revision: number): string {
  return `${String(revision).padStart(10, '0')}${DRAFT_FILE_EXTENSION}`;
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if (isFsError(error, 'ENOENT')) return undefined;
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (isFsError(error, 'ENOENT')) return false;
    throw error;
  }
}

async function readdirIfExists(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (isFsError(error, 'ENOENT')) return [];
    throw error;
  }
}

function problemOf(error: unknown): { code: string; message: string } {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string')
    return { code: error.code, message: error.message };
  throw error;
}

/** The encrypted draft vault. Create with `DraftVault.open(options)`; see the module comment. */
export class DraftVault {
  readonly dataDir: string;
  private readonly draftsDir: string;
  private readonly binDir: string;
  private readonly keyringFile: string;
  private readonly keepVersions: number;
  private readonly binRetentionMs: number;
  private readonly scryptParams: ScryptParams;
  private readonly maxDraftBytes: number;
  private readonly now: () => Date;
  private keys: VaultKeys | undefined;
  private unlockedWith: KeyProviderKind | undefined;
  private keyWrapParams: KeyWrapParams = {};
  /** Title overrides of current files by draft id and revision, so a save need not decrypt first. */
  private metaCache = new Map<string, { revision: number; meta: DraftRecord['meta'] }>();
  /** Revisions in each draft's versions/ folder, newest first (kept by the writer that holds the lock). */
  private versionCache = new Map<string, number[]>();
  private writeQueue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly options: DraftVaultOptions,
    private readonly writeLock: VaultLock | undefined,
  ) {
    this.dataDir = path.resolve(options.dataDir);
    this.draftsDir = path.join(this.dataDir, 'drafts');
    this.binDir = path.join(this.dataDir, 'bin');
    this.keyringFile = path.join(this.dataDir, KEYRING_FILE_NAME);
    this.keepVersions = Math.max(1, Math.floor(options.keepVersions ?? DEFAULT_KEEP_VERSIONS));
    this.binRetentionMs = (options.binRetentionDays ?? DEFAULT_BIN_RETENTION_DAYS) * DAY_MS;
    this.scryptParams = ScryptParamsSchema.parse(options.scrypt ?? DEFAULT_SCRYPT);
    this.maxDraftBytes = options.maxDraftBytes ?? DEFAULT_MAX_DRAFT_BYTES;
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Open the vault in `options.dataDir` (created 0700 if needed), take its lock file unless
   * `readOnly`, tidy temp files left by a crash and purge the bin. The vault starts locked (or
   * uninitialised): call `status()`, then `initialise` or an unlock method.
   * @throws {VaultBusyError} when another live process holds the vault.
   */
  static async open(options: DraftVaultOptions): Promise<DraftVault> {
    const dataDir = path.resolve(options.dataDir);
    if (options.readOnly) return new DraftVault(options, undefined);
    await ensurePrivateDir(dataDir);
    const lock = await VaultLock.acquire(dataDir, {
      ...(options.owner === undefined ? {} : { owner: options.owner }),
      ...(options.forceLock === undefined ? {} : { force: options.forceLock }),
      ...(options.now === undefined ? {} : { now: options.now }),
    });
    const vault = new DraftVault(options, lock);
    try {
      await ensurePrivateDir(vault.draftsDir);
      await ensurePrivateDir(vault.binDir);
      await vault.removeCrashLeftovers();
      await vault.purgeExpiredBin();
    } catch (error) {
      await lock.release();
      throw error;
    }
    return vault;
  }

  // ---------------------------------------------------------------- keys

  get isUnlocked(): boolean {
    return this.keys !== undefined;
  }

  /** What the UI needs to decide between "set up", "unlock" and "your key store changed". */
  async status(): Promise<VaultStatus> {
    const safeStorage = describeSafeStorage(this.options.safeStorage, this.options.platform);
    const base = { dataDir: this.dataDir, readOnly: this.isReadOnly, safeStorage };
    let keyring: Keyring | undefined;
    try {
      keyring = await readKeyring(this.keyringFile);
    } catch (error) {
      return {
        ...base,
        state: 'locked',
        unlockMethods: { safeStorage: false, passphrase: false },
        backendChanged: false,
        passphraseRequired: false,
        keyringProblem: problemOf(error),
      };
    }
    if (!keyring) {
      const orphanDrafts = await this.hasAnyDraftFolder();
      return {
        ...base,
        state: 'uninitialised',
        unlockMethods: { safeStorage: false, passphrase: false },
        backendChanged: false,
        passphraseRequired: !safeStorage.protected,
        ...(orphanDrafts ? { keyringProblem: problemOf(new KeyringMissingError(this.keyringFile)) } : {}),
      };
    }
    const recorded = keyring.wraps.safeStorage?.backend;
    return {
      ...base,
      state: this.keys ? 'unlocked' : 'locked',
      ...(this.unlockedWith ? { unlockedWith: this.unlockedWith } : {}),
      unlockMethods: {
        safeStorage: keyring.wraps.safeStorage !== undefined,
        passphrase: keyring.wraps.passphrase !== undefined,
      },
      ...(recorded === undefined ? {} : { recordedBackend: recorded }),
      backendChanged: recorded !== undefined && (!safeStorage.available || safeStorage.backend !== recorded),
      passphraseRequired: false,
    };
  }

  /**
   * Create the vault key and wrap it: with safeStorage when the OS key store really protects it
   * (unless `useSafeStorage: false`), and with `passphrase` when given. Leaves the vault unlocked.
   * @throws {PassphraseRequiredError} when there is no protected key store and no passphrase.
   * @throws {PassphraseTooWeakError} for a passphrase shorter than 8 characters.
   * @throws {VaultAlreadyInitialisedError} when a key already exists.
   * @throws {KeyringMissingError} when drafts exist but their key file is gone (never replaced silently).
   */
  async initialise(options: { passphrase?: string; useSafeStorage?: boolean } = {}): Promise<void> {
    return this.exclusive(async () => {
      if ((await readKeyring(this.keyringFile)) !== undefined)
        throw new VaultAlreadyInitialisedError(this.dataDir);
      if (await this.hasAnyDraftFolder()) throw new KeyringMissingError(this.keyringFile);
      const store = describeSafeStorage(this.options.safeStorage, this.options.platform);
      const useSafeStorage = options.useSafeStorage !== false && store.protected;
      if (!useSafeStorage && options.passphrase === undefined)
        throw new PassphraseRequiredError(store.backend);
      if (options.passphrase !== undefined) checkPassphrase(options.passphrase);
      const { vaultKey, keyId } = newVaultKey();
      const keys = deriveVaultKeys(vaultKey, keyId);
      try {
        const unsigned: UnsignedKeyring = {
          format: 1,
          kind: 'c100-prep-keyring',
          keyId,
          createdAt: this.now().toISOString(),
          wraps: {
            ...(options.passphrase === undefined
              ? {}
              : {
                  passphrase: await wrapWithPassphrase(
                    vaultKey,
                    keyId,
                    options.passphrase,
                    this.scryptParams,
                  ),
                }),
            ...(useSafeStorage && this.options.safeStorage
              ? { safeStorage: await wrapWithSafeStorage(vaultKey, this.options.safeStorage, store.backend) }
              : {}),
          },
        };
        const keyring = signKeyring(unsigned, keys);
        await writeFileAtomic(this.keyringFile, serialiseKeyring(keyring));
        this.setKeys(keys, keyring, useSafeStorage ? 'safeStorage' : 'passphrase');
      } catch (error) {
        zeroKeys(keys);
        throw error;
      }
    });
  }

  /**
   * Unlock with the OS key store (safeStorage). Reads only; changes nothing on disk.
   * @throws {KeyBackendChangedError} when the recorded backend is not the one in use, or it cannot unwrap the key.
   * @throws {KeyProviderUnavailableError} when the key is not wrapped by safeStorage.
   * @throws {VaultNotInitialisedError} / {KeyringMissingError} / {KeyringDamagedError}.
   */
  async unlockWithSafeStorage(): Promise<void> {
    const keyring = await this.requireKeyring();
    const wrap = keyring.wraps.safeStorage;
    if (!wrap) throw new KeyProviderUnavailableError('safeStorage');
    const store = describeSafeStorage(this.options.safeStorage, this.options.platform);
    const hasPassphrase = keyring.wraps.passphrase !== undefined;
    if (!this.options.safeStorage || !store.available || store.backend !== wrap.backend) {
      throw new KeyBackendChangedError(wrap.backend, store.available ? store.backend : 'none', hasPassphrase);
    }
    const unwrapped = await unwrapWithSafeStorage(wrap, this.options.safeStorage);
    if (!unwrapped)
      throw new KeyBackendChangedError(
        wrap.backend,
        `${store.backend} (its stored secret has changed)`,
        hasPassphrase,
      );
    const keys = deriveVaultKeys(unwrapped.key, keyring.keyId);
    try {
      verifyKeyring(keyring, keys, this.keyringFile);
    } catch {
      zeroKeys(keys);
      throw new KeyBackendChangedError(
        wrap.backend,
        `${store.backend} (it returned a different key)`,
        hasPassphrase,
      );
    }
    this.setKeys(keys, keyring, 'safeStorage');
    // The OS rotated its key: renew the wrap so it keeps working (best effort; a reader skips it).
    if (unwrapped.shouldReEncrypt && !this.isReadOnly) {
      await this.enableSafeStorage().catch(() => undefined);
    }
  }

  /**
   * Unlock with the passphrase. The passphrase is checked only by whether unwrapping succeeds; a
   * wrong one changes nothing on disk.
   * @throws {WrongPassphraseError} when the passphrase is not right.
   * @throws {KeyProviderUnavailableError} when no passphrase was set.
   * @throws {VaultNotInitialisedError} / {KeyringMissingError} / {KeyringDamagedError}.
   */
  async unlockWithPassphrase(passphrase: string): Promise<void> {
    const keyring = await this.requireKeyring();
    const wrap = keyring.wraps.passphrase;
    if (!wrap) throw new KeyProviderUnavailableError('passphrase');
    const vaultKey = await unwrapWithPassphrase(keyring, wrap, passphrase, this.keyringFile);
    const keys = deriveVaultKeys(vaultKey, keyring.keyId);
    try {
      verifyKeyring(keyring, keys, this.keyringFile);
    } catch (error) {
      zeroKeys(keys);
      throw error;
    }
    this.setKeys(keys, keyring, 'passphrase');
  }

  /**
   * Set or change the passphrase (the vault must be unlocked). Existing drafts are not rewritten:
   * the vault key stays the same, only its passphrase wrap changes.
   * @throws {VaultLockedError} / {PassphraseTooWeakError} / {VaultReadOnlyError}.
   */
  async setPassphrase(passphrase: string): Promise<void> {
    checkPassphrase(passphrase);
    return this.exclusive(async () => {
      const keys = this.requireKeys();
      const keyring = await this.requireKeyring();
      const wrap = await wrapWithPassphrase(keys.vaultKey, keys.keyId, passphrase, this.scryptParams);
      await this.writeKeyring({ ...keyring, wraps: { ...keyring.wraps, passphrase: wrap } }, keys);
    });
  }

  /**
   * Wrap the key with the OS key store now in use (e.g. after `KeyBackendChangedError`, once the user
   * has unlocked with the passphrase), and record that backend.
   * @throws {PassphraseRequiredError} when the key store now in use does not protect the key.
   * @throws {VaultLockedError} / {VaultReadOnlyError}.
   */
  async enableSafeStorage(): Promise<void> {
    return this.exclusive(async () => {
      const keys = this.requireKeys();
      const keyring = await this.requireKeyring();
      const store = describeSafeStorage(this.options.safeStorage, this.options.platform);
      if (!store.protected || !this.options.safeStorage) throw new PassphraseRequiredError(store.backend);
      const wrap = await wrapWithSafeStorage(keys.vaultKey, this.options.safeStorage, store.backend);
      await this.writeKeyring({ ...keyring, wraps: { ...keyring.wraps, safeStorage: wrap } }, keys);
    });
  }

  /**
   * Stop using the OS key store (only once a passphrase is set, so the key is never lost).
   * @throws {KeyProviderUnavailableError} when no passphrase is set.
   */
  async disableSafeStorage(): Promise<void> {
    return this.exclusive(async () => {
      const keys = this.requireKeys();
      const keyring = await this.requireKeyring();
      if (!keyring.wraps.passphrase) throw new KeyProviderUnavailableError('passphrase');
      await this.writeKeyring({ ...keyring, wraps: { passphrase: keyring.wraps.passphrase } }, keys);
    });
  }

  /** Forget the unwrapped key (its buffers are zeroed) and every cached title. */
  lock(): void {
    if (this.keys) zeroKeys(this.keys);
    this.keys = undefined;
    this.unlockedWith = undefined;
    this.metaCache.clear();
  }

  /** Lock, wait for writes in progress, and release the lock file. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.writeQueue.catch(() => undefined);
    this.closed = true;
    this.lock();
    await this.writeLock?.release();
  }

  // ---------------------------------------------------------------- drafts

  /**
   * Create a draft (empty unless `draft` is given) and return its summary.
   * @throws {VaultLockedError} / {InvalidDraftError} / {DraftTooLargeError} / {VaultReadOnlyError}.
   */
  async createDraft(
    draft: Record<string, unknown> = { schemaVersion: CURRENT_DRAFT_VERSION },
    options: { title?: string } = {},
  ): Promise<DraftSummary> {
    this.checkDraft(draft);
    const title = normaliseCustomTitle(options.title);
    return this.exclusive(async () => {
      const now = this.now().toISOString();
      const id = randomUUID();
      await this.writeNewDraft(id, { meta: title === undefined ? {} : { title }, draft }, now, now);
      return this.summaryOf(id);
    });
  }

  /**
   * Every draft, newest first, with its title, times and completeness. A draft that cannot be read
   * is listed with `problem` set rather than hidden. Purges the bin of expired entries.
   * @throws {VaultLockedError}.
   */
  async listDrafts(): Promise<DraftSummary[]> {
    this.requireKeys();
    if (!this.isReadOnly) await this.exclusive(() => this.purgeExpiredBin());
    const summaries: DraftSummary[] = [];
    for (const name of await readdirIfExists(this.draftsDir)) {
      if (!isDraftId(name)) continue;
      const summary = await this.summaryOf(name).catch((error: unknown) => this.problemSummary(name, error));
      if (summary) summaries.push(summary);
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /**
   * Open a draft, migrated to the current draft version.
   * @throws {DraftNotFoundError} / {InvalidDraftIdError} / {VaultLockedError}.
   * @throws {DraftDamagedError} naming the file and offering the intact previous versions.
   * @throws {UnsupportedDraftVersionError} when it was saved by a newer version of the app.
   */
  async openDraft(id: string): Promise<OpenedDraft> {
    checkDraftId(id);
    const { header, record } = await this.readCurrent(id);
    const migrated = migrateDraft(record.draft);
    const custom = record.meta.title;
    return {
      id,
      draft: migrated.draft,
      title: custom ?? titleFromDraft(migrated.draft),
      titleIsCustom: custom !== undefined,
      createdAt: header.createdAt,
      updatedAt: header.updatedAt,
      revision: header.revision,
      ...(migrated.migratedFrom === undefined ? {} : { migratedFrom: migrated.migratedFrom }),
      migrationWarnings: migrated.warnings,
    };
  }

  /**
   * Save a new revision of a draft (the previous one becomes a version). Atomic: on any failure
   * the file on disk is unchanged.
   * @throws {DraftNotFoundError} / {InvalidDraftIdError} / {VaultLockedError} / {VaultReadOnlyError}.
   * @throws {InvalidDraftError} when `draft` is not a draft object of a known version.
   * @throws {DraftTooLargeError}.
   */
  async saveDraft(id: string, draft: Record<string, unknown>): Promise<DraftSummary> {
    checkDraftId(id);
    this.checkDraft(draft);
    return this.exclusive(async () => {
      const { header, record } = await this.writeRevision(id, (meta) => ({ meta, draft }));
      return this.summaryFrom(id, header, record);
    });
  }

  /**
   * Give a draft the user's own title, or go back to the computed one with `null` or blank.
   * @throws like `saveDraft`, and {DraftDamagedError} when the current file cannot be read.
   */
  async renameDraft(id: string, title: string | null): Promise<DraftSummary> {
    checkDraftId(id);
    return this.exclusive(async () => {
      const { record } = await this.readCurrent(id);
      const custom = normaliseCustomTitle(title);
      const next: DraftRecord = { meta: custom === undefined ? {} : { title: custom }, draft: record.draft };
      const { header } = await this.writeRevision(id, () => next);
      return this.summaryFrom(id, header, next);
    });
  }

  /**
   * Copy a draft to a new draft titled "<title> (copy)" (without its previous versions).
   * @throws like `openDraft`, and {VaultReadOnlyError}.
   */
  async duplicateDraft(id: string): Promise<DraftSummary> {
    checkDraftId(id);
    return this.exclusive(async () => {
      const { record } = await this.readCurrent(id);
      const title = normaliseCustomTitle(
        `${record.meta.title ?? titleFromDraft(migrateDraft(record.draft).draft)} (copy)`,
      );
      const now = this.now().toISOString();
      const copyId = randomUUID();
      await this.writeNewDraft(
        copyId,
        { meta: title === undefined ? {} : { title }, draft: record.draft },
        now,
        now,
      );
      return this.summaryOf(copyId);
    });
  }

  /**
   * Move a draft (with its previous versions) to the bin, where it stays `binRetentionDays`.
   * @throws {DraftNotFoundError} / {InvalidDraftIdError} / {VaultReadOnlyError}.
   */
  async deleteDraft(id: string): Promise<void> {
    checkDraftId(id);
    return this.exclusive(async () => {
      const dir = path.join(this.draftsDir, id);
      if (!(await exists(dir))) throw new DraftNotFoundError(id);
      await ensurePrivateDir(this.binDir);
      await rename(dir, path.join(this.binDir, `${this.now().getTime()}-${id}`));
      await fsyncDir(this.draftsDir);
      await fsyncDir(this.binDir);
      this.metaCache.delete(id);
      this.versionCache.delete(dir);
    });
  }

  // ---------------------------------------------------------------- bin

  /** Drafts in the bin, most recently deleted first. Purges expired entries. @throws {VaultLockedError}. */
  async listBin(): Promise<BinEntry[]> {
    const keys = this.requireKeys();
    if (!this.isReadOnly) await this.exclusive(() => this.purgeExpiredBin());
    const entries: BinEntry[] = [];
    for (const entry of await this.binEntries()) {
      const file = path.join(this.binDir, entry.name, CURRENT_FILE);
      const base = {
        id: entry.id,
        deletedAt: new Date(entry.deletedAtMs).toISOString(),
        purgeAfter: new Date(entry.deletedAtMs + this.binRetentionMs).toISOString(),
      };
      try {
        const bytes = await readFile(file);
        const { header, record } = openDraftFile(
          bytes,
          { draftId: entry.id, keyId: keys.keyId },
          keys.draftKey,
        );
        entries.push({
          ...base,
          title: record.meta.title ?? titleFromDraft(migrateDraft(record.draft).draft),
          updatedAt: header.updatedAt,
        });
      } catch (error) {
        const problem =
          error instanceof EnvelopeError || isFsError(error, 'ENOENT')
            ? problemOf(
                new DraftDamagedError(
                  entry.id,
                  file,
                  error instanceof Error ? error.message : 'unreadable',
                  [],
                ),
              )
            : problemOf(error);
        entries.push({ ...base, title: 'Damaged draft', problem });
      }
    }
    return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /**
   * Bring a draft back from the bin (with its previous versions). If its id is in use again, it
   * comes back as a new draft.
   * @throws {BinEntryNotFoundError} / {InvalidDraftIdError} / {VaultReadOnlyError}.
   */
  async restoreFromBin(id: string): Promise<DraftSummary> {
    checkDraftId(id);
    return this.exclusive(async () => {
      const entry = (await this.binEntries())
        .filter((candidate) => candidate.id === id)
        .sort((a, b) => b.deletedAtMs - a.deletedAtMs)[0];
      if (!entry) throw new BinEntryNotFoundError(id);
      const from = path.join(this.binDir, entry.name);
      const target = path.join(this.draftsDir, id);
      if (!(await exists(target))) {
        this.versionCache.delete(target);
        await rename(from, target);
        await fsyncDir(this.binDir);
        await fsyncDir(this.draftsDir);
        return this.summaryOf(id);
      }
      const keys = this.requireKeys();
      const { header, record } = openDraftFile(
        await readFile(path.join(from, CURRENT_FILE)),
        { draftId: id, keyId: keys.keyId },
        keys.draftKey,
      );
      const newId = randomUUID();
      await this.writeNewDraft(newId, record, header.createdAt, this.now().toISOString());
      await rm(from, { recursive: true, force: true });
      return this.summaryOf(newId);
    });
  }

  /**
   * Remove a draft from the bin for good (e.g. on a shared computer).
   * @throws {BinEntryNotFoundError} / {InvalidDraftIdError} / {VaultReadOnlyError}.
   */
  async deleteFromBin(id: string): Promise<void> {
    checkDraftId(id);
    return this.exclusive(async () => {
      const matching = (await this.binEntries()).filter((entry) => entry.id === id);
      if (matching.length === 0) throw new BinEntryNotFoundError(id);
      for (const entry of matching)
        await rm(path.join(this.binDir, entry.name), { recursive: true, force: true });
      await fsyncDir(this.binDir);
    });
  }

  // ---------------------------------------------------------------- versions

  /**
   * The previous saves of a draft, newest first (the current revision is not included).
   * @throws {DraftNotFoundError} / {InvalidDraftIdError} / {VaultLockedError}.
   */
  async listVersions(id: string): Promise<VersionInfo[]> {
    checkDraftId(id);
    const keys = this.requireKeys();
    const dir = path.join(this.draftsDir, id);
    if (!(await exists(dir))) throw new DraftNotFoundError(id);
    const versions: VersionInfo[] = [];
    for (const revision of await this.versionRevisions(dir)) {
      const file = path.join(dir, 'versions', versionFileName(revision));
      try {
        const { header, record } = openDraftFile(
          await readFile(file),
          { draftId: id, keyId: keys.keyId },
          keys.draftKey,
        );
        if (header.revision !== revision) throw new EnvelopeError('its revision does not match its name');
        versions.push({
          revision,
          savedAt: header.updatedAt,
          intact: true,
          title: record.meta.title ?? titleFromDraft(migrateDraft(record.draft).draft),
        });
      } catch (error) {
        if (
          !(error instanceof EnvelopeError) &&
          !(error instanceof Error && 'code' in error && typeof error.code === 'string')
        )
          throw error;
        const savedAt = await readFile(file)
          .then((bytes) => readDraftFileHeader(bytes).header.updatedAt)
          .catch(() => '');
        versions.push({ revision, savedAt, intact: false });
      }
    }
    return versions;
  }

  /**
   * Make a previous version the current draft (saved as a new revision, so this too can be undone).
   * A damaged current file is kept aside in the draft's folder, never deleted.
   * @throws {VersionNotFoundError} / {DraftDamagedError} (the version itself is damaged) / like `saveDraft`.
   */
  async restoreVersion(id: string, revision: number): Promise<OpenedDraft> {
    checkDraftId(id);
    await this.exclusive(async () => {
      const keys = this.requireKeys();
      const dir = path.join(this.draftsDir, id);
      if (!(await exists(dir))) throw new DraftNotFoundError(id);
      if (!Number.isInteger(revision) || revision < 1) throw new VersionNotFoundError(id, revision);
      const file = path.join(dir, 'versions', versionFileName(revision));
      const bytes = await readIfExists(file);
      if (!bytes) throw new VersionNotFoundError(id, revision);
      let record: DraftRecord;
      try {
        const opened = openDraftFile(bytes, { draftId: id, keyId: keys.keyId }, keys.draftKey);
        if (opened.header.revision !== revision)
          throw new EnvelopeError('its revision does not match its name');
        record = opened.record;
      } catch (error) {
        if (error instanceof EnvelopeError)
          throw new DraftDamagedError(id, file, error.reason, await this.intactVersions(dir, id));
        throw error;
      }
      await this.writeRevision(id, () => record);
    });
    return this.openDraft(id);
  }

  // ---------------------------------------------------------------- bundles

  /**
   * Export a draft as a self-contained `.c100draft` bundle encrypted under its own passphrase.
   * @throws {PassphraseTooWeakError} / like `openDraft`.
   */
  async exportBundle(id: string, passphrase: string): Promise<Buffer> {
    checkDraftId(id);
    checkPassphrase(passphrase);
    const { header, record } = await this.readCurrent(id);
    return sealBundle(
      {
        originalId: id,
        ...(record.meta.title === undefined ? {} : { title: record.meta.title }),
        createdAt: header.createdAt,
        updatedAt: header.updatedAt,
        draft: record.draft,
      },
      passphrase,
      this.scryptParams,
      this.now().toISOString(),
    );
  }

  /** `exportBundle`, written atomically (0600) to `file`. */
  async exportBundleToFile(id: string, passphrase: string, file: string): Promise<void> {
    const bytes = await this.exportBundle(id, passphrase);
    await writeFileAtomic(path.resolve(file), bytes);
  }

  /**
   * Import a `.c100draft` bundle as a draft of this vault; it keeps its id unless that id is in use
   * here (a draft or a bin entry), in which case it gets a new one.
   * @throws {WrongPassphraseError} ('bundle') / {BundleInvalidError} / {UnsupportedDraftVersionError}.
   * @throws {VaultLockedError} / {VaultReadOnlyError}.
   */
  async importBundle(bytes: Uint8Array, passphrase: string): Promise<ImportResult> {
    this.requireKeys();
    this.assertNotReadOnly();
    const content = await openBundle(bytes, passphrase);
    // Refuse what this version cannot open (a newer format) before anything is written.
    migrateDraft(content.draft);
    this.checkDraft(content.draft);
    const title = normaliseCustomTitle(content.title);
    return this.exclusive(async () => {
      const inUse =
        !isDraftId(content.originalId) ||
        (await exists(path.join(this.draftsDir, content.originalId))) ||
        (await this.binEntries()).some((entry) => entry.id === content.originalId);
      const id = inUse ? randomUUID() : content.originalId;
      await this.writeNewDraft(
        id,
        { meta: title === undefined ? {} : { title }, draft: content.draft },
        content.createdAt,
        this.now().toISOString(),
      );
      return { draft: await this.summaryOf(id), idChanged: id !== content.originalId };
    });
  }

  /** `importBundle` from a file. @throws {BundleInvalidError} when the file is far too large. */
  async importBundleFromFile(file: string, passphrase: string): Promise<ImportResult> {
    const info = await stat(file);
    if (info.size > MAX_BUNDLE_BYTES) throw new BundleInvalidError('it is far larger than a draft');
    return this.importBundle(await readFile(file), passphrase);
  }

  // ---------------------------------------------------------------- internals

  private get isReadOnly(): boolean {
    return this.writeLock === undefined || this.closed;
  }

  private assertNotReadOnly(): void {
    if (this.isReadOnly) throw new VaultReadOnlyError();
  }

  /** Run a write after the previous ones, checking that the lock file is still ours. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.assertNotReadOnly();
      await this.writeLock?.verify();
      return task();
    };
    const result = this.writeQueue.then(run, run);
    this.writeQueue = result.catch(() => undefined);
    return result;
  }

  private requireKeys(): VaultKeys {
    if (!this.keys) throw new VaultLockedError();
    return this.keys;
  }

  private async requireKeyring(): Promise<Keyring> {
    const keyring = await readKeyring(this.keyringFile);
    if (keyring) return keyring;
    if (await this.hasAnyDraftFolder()) throw new KeyringMissingError(this.keyringFile);
    throw new VaultNotInitialisedError(this.dataDir);
  }

  private async hasAnyDraftFolder(): Promise<boolean> {
    return (
      (await readdirIfExists(this.draftsDir)).some(isDraftId) ||
      (await readdirIfExists(this.binDir)).some((name) => BIN_ENTRY.test(name))
    );
  }

  private setKeys(keys: VaultKeys, keyring: Keyring, via: KeyProviderKind): void {
    if (this.keys && this.keys !== keys) zeroKeys(this.keys);
    this.keys = keys;
    this.unlockedWith = via;
    this.keyWrapParams = this.publicWrapParams(keyring);
  }

  private publicWrapParams(keyring: Keyring): KeyWrapParams {
    const { passphrase, safeStorage } = keyring.wraps;
    return {
      ...(passphrase
        ? { passphrase: { kdf: passphrase.kdf, params: passphrase.params, salt: passphrase.salt } }
        : {}),
      ...(safeStorage ? { safeStorage: { backend: safeStorage.backend } } : {}),
    };
  }

  private async writeKeyring(unsigned: UnsignedKeyring, keys: VaultKeys): Promise<void> {
    const { format, kind, keyId, createdAt, wraps } = unsigned;
    const keyring = signKeyring({ format, kind, keyId, createdAt, wraps }, keys);
    await writeFileAtomic(this.keyringFile, serialiseKeyring(keyring));
    this.keyWrapParams = this.publicWrapParams(keyring);
  }

  private checkDraft(draft: unknown): asserts draft is Record<string, unknown> {
    if (typeof draft !== 'object' || draft === null || Array.isArray(draft))
      throw new InvalidDraftError('it is not an object');
    try {
      migrateDraft(draft);
    } catch (error) {
      throw new InvalidDraftError(error instanceof Error ? error.message : 'unknown version');
    }
  }

  private serialise(record: DraftRecord): string {
    let json: string | undefined;
    try {
      json = JSON.stringify(record);
    } catch {
      throw new InvalidDraftError('it cannot be stored as JSON');
    }
    if (json === undefined) throw new InvalidDraftError('it cannot be stored as JSON');
    const bytes = Buffer.byteLength(json, 'utf8');
    if (bytes > this.maxDraftBytes) throw new DraftTooLargeError(bytes, this.maxDraftBytes);
    return json;
  }

  /** Read and decrypt the current file of a draft. */
  private async readCurrent(id: string): Promise<{ header: DraftFileHeader; record: DraftRecord }> {
    const keys = this.requireKeys();
    const dir = path.join(this.draftsDir, id);
    const file = path.join(dir, CURRENT_FILE);
    const bytes = await readIfExists(file);
    if (!bytes) {
      if (await exists(dir))
        throw new DraftDamagedError(id, file, 'the file is missing', await this.intactVersions(dir, id));
      throw new DraftNotFoundError(id);
    }
    try {
      const opened = openDraftFile(bytes, { draftId: id, keyId: keys.keyId }, keys.draftKey);
      this.metaCache.set(id, { revision: opened.header.revision, meta: opened.record.meta });
      return opened;
    } catch (error) {
      if (error instanceof EnvelopeError)
        throw new DraftDamagedError(id, file, error.reason, await this.intactVersions(dir, id));
      throw error;
    }
  }

  private async versionRevisions(dir: string): Promise<number[]> {
    const cached = this.versionCache.get(dir);
    if (cached) return [...cached];
    const revisions: number[] = [];
    for (const name of await readdirIfExists(path.join(dir, 'versions'))) {
      const match = VERSION_FILE.exec(name);
      if (match?.[1]) revisions.push(Number(match[1]));
    }
    revisions.sort((a, b) => b - a);
    // Only a writer (holding the lock) caches: nobody else changes the folder behind its back.
    if (!this.isReadOnly) this.versionCache.set(dir, [...revisions]);
    return revisions;
  }

  /** Intact previous versions, newest first (offered when the current file is damaged). */
  private async intactVersions(dir: string, id: string): Promise<VersionRef[]> {
    const keys = this.keys;
    if (!keys) return [];
    const intact: VersionRef[] = [];
    for (const revision of await this.versionRevisions(dir)) {
      try {
        const bytes = await readFile(path.join(dir, 'versions', versionFileName(revision)));
        const { header } = openDraftFile(bytes, { draftId: id, keyId: keys.keyId }, keys.draftKey);
        if (header.revision === revision) intact.push({ revision, savedAt: header.updatedAt });
      } catch {
        // A damaged version is simply not offered.
      }
    }
    return intact;
  }

  /**
   * Write a new revision of an existing draft: temp file + fsync, hard-link the current file into
   * versions/ (the old inode stays intact), rename the temp over the current file, fsync the folder,
   * prune old versions. A damaged current file is moved aside instead of being versioned.
   * `build` gets the current title override (to keep it) and returns the record to write.
   */
  private async writeRevision(
    id: string,
    build: (currentMeta: DraftRecord['meta']) => DraftRecord,
  ): Promise<{ header: Pick<DraftFileHeader, 'createdAt' | 'updatedAt' | 'revision'>; record: DraftRecord }> {
    const keys = this.requireKeys();
    const dir = path.join(this.draftsDir, id);
    const current = path.join(dir, CURRENT_FILE);
    const currentBytes = await readIfExists(current);
    if (!currentBytes && !(await exists(dir))) throw new DraftNotFoundError(id);
    // Authenticate the current file (GCM only: a fraction of a millisecond) so that a damaged one is
    // moved aside rather than filed as a good previous version.
    let currentHeader: DraftFileHeader | undefined;
    let currentMeta: DraftRecord['meta'] = {};
    let damagedRevision = 0;
    if (currentBytes) {
      try {
        const { header, plaintext } = decryptDraftFile(
          currentBytes,
          { draftId: id, keyId: keys.keyId },
          keys.draftKey,
        );
        currentHeader = header;
        const cached = this.metaCache.get(id);
        currentMeta =
          cached?.revision === header.revision
            ? cached.meta
            : (DraftRecordSchema.safeParse(JSON.parse(plaintext.toString('utf8'))).data?.meta ?? {});
      } catch (error) {
        if (!(error instanceof EnvelopeError) && !(error instanceof SyntaxError)) throw error;
        // A damaged current file may still carry a readable revision number: never reuse it.
        try {
          damagedRevision = readDraftFileHeader(currentBytes).header.revision;
        } catch {
          damagedRevision = 0;
        }
      }
    }
    const record = build(currentMeta);
    const versionsDir = path.join(dir, 'versions');
    const revisions = await this.versionRevisions(dir);
    const revision = Math.max(currentHeader?.revision ?? 0, damagedRevision, revisions[0] ?? 0) + 1;
    const now = this.now().toISOString();
    const fields = {
      draftId: id,
      revision,
      createdAt: currentHeader?.createdAt ?? now,
      updatedAt: now,
      keyId: keys.keyId,
      keyWrap: this.keyWrapParams,
    };
    const bytes = sealDraftFile(fields, this.serialise(record), keys.draftKey);
    const temp = await writeDurableTemp(dir, bytes);
    let versioned: number | undefined;
    try {
      if (currentBytes && currentHeader) {
        const target = path.join(versionsDir, versionFileName(currentHeader.revision));
        try {
          await link(current, target);
        } catch (error) {
          if (isFsError(error, 'ENOENT')) {
            await ensurePrivateDir(versionsDir);
            await link(current, target).catch((again: unknown) => {
              if (!isFsError(again, 'EEXIST')) throw again;
            });
          } else if (!isFsError(error, 'EEXIST')) {
            // EEXIST: an earlier save was interrupted after this same link; the version is there.
            throw error;
          }
        }
        versioned = currentHeader.revision;
      } else if (currentBytes) {
        await rename(current, path.join(dir, `damaged-${Date.now()}${DRAFT_FILE_EXTENSION}`));
      }
      await rename(temp, current);
    } catch (error) {
      await rm(temp, { force: true });
      this.versionCache.delete(dir);
      throw error;
    }
    await fsyncDir(dir);
    this.metaCache.set(id, { revision, meta: record.meta });
    const all = [...new Set([...(versioned === undefined ? [] : [versioned]), ...revisions])].sort(
      (a, b) => b - a,
    );
    const kept = all.slice(0, this.keepVersions);
    for (const old of all.slice(this.keepVersions))
      await rm(path.join(versionsDir, versionFileName(old)), { force: true });
    if (!this.isReadOnly) this.versionCache.set(dir, kept);
    return { header: fields, record };
  }

  /** Create a new draft folder atomically: build it under a temp name, then rename it into place. */
  private async writeNewDraft(
    id: string,
    record: DraftRecord,
    createdAt: string,
    updatedAt: string,
  ): Promise<void> {
    const keys = this.requireKeys();
    const bytes = sealDraftFile(
      { draftId: id, revision: 1, createdAt, updatedAt, keyId: keys.keyId, keyWrap: this.keyWrapParams },
      this.serialise(record),
      keys.draftKey,
    );
    await ensurePrivateDir(this.draftsDir);
    const staging = path.join(this.draftsDir, `${TEMP_PREFIX}${randomUUID()}`);
    await mkdir(staging, { mode: 0o700 });
    try {
      await ensurePrivateDir(staging);
      await writeFileAtomic(path.join(staging, CURRENT_FILE), bytes);
      const target = path.join(this.draftsDir, id);
      if (await exists(target)) throw new InvalidDraftError('a draft with this id already exists');
      await rename(staging, target);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    await fsyncDir(this.draftsDir);
    this.metaCache.set(id, { revision: 1, meta: record.meta });
  }

  private assess(draft: Record<string, unknown>): DraftCompleteness | undefined {
    if (!this.options.assessCompleteness) return undefined;
    try {
      return this.options.assessCompleteness(draft);
    } catch {
      return undefined;
    }
  }

  private summaryFrom(
    id: string,
    header: Pick<DraftFileHeader, 'createdAt' | 'updatedAt' | 'revision'>,
    record: DraftRecord,
  ): DraftSummary {
    const migrated = migrateDraft(record.draft).draft;
    const completeness = this.assess(migrated);
    return {
      id,
      title: record.meta.title ?? titleFromDraft(migrated),
      titleIsCustom: record.meta.title !== undefined,
      createdAt: header.createdAt,
      updatedAt: header.updatedAt,
      revision: header.revision,
      ...(completeness === undefined ? {} : { completeness }),
    };
  }

  private async summaryOf(id: string): Promise<DraftSummary> {
    const { header, record } = await this.readCurrent(id);
    return this.summaryFrom(id, header, record);
  }

  private async problemSummary(id: string, error: unknown): Promise<DraftSummary | undefined> {
    if (error instanceof DraftNotFoundError) return undefined;
    const problem = problemOf(error);
    let header: DraftFileHeader | undefined;
    try {
      header = readDraftFileHeader(await readFile(path.join(this.draftsDir, id, CURRENT_FILE))).header;
    } catch {
      header = undefined;
    }
    return {
      id,
      title: problem.code === 'DRAFT_DAMAGED' ? 'Damaged draft' : 'Draft that cannot be opened',
      titleIsCustom: false,
      createdAt: header?.createdAt ?? '',
      updatedAt: header?.updatedAt ?? '',
      revision: header?.revision ?? 0,
      problem,
    };
  }

  private async binEntries(): Promise<{ name: string; id: string; deletedAtMs: number }[]> {
    const entries: { name: string; id: string; deletedAtMs: number }[] = [];
    for (const name of await readdirIfExists(this.binDir)) {
      const match = BIN_ENTRY.exec(name);
      if (match?.[1] && match[2] && isDraftId(match[2]))
        entries.push({ name, id: match[2], deletedAtMs: Number(match[1]) });
    }
    return entries;
  }

  /** Remove bin entries older than the retention period (their deletion time is in the folder name). */
  private async purgeExpiredBin(): Promise<void> {
    const cutoff = this.now().getTime() - this.binRetentionMs;
    let removed = false;
    for (const entry of await this.binEntries()) {
      if (entry.deletedAtMs < cutoff) {
        await rm(path.join(this.binDir, entry.name), { recursive: true, force: true });
        removed = true;
      }
    }
    if (removed) await fsyncDir(this.binDir);
  }

  /** Temp files and staging folders left by a crash (only ever ours: we hold the lock). */
  private async removeCrashLeftovers(): Promise<void> {
    const sweep = async (dir: string): Promise<void> => {
      for (const name of await readdirIfExists(dir)) {
        if (name.startsWith(TEMP_PREFIX)) await rm(path.join(dir, name), { recursive: true, force: true });
      }
    };
    await sweep(this.dataDir);
    await sweep(this.draftsDir);
    await sweep(this.binDir);
    for (const name of await readdirIfExists(this.draftsDir)) {
      if (isDraftId(name)) await sweep(path.join(this.draftsDir, name));
    }
  }
}
