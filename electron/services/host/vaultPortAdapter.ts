/**
 * The encrypted draft vault (`electron/services/vault`) behind the HostApi `VaultPort`: maps the
 * vault's shapes onto the contract in forms/host and its error classes onto host error codes, so
 * every expected failure reaches the renderer with a code and the vault's own message.
 */
import { HostCallError, type DraftSummary, type HostErrorCode, type OpenedDraft, type VaultStatus } from '../../../forms/host';
import type { DraftVault } from '../vault';
import type {
  DraftCompleteness,
  DraftSummary as VaultDraftSummary,
  OpenedDraft as VaultOpenedDraft,
  VaultStatus as VaultVaultStatus,
} from '../vault';
import type { VaultPort } from './hostPorts';

/** Vault error codes (vaultErrors.ts, forms/drafts) and the host code each becomes. */
export const VAULT_ERROR_CODES: Readonly<Record<string, HostErrorCode>> = {
  VAULT_LOCKED: 'locked',
  VAULT_NOT_INITIALISED: 'needs_setup',
  VAULT_ALREADY_INITIALISED: 'conflict',
  WRONG_PASSPHRASE: 'wrong_passphrase',
  PASSPHRASE_REQUIRED: 'needs_setup',
  PASSPHRASE_TOO_WEAK: 'weak_passphrase',
  KEY_BACKEND_CHANGED: 'backend_changed',
  KEY_PROVIDER_UNAVAILABLE: 'backend_changed',
  KEYRING_MISSING: 'damaged',
  KEYRING_DAMAGED: 'damaged',
  DRAFT_NOT_FOUND: 'not_found',
  DRAFT_ID_INVALID: 'invalid_request',
  VERSION_NOT_FOUND: 'not_found',
  DRAFT_DAMAGED: 'damaged',
  DRAFT_TOO_LARGE: 'too_large',
  DRAFT_INVALID: 'invalid_request',
  VAULT_BUSY: 'busy',
  VAULT_READ_ONLY: 'busy',
  BUNDLE_INVALID: 'damaged',
  BIN_ENTRY_NOT_FOUND: 'not_found',
  DRAFT_FORMAT_INVALID: 'damaged',
  DRAFT_VERSION_UNSUPPORTED: 'conflict',
};

/** Turns a vault error into a `HostCallError` with the vault's message; anything else is rethrown. */
export function toHostCallError(error: unknown): unknown {
  if (error instanceof Error) {
    const vaultCode: unknown = (error as Error & { code?: unknown }).code;
    const code = typeof vaultCode === 'string' ? VAULT_ERROR_CODES[vaultCode] : undefined;
    if (code !== undefined) return new HostCallError(code, error.message);
  }
  return error;
}

async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHostCallError(error);
  }
}

/** The vault's completeness (a number or `{ complete }`) as 0–100, or null when unknown. */
export function completenessPercent(completeness: DraftCompleteness | undefined): number | null {
  if (completeness === undefined) return null;
  if (typeof completeness === 'number') {
    if (!Number.isFinite(completeness)) return null;
    // The vault's assessor may answer a fraction (0–1) or a percentage.
    const percent = completeness <= 1 ? completeness * 100 : completeness;
    return Math.min(100, Math.max(0, Math.round(percent)));
  }
  return completeness.complete ? 100 : null;
}

export function toHostStatus(status: VaultVaultStatus): VaultStatus {
  const state: VaultStatus['state'] = status.state === 'uninitialised' ? 'needs-setup' : status.state;
  const keyBackend = status.unlockedWith ?? (status.unlockMethods.safeStorage && !status.backendChanged ? 'safeStorage' : status.unlockMethods.passphrase ? 'passphrase' : null);
  return {
    state,
    keyBackend,
    protectedStorageAvailable: status.safeStorage.protected,
    backendChanged: status.backendChanged,
    passphraseSet: status.unlockMethods.passphrase,
    problem: status.keyringProblem ?? null,
    draftsFolder: status.dataDir,
  };
}

