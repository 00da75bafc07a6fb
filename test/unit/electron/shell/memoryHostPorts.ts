/**
 * Simple in-memory stand-ins for the services behind HostApi, used where a test is about the shell
 * (sender checks, parsing, result shapes) rather than about the vault or the PDF.
 */
import { HostCallError, type DraftSummary, type OpenedDraft, type VaultStatus } from '../../../../forms/host';
import type { C100Draft } from '../../../../forms/c100/draft';
import type { HostPorts, VaultPort } from '../../../../electron/services/host/hostPorts';

export function createMemoryVault(initial: VaultStatus['state'] = 'unlocked'): VaultPort & { passphrase: string | undefined } {
  let state = initial;
  let counter = 0;
  const drafts = new Map<string, { summary: DraftSummary; draft: C100Draft }>();
  const now = () => new Date(0).toISOString();
  const status = (): VaultStatus => ({
    state,
    keyBackend: state === 'needs-setup' ? null : 'passphrase',
    protectedStorageAvailable: false,
    backendChanged: false,
    passphraseSet: state !== 'needs-setup',
    problem: null,
    draftsFolder: '/tmp/c100-test',
  });
  const requireOpen = () => {
    if (state === 'needs-setup') throw new HostCallError('needs_setup', 'Choose a passphrase first.');
    if (state === 'locked') throw new HostCallError('locked', 'Your drafts are locked.');
  };
  const get = (id: string) => {
    requireOpen();
    const entry = drafts.get(id);
    if (!entry) throw new HostCallError('not_found', `No draft ${id} was found.`);
    return entry;
  };
  const add = (draft: C100Draft): OpenedDraft => {
    const id = `d${++counter}`;
    const entry = { summary: { id, title: 'Untitled draft', createdAt: now(), updatedAt: now(), completeness: null }, draft };
    drafts.set(id, entry);
    return entry;
  };
  const vault: VaultPort & { passphrase: string | undefined } = {
    passphrase: undefined,
    status: async () => status(),
    unlock: async (passphrase) => {
      if (state === 'needs-setup') throw new HostCallError('needs_setup', 'Choose a passphrase first.');
      if (passphrase !== vault.passphrase) throw new HostCallError('wrong_passphrase', 'That passphrase did not unlock your drafts.');
      state = 'unlocked';
      return status();
    },
    setUpPassphrase: async (passphrase) => {
      if (state !== 'needs-setup') throw new HostCallError('conflict', 'A vault exists already.');
      vault.passphrase = passphrase;
      state = 'unlocked';
      return status();
    },
    lock: async () => {
      if (state === 'unlocked') state = 'locked';
      return status();
    },
    create: async (draft) => {
      requireOpen();
      return add(draft ?? { schemaVersion: 2 });
    },
    list: async () => {
      requireOpen();
      return [...drafts.values()].map((entry) => entry.summary);
    },
    open: async (id) => get(id),
    save: async (id, draft) => {
      const entry = get(id);
      entry.draft = draft;
      return entry.summary;
    },
    rename: async (id, title) => {
      const entry = get(id);
      entry.summary = { ...entry.summary, title };
      return entry.summary;
    },
    duplicate: async (id) => add(structuredClone(get(id).draft)).summary,
    delete: async (id) => {
      const entry = get(id);
      drafts.delete(id);
      return { id, title: entry.summary.title, deletedAt: now(), purgeAfter: now() };
    },
    listBin: async () => {
      requireOpen();
      return [];
    },
    restoreFromBin: async (id) => {
      requireOpen();
      throw new HostCallError('not_found', `Draft ${id} is not in the bin.`);
    },
    listVersions: async (id) => {
      get(id);
      return [];
    },
    restoreVersion: async (id, revision) => {
      get(id);
      throw new HostCallError('not_found', `Version ${revision} of draft ${id} was not found.`);
    },
    exportBundle: async (id) => {
      get(id);
    },
    importBundle: async () => {
      requireOpen();
      return add({ schemaVersion: 2 }).summary;
    },
  };
  return vault;
}

export function createMemoryHostPorts(overrides: Partial<HostPorts> = {}): HostPorts {
  let settings = { autoLockMinutes: null as number | null };
  return {
    vault: createMemoryVault(),
    pdf: { exportPdf: async () => [] },
    template: {
      status: async () => ({ state: 'missing', location: null, edition: null, message: 'Import the C100 PDF from GOV.UK.' }),
      importFrom: async () => ({ state: 'ready', location: '/tmp/C100.pdf', edition: 'C100 04.24', message: 'Ready.' }),
    },
    dialogs: {
      chooseExportFolder: async () => undefined,
      chooseBundleSaveFile: async () => undefined,
      chooseBundleOpenFile: async () => undefined,
      chooseTemplateFile: async () => undefined,
    },
    external: { open: async () => undefined },
    settings: {
      get: async () => settings,
      update: async (next) => (settings = next),
    },
    ...overrides,
  };
}
