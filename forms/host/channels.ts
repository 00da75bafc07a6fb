/**
 * The IPC channel of every HostApi method, `c100:<noun>:<verb>` (DESIGN.md "Layers").
 *
 * Kept apart from the zod schemas on purpose: the preload imports only this table, so the sandboxed
 * preload bundle stays a few hundred bytes and carries no parsing code it does not need (the main
 * process parses every request; the preload only forwards).
 */
export const HOST_CHANNELS = {
  vaultStatus: 'c100:vault:status',
  unlockVault: 'c100:vault:unlock',
  setUpPassphrase: 'c100:vault:setup',
  lockVault: 'c100:vault:lock',
  createDraft: 'c100:draft:create',
  listDrafts: 'c100:draft:list',
  openDraft: 'c100:draft:open',
  saveDraft: 'c100:draft:save',
  renameDraft: 'c100:draft:rename',
  duplicateDraft: 'c100:draft:duplicate',
  deleteDraft: 'c100:draft:delete',
  listBin: 'c100:bin:list',
  restoreFromBin: 'c100:bin:restore',
  listVersions: 'c100:version:list',
  restoreVersion: 'c100:version:restore',
  exportBundle: 'c100:bundle:export',
  importBundle: 'c100:bundle:import',
  exportPdf: 'c100:pdf:export',
  templateStatus: 'c100:template:status',
  importTemplate: 'c100:template:import',
  openHelpLink: 'c100:help:open',
  getSettings: 'c100:settings:get',
  updateSettings: 'c100:settings:update',
} as const;

/** The name of one HostApi method, e.g. `saveDraft`. */
export type HostMethodName = keyof typeof HOST_CHANNELS;

/** Every HostApi method name, in declaration order. */
export const HOST_METHOD_NAMES = Object.keys(HOST_CHANNELS) as HostMethodName[];

/**
 * The one channel main uses to tell the renderer about things that start outside the page:
 * a menu command (Save, Export) or the vault locking itself after idle time.
 */
export const SHELL_EVENT_CHANNEL = 'c100:shell:event';

/** What the shell tells the renderer over {@link SHELL_EVENT_CHANNEL}. */
export const SHELL_EVENT_KINDS = ['save-requested', 'export-requested', 'vault-locked'] as const;
export type ShellEventKind = (typeof SHELL_EVENT_KINDS)[number];
export interface ShellEvent {
  kind: ShellEventKind;
}

/** The shape every channel name follows: `c100:<noun>:<verb>`, lower case. */
export const CHANNEL_NAME_PATTERN = /^c100:[a-z]+:[a-z]+$/;