function toHostSummary(summary: VaultDraftSummary): DraftSummary {
  return {
    id: summary.id,
    title: summary.title,
    createdAt: summary.createdAt,
    updatedAt: summary.updatedAt,
    completeness: completenessPercent(summary.completeness),
    ...(summary.problem ? { problem: summary.problem } : {}),
  };
}

function toHostOpened(opened: VaultOpenedDraft): OpenedDraft {
  return {
    summary: { id: opened.id, title: opened.title, createdAt: opened.createdAt, updatedAt: opened.updatedAt, completeness: null },
    // Parsed against C100DraftSchema by the response check in dispatchHostCall.
    draft: opened.draft as OpenedDraft['draft'],
  };
}

/**
 * A `VaultPort` over an open `DraftVault`. On a computer whose OS key store really protects the
 * key, a new vault is set up and unlocked without asking (issue 4: safeStorage where protected),
 * and a locked one is unlocked with the key store when the user asks without a passphrase.
 */
export function createVaultPortAdapter(vault: DraftVault): VaultPort {
  const status = async () => toHostStatus(await vault.status());
  return {
    status: () =>
      translated(async () => {
        const current = await vault.status();
        if (current.state === 'uninitialised' && !current.passphraseRequired && current.keyringProblem === undefined) {
          await vault.initialise({});
          return status();
        }
        return toHostStatus(current);
      }),
    unlock: (passphrase) =>
      translated(async () => {
        if (passphrase === undefined) await vault.unlockWithSafeStorage();
        else await vault.unlockWithPassphrase(passphrase);
        return status();
      }),
    setUpPassphrase: (passphrase) =>
      translated(async () => {
        const current = await vault.status();
        // A new vault: wrap its key with the passphrase (and the OS key store where it protects).
        if (current.state === 'uninitialised') await vault.initialise({ passphrase });
        // An unlocked vault: add or change the passphrase route.
        else await vault.setPassphrase(passphrase);
        return status();
      }),
    lock: () =>
      translated(async () => {
        vault.lock();
        return status();
      }),
    create: (draft) =>
      translated(async () => {
        const summary = await vault.createDraft(draft);
        return toHostOpened(await vault.openDraft(summary.id));
      }),
    list: () => translated(async () => (await vault.listDrafts()).map(toHostSummary)),
    open: (id) => translated(async () => toHostOpened(await vault.openDraft(id))),
    save: (id, draft) => translated(async () => toHostSummary(await vault.saveDraft(id, draft))),
    rename: (id, title) => translated(async () => toHostSummary(await vault.renameDraft(id, title))),
    duplicate: (id) => translated(async () => toHostSummary(await vault.duplicateDraft(id))),
    delete: (id) =>
      translated(async () => {
        await vault.deleteDraft(id);
        const entry = (await vault.listBin()).find((candidate) => candidate.id === id);
        if (entry === undefined) throw new Error(`Draft ${id} was deleted but is not in the bin`);
        return { id: entry.id, title: entry.title, deletedAt: entry.deletedAt, purgeAfter: entry.purgeAfter };
      }),
    listBin: () =>
      translated(async () =>
        (await vault.listBin()).map((entry) => ({ id: entry.id, title: entry.title, deletedAt: entry.deletedAt, purgeAfter: entry.purgeAfter })),
      ),
    restoreFromBin: (id) => translated(async () => toHostSummary(await vault.restoreFromBin(id))),
    listVersions: (id) =>
      translated(async () => (await vault.listVersions(id)).map((version) => ({ revision: version.revision, savedAt: version.savedAt, readable: version.intact }))),
    restoreVersion: (id, revision) => translated(async () => toHostOpened(await vault.restoreVersion(id, revision))),
    exportBundle: (id, passphrase, filePath) => translated(() => vault.exportBundleToFile(id, passphrase, filePath)),
    importBundle: (filePath, passphrase) => translated(async () => toHostSummary((await vault.importBundleFromFile(filePath, passphrase)).draft)),
  };
}
