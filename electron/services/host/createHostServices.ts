/**
 * The real services behind HostApi, built for the desktop shell: the encrypted vault in the app's
 * data folder, the template store and PDF export, and the shell's settings.
 */
import { assessDraftCompleteness } from '../../../forms/c100/draftCompleteness';
import { DraftVault, defaultDataDir, type SafeStorageLike } from '../vault';
import type { DialogPort, ExternalLinkPort, HostPorts } from './hostPorts';
import { createPdfPorts } from './pdfPorts';
import { createShellSettingsStore } from './shellSettingsStore';
import { createVaultPortAdapter } from './vaultPortAdapter';

/** The folder name under the OS's per-user application data folder (same as the CLI's). */
export const APP_DATA_FOLDER_NAME = 'C100 Prep';

export interface HostServiceContext {
  safeStorage: SafeStorageLike;
  dialogs: DialogPort;
  external: ExternalLinkPort;
  /** Overrides the data folder (tests); otherwise `$C100_DATA_DIR` or the OS default. */
  dataDir?: string;
  /** Environment for the template search (`C100_TEMPLATE`); default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Repository root for the `../shared/forms` template fallback (tests); default the package root. */
  repoRoot?: string;
  /** Extra vault options (tests lower the scrypt cost). */
  vaultOptions?: Partial<Parameters<typeof DraftVault.open>[0]>;
}

export interface HostServices {
  ports: HostPorts;
  draftsFolder: string;
  close(): Promise<void>;
}

export async function createHostServices(context: HostServiceContext): Promise<HostServices> {
  const dataDir = context.dataDir ?? defaultDataDir(APP_DATA_FOLDER_NAME);
  // Takes the vault's lock file: the CLI (or a second build of the app) cannot write meanwhile.
  const draftVault = await DraftVault.open({
    dataDir,
    safeStorage: context.safeStorage,
    owner: 'C100 Prep',
    // The list of drafts shows how far each one has got (task-list sections, 100 % only when complete).
    assessCompleteness: (draft) => assessDraftCompleteness(draft).percent,
    ...context.vaultOptions,
  });
  await unlockWithKeyStoreIfPossible(draftVault);
  const vault = createVaultPortAdapter(draftVault);
  const { template, pdf } = createPdfPorts({ dataDir, env: context.env, repoRoot: context.repoRoot });
  return {
    ports: { vault, template, pdf, dialogs: context.dialogs, external: context.external, settings: createShellSettingsStore(dataDir) },
    draftsFolder: dataDir,
    close: () => draftVault.close(),
  };
}

/**
 * Where the key is wrapped by an OS key store that still works, open the drafts without asking
 * (that is the point of the key store); any failure leaves the vault locked for the unlock screen.
 */
async function unlockWithKeyStoreIfPossible(vault: DraftVault): Promise<void> {
  const status = await vault.status();
  if (status.state !== 'locked' || !status.unlockMethods.safeStorage || status.backendChanged) return;
  try {
    await vault.unlockWithSafeStorage();
  } catch {
    // The status the renderer reads next explains what happened (backend changed, key store locked).
  }
}
