/**
 * One error class per way the draft vault can fail. Each has a stable `code` (the host answers
 * `{ ok: false, error: { code, message } }`) and a message that says what happened, where, and what
 * the user can do about it. Messages never contain draft content.
 */

/** Base class of every vault error; `code` is stable and safe to show or log. */
export abstract class VaultError extends Error {
  abstract readonly code: string;
}

/** A previous saved version of a draft that can be restored. */
export interface VersionRef {
  revision: number;
  savedAt: string;
}

/** The vault is locked: the key has not been unlocked yet, or `lock()` forgot it. */
export class VaultLockedError extends VaultError {
  readonly code = 'VAULT_LOCKED';
  constructor() {
    super(
      'Your drafts are locked. Unlock them (with your passphrase or your computer account) and try again.',
    );
    this.name = 'VaultLockedError';
  }
}

/** The vault has no key yet: `initialise` has not been called. */
export class VaultNotInitialisedError extends VaultError {
  readonly code = 'VAULT_NOT_INITIALISED';
  constructor(readonly dataDir: string) {
    super(
      `No draft store has been set up in ${dataDir} yet. Set one up first (choose how your drafts are protected).`,
    );
    this.name = 'VaultNotInitialisedError';
  }
}

/** `initialise` was called on a vault that already has a key. */
export class VaultAlreadyInitialisedError extends VaultError {
  readonly code = 'VAULT_ALREADY_INITIALISED';
  constructor(readonly dataDir: string) {
    super(`A draft store already exists in ${dataDir}; it has not been changed. Unlock it instead.`);
    this.name = 'VaultAlreadyInitialisedError';
  }
}

/** The passphrase did not unlock the key (or the bundle). Nothing was changed. */
export class WrongPassphraseError extends VaultError {
  readonly code = 'WRONG_PASSPHRASE';
  constructor(readonly target: 'vault' | 'bundle') {
    super(
      target === 'vault'
        ? 'That passphrase did not unlock your drafts. Check Caps Lock and the keyboard language, and try again. Nothing has been changed.'
        : 'That passphrase did not open this .c100draft file (or the file was damaged on the way). Ask the person who sent it for the passphrase they chose, or for a fresh copy. Nothing has been imported.',
    );
    this.name = 'WrongPassphraseError';
  }
}

/** A passphrase is required because no protected system keyring is available (e.g. Linux `basic_text`). */
export class PassphraseRequiredError extends VaultError {
  readonly code = 'PASSPHRASE_REQUIRED';
  constructor(readonly backend: string) {
    super(
      `This computer has no protected key store for C100 Prep (found "${backend}"), so your drafts need a passphrase. ` +
        'Choose a passphrase you will remember: without it the drafts cannot be opened.',
    );
    this.name = 'PassphraseRequiredError';
  }
}

/** The chosen passphrase is too short to protect the drafts. */
export class PassphraseTooWeakError extends VaultError {
  readonly code = 'PASSPHRASE_TOO_WEAK';
  constructor(readonly minimumLength: number) {
    super(
      `Choose a passphrase of at least ${minimumLength} characters; a few unrelated words are easy to remember and hard to guess.`,
    );
    this.name = 'PassphraseTooWeakError';
  }
}

/**
 * The key store that protected the drafts is no longer the one in use (e.g. the Linux keyring is gone
 * and Electron fell back to `basic_text`), or it can no longer unwrap the key.
 */
export class KeyBackendChangedError extends VaultError {
  readonly code = 'KEY_BACKEND_CHANGED';
  constructor(
    readonly recordedBackend: string,
    readonly currentBackend: string,
    readonly passphraseAvailable: boolean,
  ) {
    super(
      `Your drafts were protected by the system key store "${recordedBackend}", but this computer now uses "${currentBackend}", which cannot unlock them. ` +
        (passphraseAvailable
          ? 'Unlock with your passphrase instead; your drafts are safe.'
          : 'No passphrase was set up for these drafts: sign in to the same computer account (or restore the system keyring) to open them, or restore them from an exported .c100draft file.'),
    );
    this.name = 'KeyBackendChangedError';
  }
}

/** The system key store route was asked for, but the vault key is not wrapped by it. */
export class KeyProviderUnavailableError extends VaultError {
  readonly code = 'KEY_PROVIDER_UNAVAILABLE';
  constructor(readonly provider: 'safeStorage' | 'passphrase') {
    super(
      provider === 'safeStorage'
        ? 'Your drafts are not protected by the system key store on this computer. Unlock them with your passphrase.'
        : 'No passphrase has been set for your drafts. Unlock them with your computer account, then set a passphrase.',
    );
    this.name = 'KeyProviderUnavailableError';
  }
}

/** The key file (`keyring.json`) is missing while drafts exist. */
export class KeyringMissingError extends VaultError {
  readonly code = 'KEYRING_MISSING';
  constructor(readonly file: string) {
    super(
      `The key file ${file} is missing, so the drafts in this folder cannot be opened. ` +
        'Restore it from a backup of this folder, or import your drafts from exported .c100draft files.',
    );
    this.name = 'KeyringMissingError';
  }
}

