/**
 * The encrypted draft vault (plain Node; never imports 'electron'). Entry point for electron/main
 * and the CLI:
 *
 *   const vault = await DraftVault.open({ dataDir: defaultDataDir('C100 Prep'), safeStorage });
 *   const status = await vault.status();           // uninitialised | locked | unlocked, backend changes
 *   await vault.unlockWithSafeStorage();           // or unlockWithPassphrase(p), or initialise({ passphrase })
 *   const { id } = await vault.createDraft();
 *   await vault.saveDraft(id, draft);
 *   ...
 *   await vault.close();                           // zeroes the key, releases vault.lock
 */
export {
  DraftVault,
  isDraftId,
  DEFAULT_BIN_RETENTION_DAYS,
  DEFAULT_KEEP_VERSIONS,
  DEFAULT_MAX_DRAFT_BYTES,
  KEYRING_FILE_NAME,
} from './DraftVault';
export type {
  BinEntry,
  CompletenessAssessor,
  DraftCompleteness,
  DraftSummary,
  DraftVaultOptions,
  ImportResult,
  KeyProviderKind,
  OpenedDraft,
  VaultStatus,
  VersionInfo,
} from './DraftVault';
export { defaultDataDir, DATA_DIR_ENV } from './defaultDataDir';
export type { DataDirContext } from './defaultDataDir';
export { describeSafeStorage } from './safeStorageProvider';
export type { SafeStorageLike, SafeStorageState } from './safeStorageProvider';
export { DEFAULT_SCRYPT, MIN_PASSPHRASE_LENGTH } from './scryptKdf';
export type { ScryptParams } from './scryptKdf';
export { BUNDLE_EXTENSION } from './draftBundle';
export { titleFromDraft, UNTITLED_DRAFT } from './draftTitle';
export { VaultLock, LOCK_FILE_NAME } from './vaultLock';
export type { AcquireLockOptions, LockInfo } from './vaultLock';
export * from './vaultErrors';
export { DraftFormatError, UnsupportedDraftVersionError } from '../../../forms/drafts';
