/**
 * The real services behind HostApi, built for the desktop shell: the encrypted vault in the app's
 * data folder, the template store and PDF export, and the shell's settings.
 */
import { HostCallError } from '../../../forms/host';
import { assessDraftCompleteness } from '../../../forms/c100/draftCompleteness';
import { DraftVault, defaultDataDir, type SafeStorageLike } from '../vault';
import type { DialogPort, ExternalLinkPort, HostPorts, PdfExportPort, TemplatePort } from './hostPorts';
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
  /** Extra vault options (tests lower the scrypt cost). */
  vaultOptions?: Partial<Parameters<typeof DraftVault.open>[0]>;
}

export interface HostServices {
  ports: HostPorts;
  draftsFolder: string;
  close(): Promise<void>;
}

const notYetAvailable = (what: string) => () =>
  Promise.reject(new HostCallError('internal', `${what} is not available in this build of C100 Prep yet.`));

function unavailable<T extends object>(what: string, methods: readonly (keyof T)[]): T {
  return Object.fromEntries(methods.map((method) => [method, notYetAvailable(what)])) as T;
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
  const template = unavailable<TemplatePort>('The template store', ['status', 'importFrom']);
  const pdf = unavailable<PdfExportPort>('PDF export', ['exportPdf']);
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