/** The key file (`keyring.json`) is unreadable or has been altered. */
export class KeyringDamagedError extends VaultError {
  readonly code = 'KEYRING_DAMAGED';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      `The key file ${file} is damaged or has been changed (${reason}), so your drafts cannot be unlocked with it. ` +
        'Restore it from a backup of this folder; your drafts themselves have not been touched.',
    );
    this.name = 'KeyringDamagedError';
  }
}

/** No draft with this id (it may have been deleted to the bin). */
export class DraftNotFoundError extends VaultError {
  readonly code = 'DRAFT_NOT_FOUND';
  constructor(readonly draftId: string) {
    super(
      `No draft ${draftId} was found. It may have been deleted: look in the bin, or refresh the list of drafts.`,
    );
    this.name = 'DraftNotFoundError';
  }
}

/** A draft id that is not one the vault makes (guards against paths like `../x`). */
export class InvalidDraftIdError extends VaultError {
  readonly code = 'DRAFT_ID_INVALID';
  constructor(readonly draftId: string) {
    super(`"${draftId.slice(0, 80)}" is not a draft id. Choose the draft from the list of drafts.`);
    this.name = 'InvalidDraftIdError';
  }
}

/** No saved version with this revision number. */
export class VersionNotFoundError extends VaultError {
  readonly code = 'VERSION_NOT_FOUND';
  constructor(
    readonly draftId: string,
    readonly revision: number,
  ) {
    super(
      `Version ${revision} of draft ${draftId} was not found; only the last saves are kept. Choose one from the list of previous versions.`,
    );
    this.name = 'VersionNotFoundError';
  }
}

/** A draft file is damaged or was tampered with; the intact previous versions are offered. */
export class DraftDamagedError extends VaultError {
  readonly code = 'DRAFT_DAMAGED';
  constructor(
    readonly draftId: string,
    /** The full path of the damaged file. */
    readonly file: string,
    readonly reason: string,
    /** Intact previous versions, newest first, that `restoreVersion` can bring back. */
    readonly previousVersions: readonly VersionRef[],
  ) {
    const newest = previousVersions[0];
    super(
      `The draft file ${file} is damaged or has been changed outside C100 Prep (${reason}), so it was not opened. ` +
        (newest
          ? `Restore a previous version (the newest intact one was saved ${newest.savedAt}); the damaged file will be kept aside.`
          : 'No intact previous version was found: import the draft from an exported .c100draft file if you have one.'),
    );
    this.name = 'DraftDamagedError';
  }
}

/** The draft is larger than the vault accepts (protects memory and disk). */
export class DraftTooLargeError extends VaultError {
  readonly code = 'DRAFT_TOO_LARGE';
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      `This draft is too large to save (${bytes} bytes, limit ${limit}). Shorten the longest answers and save again; nothing was overwritten.`,
    );
    this.name = 'DraftTooLargeError';
  }
}

/** What was given to save is not a draft object (programming error on the caller's side). */
export class InvalidDraftError extends VaultError {
  readonly code = 'DRAFT_INVALID';
  constructor(readonly reason: string) {
    super(`This draft could not be saved (${reason}). Nothing was overwritten; please report this problem.`);
    this.name = 'InvalidDraftError';
  }
}

/** Another C100 Prep window or command holds the vault's lock file. */
export class VaultBusyError extends VaultError {
  readonly code = 'VAULT_BUSY';
  constructor(
    readonly lockFile: string,
    readonly holder: { pid: number; hostname: string; since: string; owner: string } | undefined,
  ) {
    super(
      `Your drafts are already open in another C100 Prep window or command` +
        (holder
          ? ` (${holder.owner}, process ${holder.pid} on ${holder.hostname}, since ${holder.since})`
          : '') +
        `. Close it and try again. If nothing else is running, the lock file ${lockFile} can be removed.`,
    );
    this.name = 'VaultBusyError';
  }
}

/** A write was attempted by a vault opened read-only, or one that has been closed. */
export class VaultReadOnlyError extends VaultError {
  readonly code = 'VAULT_READ_ONLY';
  constructor() {
    super(
      'Your drafts were opened read-only here (another window or command may be using them), so nothing was saved. Close the other one and open them again.',
    );
    this.name = 'VaultReadOnlyError';
  }
}

/** A `.c100draft` file is not a bundle, is damaged, or uses parameters this version refuses. */
export class BundleInvalidError extends VaultError {
  readonly code = 'BUNDLE_INVALID';
  constructor(readonly reason: string) {
    super(
      `This is not a C100 Prep .c100draft file, or it is damaged (${reason}). Ask for a fresh copy of the file; nothing has been imported.`,
    );
    this.name = 'BundleInvalidError';
  }
}

/** A bin entry with this id does not exist (it may have been purged after 30 days). */
export class BinEntryNotFoundError extends VaultError {
  readonly code = 'BIN_ENTRY_NOT_FOUND';
  constructor(readonly draftId: string) {
    super(
      `Draft ${draftId} is not in the bin. Deleted drafts are kept for 30 days; refresh the bin to see what can be restored.`,
    );
    this.name = 'BinEntryNotFoundError';
  }
}
