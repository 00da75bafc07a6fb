/**
 * The real services behind HostApi, built for the desktop shell: the encrypted vault in the app's
 * data folder, the template store and PDF export, and the shell's settings.
 */
import { HostCallError } from '../../../forms/host';
import { defaultDataDir } from '../vault/defaultDataDir';
import type { SafeStorageLike } from '../vault/safeStorageProvider';
import type { DialogPort, ExternalLinkPort, HostPorts, PdfExportPort, TemplatePort, VaultPort } from './hostPorts';
import { createShellSettingsStore } from './shellSettingsStore';

/** The folder name under the OS's per-user application data folder (same as the CLI's). */
export const APP_DATA_FOLDER_NAME = 'C100 Prep';

export interface HostServiceContext {
  safeStorage: SafeStorageLike;
  dialogs: DialogPort;
  external: ExternalLinkPort;
  /** Overrides the data folder (tests); otherwise `$C100_DATA_DIR` or the OS default. */
  dataDir?: string;
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
  const vault = unavailable<VaultPort>('The draft vault', [
    'status', 'unlock', 'setUpPassphrase', 'lock', 'create', 'list', 'open', 'save', 'rename', 'duplicate', 'delete',
    'listBin', 'restoreFromBin', 'listVersions', 'restoreVersion', 'exportBundle', 'importBundle',
  ]);
  const template = unavailable<TemplatePort>('The template store', ['status', 'importFrom']);
  const pdf = unavailable<PdfExportPort>('PDF export', ['exportPdf']);
  return {
    ports: { vault, template, pdf, dialogs: context.dialogs, external: context.external, settings: createShellSettingsStore(dataDir) },
    draftsFolder: dataDir,
    close: async () => undefined,
  };
}
