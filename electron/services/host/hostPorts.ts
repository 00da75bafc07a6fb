/**
 * What the host handlers need from the rest of the app, as interfaces. The handlers are plain Node
 * and tested without Electron; main plugs in the real vault, PDF export, template store, native
 * dialogs and `shell.openExternal` behind these (DESIGN.md "Layers").
 *
 * Contract for implementers: throw `HostCallError` (forms/host) with a code and a message fit for
 * the user for every expected failure. Anything else thrown becomes `internal` and is logged, never
 * shown.
 */
import type { C100Draft } from '../../../forms/c100/draft';
import type {
  BinEntry,
  DraftSummary,
  DraftVersion,
  OpenedDraft,
  PdfExportOptions,
  ProducedPdf,
  ShellSettings,
  TemplateStatus,
  VaultStatus,
} from '../../../forms/host';

/** The encrypted draft vault, as the shell sees it. */
export interface VaultPort {
  status(): Promise<VaultStatus>;
  /** With a passphrase, or with the OS key store when none is given. */
  unlock(passphrase: string | undefined): Promise<VaultStatus>;
  setUpPassphrase(passphrase: string): Promise<VaultStatus>;
  lock(): Promise<VaultStatus>;
  create(draft: C100Draft | undefined): Promise<OpenedDraft>;
  list(): Promise<DraftSummary[]>;
  open(id: string): Promise<OpenedDraft>;
  save(id: string, draft: C100Draft): Promise<DraftSummary>;
  rename(id: string, title: string): Promise<DraftSummary>;
  duplicate(id: string): Promise<DraftSummary>;
  delete(id: string): Promise<BinEntry>;
  listBin(): Promise<BinEntry[]>;
  restoreFromBin(id: string): Promise<DraftSummary>;
  listVersions(id: string): Promise<DraftVersion[]>;
  restoreVersion(id: string, revision: number): Promise<OpenedDraft>;
  /** Writes an encrypted `.c100draft` bundle of one draft under its own passphrase. */
  exportBundle(id: string, passphrase: string, filePath: string): Promise<void>;
  /** Reads a bundle and adds it as a new draft. */
  importBundle(filePath: string, passphrase: string): Promise<DraftSummary>;
}

export interface PdfExportRequest {
  draft: C100Draft;
  options: PdfExportOptions;
  /** The folder the user chose. */
  folder: string;
}

/** Fills the official PDF (and C1A, C8, continuation sheets) and writes the files. */
export interface PdfExportPort {
  exportPdf(request: PdfExportRequest): Promise<ProducedPdf[]>;
}

/** Finds, verifies and imports the official C100 template. */
export interface TemplatePort {
  status(): Promise<TemplateStatus>;
  importFrom(filePath: string): Promise<TemplateStatus>;
}

/**
 * Native file dialogs, shown by main. Each answers `undefined` when the user cancels. The renderer
 * never names a path: these are the only way a path enters a host call.
 */
export interface DialogPort {
  chooseExportFolder(): Promise<string | undefined>;
  chooseBundleSaveFile(suggestedName: string): Promise<string | undefined>;
  chooseBundleOpenFile(): Promise<string | undefined>;
  chooseTemplateFile(): Promise<string | undefined>;
}

/** Opens a URL in the user's browser (main: `shell.openExternal`). Only ever given allowed URLs. */
export interface ExternalLinkPort {
  open(url: string): Promise<void>;
}

/** The shell's own settings (auto-lock). */
export interface SettingsPort {
  get(): Promise<ShellSettings>;
  update(settings: ShellSettings): Promise<ShellSettings>;
}

export interface HostPorts {
  vault: VaultPort;
  pdf: PdfExportPort;
  template: TemplatePort;
  dialogs: DialogPort;
  external: ExternalLinkPort;
  settings: SettingsPort;
}
