/**
 * The PDF export service (issue 3; DESIGN.md data flow step 5): from a stored draft to the files
 * the user takes to court. Used by `c100 fill` and by the desktop's export handler. Plain Node.
 *
 * It trusts nothing it is given: the draft is migrated and parsed again, `toApplication` decides
 * whether it is complete, and the template is located and verified here. Then the document set is
 * built (`buildDocumentSet`) and every file is written atomically into the chosen folder without
 * ever replacing an existing file silently ("C100 (2).pdf"), unless `overwrite` is set.
 *
 * Outcomes:
 * - complete draft + template: the C100 (editable or flattened, with continuation sheets), the C1A
 *   and C8 when they apply (separate or combined; the C8 always apart) and the review copy;
 * - incomplete draft: the review copy only, listing what is still to answer (`complete: false`);
 * - no template found anywhere: the review copy only, and `templateMissing` says where to get the
 *   official form (GOV.UK, form C100).
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { C100DraftSchema } from '../../../forms/c100/draft';
import type { C100Draft } from '../../../forms/c100/draft';
import { C100_DOWNLOAD_URL } from '../../../forms/c100/pdf/c100Widgets';
import type { C100Template } from '../../../forms/c100/pdf/C100Template';
import { buildDocumentSet } from '../../../forms/c100/pdf/documentSet';
import type { DocumentFileName, DocumentSet } from '../../../forms/c100/pdf/documentSet';
import { toApplication } from '../../../forms/c100/toApplication';
import type { ApplicationIssue } from '../../../forms/c100/toApplication';
import { migrateDraft } from '../../../forms/drafts';
import { TemplateNotFoundError, loadTemplate } from '../template/locateTemplate';
import type { TemplateLocation } from '../template/locateTemplate';
import { ExportBuildError, ExportFolderError, ExportWriteError, NotADraftError } from './exportErrors';
import { loadFonts } from './loadFonts';
import { FileExistsError, numberedName, writeNewFile } from './writeNewFile';

export interface ExportDocumentSetOptions {
  /** Folder to write into; created if missing. */
  readonly outDir: string;
  /** Flatten the C100 for printing and signing (default: editable). */
  readonly flatten?: boolean;
  /** The C100 and the C1A in one PDF (the C8 always stays separate). */
  readonly combined?: boolean;
  /** Replace files of the same name instead of adding " (2)". Default false. */
  readonly overwrite?: boolean;
  /** A template already loaded (batch work parses it once); otherwise it is located. */
  readonly template?: { readonly template: C100Template; readonly location?: TemplateLocation };
  /** `--template PATH` (otherwise C100_TEMPLATE, the imported copy, ../shared/forms). */
  readonly templatePath?: string;
  /** Where the imported template lives (the app's data folder). */
  readonly dataDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Repository root for the ../shared/forms fallback (tests); default the package root. */
  readonly repoRoot?: string;
  /** ISO date the application is checked against (default today). */
  readonly today?: string;
  /** Metadata dates of the PDFs; omit for repeatable output. */
  readonly date?: Date;
}

export interface ExportedFile {
  /** The document ('C100.pdf' …) and where it was written (may be "C100 (2).pdf"). */
  readonly document: DocumentFileName;
  readonly path: string;
  readonly pages: number;
  readonly bytes: number;
  readonly description: string;
}

export interface TemplateMissingNote {
  readonly message: string;
  readonly downloadUrl: string;
  readonly searched: readonly string[];
}

export interface ExportDocumentSetResult {
  /** Every file written, in order. */
  readonly written: ExportedFile[];
  /** true when the draft is a complete application. */
  readonly complete: boolean;
  /** What is still to answer or fix (empty when complete). */
  readonly issues: ApplicationIssue[];
  readonly supplements: DocumentSet['supplements'];
  readonly continuationSheets: DocumentSet['continuationSheets'];
  /** Plain-words reasons for each file (and for what was not made). */
  readonly reasons: string[];
  /** Confidential values found in free text and replaced in the C100 and C1A. */
  readonly redactions: number;
  /** The template used, when one was. */
  readonly template?: TemplateLocation;
  /** Set when no template was found: only the review copy was written. */
  readonly templateMissing?: TemplateMissingNote;
  /** The draft was in an older format and was migrated in memory (the stored file is unchanged). */
  readonly migratedFrom?: number;
}

/**
 * Parse a stored draft (any supported format version).
 * @throws NotADraftError
 */
export function parseDraft(raw: unknown): { draft: C100Draft; migratedFrom?: number } {
  let migrated;
  try {
    migrated = migrateDraft(raw);
  } catch (error) {
    throw new NotADraftError(error instanceof Error ? error.message : String(error));
  }
  const parsed = C100DraftSchema.safeParse(migrated.draft);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new NotADraftError(first ? `${first.path.join('.') || 'the document'}: ${first.message}` : 'it does not match the draft format');
  }
  return { draft: parsed.data, ...(migrated.migratedFrom !== undefined ? { migratedFrom: migrated.migratedFrom } : {}) };
}

