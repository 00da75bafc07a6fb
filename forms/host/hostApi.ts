/**
 * `HostApi`: everything the renderer may ask of the desktop host, one method per operation
 * (DESIGN.md "Layers", issue 4 "Shell"). The renderer calls it as `window.c100.<method>(request)`;
 * the preload forwards the request to `ipcRenderer.invoke` on the method's channel; main checks the
 * sender, parses the request with the schema below, calls the service and answers a `HostResult`.
 *
 * Every request is a strict object (unknown keys are refused: a hostile page cannot smuggle options
 * in). Drafts cross IPC as `unknown` and are parsed with `C100DraftSchema` (DRAFT-CONTRACT.md).
 * Files and folders are never named by the renderer: main asks the user through a native dialog,
 * so a compromised page cannot read or write arbitrary paths.
 */
import { z } from 'zod';
import { C100DraftSchema } from '../c100/draft';
import { HOST_CHANNELS, type HostMethodName, type ShellEvent } from './channels';
import type { HostResult } from './hostResult';

/** Vault draft ids are opaque to the renderer but safe as file names (letters, digits, `-`, `_`). */
export const DraftIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'A draft id is 1 to 64 letters, digits, "-" or "_".');

/** A previous saved version of a draft: the vault numbers every save (its revision). */
export const RevisionSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** NCSC-style advice is "three random words"; 8 characters is the floor we enforce for a new one. */
export const NEW_PASSPHRASE_MIN_LENGTH = 8;
/** Far above any real passphrase; bounds the scrypt input a hostile page can send. */
export const PASSPHRASE_MAX_LENGTH = 1024;

/** A passphrase typed to unlock something (checked only by whether decryption succeeds). */
export const PassphraseSchema = z
  .string()
  .min(1, 'Enter your passphrase.')
  .max(PASSPHRASE_MAX_LENGTH, `A passphrase is at most ${PASSPHRASE_MAX_LENGTH} characters.`);

/** A passphrase being chosen (vault set-up, bundle export). */
export const NewPassphraseSchema = z
  .string()
  .min(NEW_PASSPHRASE_MIN_LENGTH, `Choose a passphrase of at least ${NEW_PASSPHRASE_MIN_LENGTH} characters, for example three random words.`)
  .max(PASSPHRASE_MAX_LENGTH, `A passphrase is at most ${PASSPHRASE_MAX_LENGTH} characters.`);

/** A draft's title as the user may rename it. */
export const DraftTitleSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name for the draft.')
  .max(200, 'A draft name is at most 200 characters.');

/** The draft as it crosses IPC (DRAFT-CONTRACT.md: loose, every field optional, `schemaVersion: 2`). */
export const DraftPayloadSchema = C100DraftSchema;

/** Methods that take nothing accept no argument or an empty object. */
export const EmptyRequestSchema = z.strictObject({}).optional();

const ISO_TIMESTAMP = z.string().max(40);

// ---------------------------------------------------------------------------------------------
// Values

/** How the vault key is protected (issue 4 "Vault"): the OS key store or the user's passphrase. */
export const KEY_BACKENDS = ['safeStorage', 'passphrase'] as const;
export type KeyBackend = (typeof KEY_BACKENDS)[number];

/**
 * The vault as the renderer needs to know it:
 * - `needs-setup`: no vault yet and no protected OS key store: ask for a new passphrase;
 * - `locked`: ask for the passphrase (or, after a backend change, offer it);
 * - `unlocked`: drafts can be listed and opened.
 */
export const VaultStatusSchema = z.object({
  state: z.enum(['needs-setup', 'locked', 'unlocked']),
  /** The backend this vault's key is wrapped with; `null` before set-up. */
  keyBackend: z.enum(KEY_BACKENDS).nullable(),
  /** Whether this computer offers an OS key store that really protects the key. */
  protectedStorageAvailable: z.boolean(),
  /** The recorded backend no longer works here: tell the user plainly and offer the passphrase. */
  backendChanged: z.boolean(),
  /** Whether a passphrase can unlock the vault (always true where no protected key store exists). */
  passphraseSet: z.boolean(),
  /** A problem with the key file the user must be told about (missing, damaged), else null. */
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** Where the encrypted drafts live (shown to the user; "Open drafts folder" in the menu). */
  draftsFolder: z.string(),
});
export type VaultStatus = z.infer<typeof VaultStatusSchema>;

