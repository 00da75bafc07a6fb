/**
 * The Node-side implementation of every HostApi method, over the ports in `hostPorts.ts`.
 * Requests arrive already parsed by `dispatchHostCall`; the values returned are checked against the
 * response schemas there too.
 */
import {
  HELP_SITES,
  HostCallError,
  normaliseHelpUrl,
  type HostMethodName,
  type HostParsedRequest,
  type HostValue,
} from '../../../forms/host';
import type { HostPorts } from './hostPorts';

/** One handler per HostApi method, taking the parsed request. */
export type HostHandlers = {
  [M in HostMethodName]: (request: HostParsedRequest<M>) => Promise<HostValue<M>>;
};

const helpSiteNames = HELP_SITES.map((site) => site.name).join(', ');

/** Builds the handlers over the given services. */
export function createHostHandlers(ports: HostPorts): HostHandlers {
  const { vault, pdf, template, dialogs, external, settings } = ports;
  return {
    vaultStatus: () => vault.status(),
    unlockVault: (request) => vault.unlock(request?.passphrase),
    setUpPassphrase: ({ passphrase }) => vault.setUpPassphrase(passphrase),
    lockVault: () => vault.lock(),
    createDraft: (request) => vault.create(request?.draft),
    listDrafts: () => vault.list(),
    openDraft: ({ id }) => vault.open(id),
    saveDraft: ({ id, draft }) => vault.save(id, draft),
    renameDraft: ({ id, title }) => vault.rename(id, title),
    duplicateDraft: ({ id }) => vault.duplicate(id),
    deleteDraft: ({ id }) => vault.delete(id),
    listBin: () => vault.listBin(),
    restoreFromBin: ({ id }) => vault.restoreFromBin(id),
    listVersions: ({ id }) => vault.listVersions(id),
    restoreVersion: ({ id, revision }) => vault.restoreVersion(id, revision),
    exportBundle: async ({ id, passphrase }) => {
      // Open first: a locked vault or an unknown id fails before the user is asked for a file name.
      const { summary } = await vault.open(id);
      const filePath = await dialogs.chooseBundleSaveFile(`${safeFileStem(summary.title)}.c100draft`);
      if (filePath === undefined) return { status: 'cancelled' };
      await vault.exportBundle(id, passphrase, filePath);
      return { status: 'saved', filePath };
    },
    importBundle: async ({ passphrase }) => {
      await requireUnlocked(ports);
      const filePath = await dialogs.chooseBundleOpenFile();
      if (filePath === undefined) return { status: 'cancelled' };
      return { status: 'imported', summary: await vault.importBundle(filePath, passphrase) };
    },
    exportPdf: async ({ id, options }) => {
      // DESIGN.md "Data flow" 5: main loads the draft again; it does not trust the renderer's copy.
      const { draft } = await vault.open(id);
      const current = await template.status();
      if (current.state !== 'ready') throw new HostCallError('template_missing', current.message);
      const folder = await dialogs.chooseExportFolder();
      if (folder === undefined) return { status: 'cancelled' };
      const files = await pdf.exportPdf({ draft, options, folder });
      return { status: 'saved', folder, files };
    },
    templateStatus: () => template.status(),
    importTemplate: async () => {
      const filePath = await dialogs.chooseTemplateFile();
      if (filePath === undefined) return { status: 'cancelled' };
      return { status: 'imported', template: await template.importFrom(filePath) };
    },
    openHelpLink: async ({ url }) => {
      const allowed = normaliseHelpUrl(url);
      if (allowed === undefined) {
        throw new HostCallError(
          'forbidden',
          `C100 Prep only opens help pages on these sites: ${helpSiteNames}. Search for the page on one of them in your browser.`,
        );
      }
      await external.open(allowed);
      return { opened: true };
    },
    getSettings: () => settings.get(),
    updateSettings: ({ settings: next }) => settings.update(next),
  };
}

async function requireUnlocked(ports: HostPorts): Promise<void> {
  const status = await ports.vault.status();
  if (status.state === 'needs-setup') {
    throw new HostCallError('needs_setup', 'Choose a passphrase for your drafts first, then import the bundle.');
  }
  if (status.state === 'locked') {
    throw new HostCallError('locked', 'Your drafts are locked. Unlock them with your passphrase, then import the bundle.');
  }
}

/** A file name stem that is safe on Windows, macOS and Linux, from a draft title. */
export function safeFileStem(title: string): string {
  const stem = title
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return stem === '' ? 'C100 draft' : stem;
}