async function prepareFolder(outDir: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
    if (!(await stat(outDir)).isDirectory()) throw new ExportFolderError(outDir, 'it is a file, not a folder');
  } catch (error) {
    if (error instanceof ExportFolderError) throw error;
    throw new ExportFolderError(outDir, (error as NodeJS.ErrnoException).code ?? 'cannot be created');
  }
}

/** The smallest n ≥ 1 for which none of the set's names exists, so one export's files keep one suffix. */
async function freeSuffix(outDir: string, names: readonly string[]): Promise<number> {
  for (let n = 1; ; n++) {
    const taken = await Promise.all(names.map((name) => stat(path.join(outDir, numberedName(name, n))).then(() => true, () => false)));
    if (!taken.includes(true)) return n;
  }
}

async function writeSet(outDir: string, files: DocumentSet['files'], overwrite: boolean): Promise<ExportedFile[]> {
  const written: ExportedFile[] = [];
  let n = overwrite ? 1 : await freeSuffix(outDir, files.map((f) => f.name));
  for (const file of files) {
    for (;;) {
      const target = path.join(outDir, numberedName(file.name, n));
      try {
        await writeNewFile(target, file.bytes, { overwrite });
        written.push({ document: file.name, path: target, pages: file.pages, bytes: file.bytes.length, description: file.description });
        break;
      } catch (error) {
        // Someone created the name since we looked: take the next number for this file.
        if (error instanceof FileExistsError) {
          n += 1;
          continue;
        }
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new ExportFolderError(outDir, code);
        throw new ExportWriteError(target, code ?? (error instanceof Error ? error.message : 'unknown error'));
      }
    }
  }
  return written;
}

/**
 * Export the document set of a draft into `options.outDir`.
 *
 * @example
 *   const result = await exportDocumentSet(JSON.parse(text), { outDir: '/home/me/C100', flatten: true });
 *   for (const file of result.written) console.log(file.path, file.pages);
 *   if (result.templateMissing) console.log(result.templateMissing.message);
 *
 * @throws NotADraftError (not a draft), ExportFolderError (folder unusable), ExportWriteError,
 *   ExportBuildError (a defect while building), TemplateUnreadableError and the C100TemplateError
 *   subclasses (a template was found or named but is not the official C100 04.24: nothing is written).
 */
export async function exportDocumentSet(rawDraft: unknown, options: ExportDocumentSetOptions): Promise<ExportDocumentSetResult> {
  const { draft, migratedFrom } = parseDraft(rawDraft);
  const checked = toApplication(draft, options.today ? { today: options.today } : {});
  const issues = checked.ok ? [] : checked.issues;

  let template = options.template;
  let templateMissing: TemplateMissingNote | undefined;
  if (!template && checked.ok) {
    try {
      template = await loadTemplate({
        ...(options.templatePath ? { explicitPath: options.templatePath } : {}),
        ...(options.env ? { env: options.env } : {}),
        ...(options.dataDir ? { dataDir: options.dataDir } : {}),
        ...(options.repoRoot ? { repoRoot: options.repoRoot } : {}),
      });
    } catch (error) {
      // Only "found nowhere" falls back to the review copy; a named or found file that is not the
      // official form is refused, so a wrong template never goes unnoticed.
      if (!(error instanceof TemplateNotFoundError)) throw error;
      templateMissing = { message: error.message, downloadUrl: C100_DOWNLOAD_URL, searched: error.searched };
    }
  }

  await prepareFolder(options.outDir);
  let set: DocumentSet;
  try {
    set = await buildDocumentSet({
      ...(template ? { template: template.template } : {}),
      fonts: await loadFonts(),
      draft,
      ...(checked.ok ? { application: checked.application } : { issues }),
      options: { flatten: options.flatten === true, combined: options.combined === true, ...(options.date ? { date: options.date } : {}) },
    });
  } catch (error) {
    // Field-map defects (UnknownWidgetError, UnknownCheckBoxOptionError) and pdf-lib failures are
    // not the user's doing: one class, the original kept as `cause`.
    throw new ExportBuildError(error);
  }
  const written = await writeSet(options.outDir, set.files, options.overwrite === true);
  return {
    written,
    complete: checked.ok,
    issues,
    supplements: set.supplements,
    continuationSheets: set.continuationSheets,
    reasons: templateMissing ? [...set.reasons, templateMissing.message] : set.reasons,
    redactions: set.redactions,
    ...(template?.location ? { template: template.location } : {}),
    ...(templateMissing ? { templateMissing } : {}),
    ...(migratedFrom !== undefined ? { migratedFrom } : {}),
  };
}