/** One line of the drafts list. */
export const DraftSummarySchema = z.object({
  id: DraftIdSchema,
  /** Built from the parties' names unless the user renamed the draft. */
  title: z.string(),
  createdAt: ISO_TIMESTAMP,
  updatedAt: ISO_TIMESTAMP,
  /** Rough progress through the journey, 0 to 100; null when not known. */
  completeness: z.number().min(0).max(100).nullable(),
  /** Set when the draft cannot be opened (damaged file, newer format): offer its previous versions. */
  problem: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

export const OpenedDraftSchema = z.object({
  summary: DraftSummarySchema,
  draft: DraftPayloadSchema,
});
export type OpenedDraft = z.infer<typeof OpenedDraftSchema>;

/** A deleted draft, kept in the bin for 30 days (issue 4 "Vault"). */
export const BinEntrySchema = z.object({
  id: DraftIdSchema,
  title: z.string(),
  deletedAt: ISO_TIMESTAMP,
  /** After this moment the draft is gone for good. */
  purgeAfter: ISO_TIMESTAMP,
});
export type BinEntry = z.infer<typeof BinEntrySchema>;

export const DraftVersionSchema = z.object({
  revision: RevisionSchema,
  savedAt: ISO_TIMESTAMP,
  /** False when this version failed its integrity check (it cannot be restored). */
  readable: z.boolean(),
});
export type DraftVersion = z.infer<typeof DraftVersionSchema>;

const cancelled = z.object({ status: z.literal('cancelled') });

export const ExportBundleResultSchema = z.discriminatedUnion('status', [
  cancelled,
  z.object({ status: z.literal('saved'), filePath: z.string() }),
]);
export type ExportBundleResult = z.infer<typeof ExportBundleResultSchema>;

export const ImportBundleResultSchema = z.discriminatedUnion('status', [
  cancelled,
  z.object({ status: z.literal('imported'), summary: DraftSummarySchema }),
]);
export type ImportBundleResult = z.infer<typeof ImportBundleResultSchema>;

/** Export choices (issue 5 "Statement of truth and export"). */
export const PdfExportOptionsSchema = z.strictObject({
  /** `editable` keeps the form fields; `flattened` prints them into the page. */
  mode: z.enum(['editable', 'flattened']),
  /** `separate`: one file per form; `combined`: one file with C100, C1A and C8 in order. */
  layout: z.enum(['separate', 'combined']),
});
export type PdfExportOptions = z.infer<typeof PdfExportOptionsSchema>;

/** The forms a produced file can contain. */
export const PRODUCED_DOCUMENTS = ['C100', 'C1A', 'C8', 'continuation'] as const;

export const ProducedPdfSchema = z.object({
  fileName: z.string(),
  path: z.string(),
  contains: z.array(z.enum(PRODUCED_DOCUMENTS)),
  pageCount: z.number().int().min(0),
});
export type ProducedPdf = z.infer<typeof ProducedPdfSchema>;

export const ExportPdfResultSchema = z.discriminatedUnion('status', [
  cancelled,
  z.object({ status: z.literal('saved'), folder: z.string(), files: z.array(ProducedPdfSchema) }),
]);
export type ExportPdfResult = z.infer<typeof ExportPdfResultSchema>;

/** Where the official C100 PDF stands (DESIGN.md "The official PDF"). */
export const TemplateStatusSchema = z.object({
  state: z.enum(['ready', 'missing', 'invalid']),
  /** Where the template was found, if anywhere. */
  location: z.string().nullable(),
  /** The edition recognised, e.g. "C100 04.24". */
  edition: z.string().nullable(),
  /** A plain sentence for the user: what was found, or what to do. */
  message: z.string(),
});
export type TemplateStatus = z.infer<typeof TemplateStatusSchema>;

export const ImportTemplateResultSchema = z.discriminatedUnion('status', [
  cancelled,
  z.object({ status: z.literal('imported'), template: TemplateStatusSchema }),
]);
export type ImportTemplateResult = z.infer<typeof ImportTemplateResultSchema>;

/** Auto-lock choices, in minutes of idle time; `null` means never. */
export const AUTO_LOCK_MINUTES_MAX = 240;
export const ShellSettingsSchema = z.strictObject({
  autoLockMinutes: z.number().int().min(1).max(AUTO_LOCK_MINUTES_MAX).nullable(),
});
export type ShellSettings = z.infer<typeof ShellSettingsSchema>;

// ---------------------------------------------------------------------------------------------
// The method table

const draftRef = z.strictObject({ id: DraftIdSchema });

/** Request and response schema of every HostApi method. */
export const HOST_METHODS = {
  vaultStatus: { request: EmptyRequestSchema, response: VaultStatusSchema },
  // Without a passphrase: unlock with the OS key store (safeStorage), where the vault is wrapped by it.
  unlockVault: { request: z.strictObject({ passphrase: PassphraseSchema.optional() }).optional(), response: VaultStatusSchema },
  setUpPassphrase: { request: z.strictObject({ passphrase: NewPassphraseSchema }), response: VaultStatusSchema },
  lockVault: { request: EmptyRequestSchema, response: VaultStatusSchema },
  createDraft: { request: z.strictObject({ draft: DraftPayloadSchema.optional() }).optional(), response: OpenedDraftSchema },
  listDrafts: { request: EmptyRequestSchema, response: z.array(DraftSummarySchema) },
  openDraft: { request: draftRef, response: OpenedDraftSchema },
  saveDraft: { request: z.strictObject({ id: DraftIdSchema, draft: DraftPayloadSchema }), response: DraftSummarySchema },
  renameDraft: { request: z.strictObject({ id: DraftIdSchema, title: DraftTitleSchema }), response: DraftSummarySchema },
  duplicateDraft: { request: draftRef, response: DraftSummarySchema },
  deleteDraft: { request: draftRef, response: BinEntrySchema },
  listBin: { request: EmptyRequestSchema, response: z.array(BinEntrySchema) },
  restoreFromBin: { request: draftRef, response: DraftSummarySchema },
  listVersions: { request: draftRef, response: z.array(DraftVersionSchema) },
  restoreVersion: { request: z.strictObject({ id: DraftIdSchema, revision: RevisionSchema }), response: OpenedDraftSchema },
  exportBundle: { request: z.strictObject({ id: DraftIdSchema, passphrase: NewPassphraseSchema }), response: ExportBundleResultSchema },
  importBundle: { request: z.strictObject({ passphrase: PassphraseSchema }), response: ImportBundleResultSchema },
  exportPdf: { request: z.strictObject({ id: DraftIdSchema, options: PdfExportOptionsSchema }), response: ExportPdfResultSchema },
  templateStatus: { request: EmptyRequestSchema, response: TemplateStatusSchema },
  importTemplate: { request: EmptyRequestSchema, response: ImportTemplateResultSchema },
  openHelpLink: { request: z.strictObject({ url: z.string().max(2048) }), response: z.object({ opened: z.literal(true) }) },
  getSettings: { request: EmptyRequestSchema, response: ShellSettingsSchema },
  updateSettings: { request: z.strictObject({ settings: ShellSettingsSchema }), response: ShellSettingsSchema },
} as const satisfies Record<HostMethodName, { request: z.ZodType; response: z.ZodType }>;

/** What the renderer passes to a method (before parsing). */
export type HostRequest<M extends HostMethodName> = z.input<(typeof HOST_METHODS)[M]['request']>;
/** What a method's handler receives (after parsing). */
export type HostParsedRequest<M extends HostMethodName> = z.output<(typeof HOST_METHODS)[M]['request']>;
/** What a successful call answers. */
export type HostValue<M extends HostMethodName> = z.output<(typeof HOST_METHODS)[M]['response']>;

/** A method whose request may be left out takes an optional argument. */
type HostCall<Req, Value> = undefined extends Req
  ? (request?: Req) => Promise<HostResult<Value>>
  : (request: Req) => Promise<HostResult<Value>>;

/** `window.c100`: the whole of what the renderer can ask of the host. */
export type HostApi = { [M in HostMethodName]: HostCall<HostRequest<M>, HostValue<M>> } & {
  /** Listen to menu commands and auto-lock; returns a function that stops listening. */
  onShellEvent(listener: (event: ShellEvent) => void): () => void;
};

/** The channel of a method (re-exported here so callers need one import). */
export function channelOf(method: HostMethodName): string {
  return HOST_CHANNELS[method];
}
