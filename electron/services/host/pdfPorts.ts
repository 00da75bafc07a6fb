/**
 * The template store and PDF export behind HostApi: plain Node, over the template locator and the
 * export service. The verified, repaired template is parsed once and kept while its file is unchanged
 * (parsing costs ~300 ms; a fill reuses it).
 */
import { stat } from 'node:fs/promises';
import { C100TemplateError } from '../../../forms/c100/pdf/errors';
import type { C100Template } from '../../../forms/c100/pdf/C100Template';
import { HostCallError, type ProducedPdf, type TemplateStatus } from '../../../forms/host';
import { ExportFolderError, ExportWriteError, NotADraftError } from '../pdf/exportErrors';
import { exportDocumentSet } from '../pdf/exportDocumentSet';
import type { DocumentFileName } from '../../../forms/c100/pdf/documentSet';
import {
  TemplateNotFoundError,
  TemplateUnreadableError,
  importTemplate,
  loadTemplate,
  type TemplateLocation,
} from '../template/locateTemplate';
import type { PdfExportPort, TemplatePort } from './hostPorts';

const EDITION = 'C100 04.24';

interface LoadedTemplate {
  location: TemplateLocation;
  template: C100Template;
  mtimeMs: number;
}

export interface PdfPortsOptions {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** Repository root for the ../shared/forms fallback (tests). */
  repoRoot?: string;
}

/** What each produced file contains, for the "what was produced" page. */
const CONTENTS: Record<DocumentFileName, ProducedPdf['contains']> = {
  'C100.pdf': ['C100'],
  'C1A.pdf': ['C1A'],
  'C8.pdf': ['C8'],
  'C100-review-copy.pdf': [],
  'C100-application-set.pdf': ['C100', 'C1A'],
};

export function createPdfPorts(options: PdfPortsOptions): { template: TemplatePort; pdf: PdfExportPort } {
  let cached: LoadedTemplate | undefined;

  async function load(): Promise<LoadedTemplate> {
    if (cached) {
      const mtimeMs = await stat(cached.location.path).then((s) => s.mtimeMs, () => -1);
      if (mtimeMs === cached.mtimeMs) return cached;
    }
    const { location, template } = await loadTemplate({ dataDir: options.dataDir, env: options.env, repoRoot: options.repoRoot });
    const mtimeMs = (await stat(location.path)).mtimeMs;
    cached = { location, template, mtimeMs };
    return cached;
  }

  async function status(): Promise<TemplateStatus> {
    try {
      const { location } = await load();
      return { state: 'ready', location: location.path, edition: EDITION, message: `Using the official ${EDITION} form.` };
    } catch (error) {
      cached = undefined;
      if (error instanceof TemplateNotFoundError) return { state: 'missing', location: null, edition: null, message: error.message };
      if (error instanceof C100TemplateError || error instanceof TemplateUnreadableError) {
        return { state: 'invalid', location: null, edition: null, message: error.message };
      }
      throw error;
    }
  }

  const template: TemplatePort = {
    status,
    importFrom: async (filePath) => {
      try {
        await importTemplate(filePath, { dataDir: options.dataDir, env: options.env });
      } catch (error) {
        if (error instanceof C100TemplateError || error instanceof TemplateUnreadableError) {
          throw new HostCallError('template_invalid', error.message);
        }
        throw error;
      }
      cached = undefined;
      return status();
    },
  };

  const pdf: PdfExportPort = {
    exportPdf: async ({ draft, options: choice, folder }) => {
      let loaded: LoadedTemplate;
      try {
        loaded = await load();
      } catch (error) {
        if (error instanceof Error) throw new HostCallError('template_missing', error.message);
        throw error;
      }
      try {
        const result = await exportDocumentSet(draft, {
          outDir: folder,
          flatten: choice.mode === 'flattened',
          combined: choice.layout === 'combined',
          template: { template: loaded.template, location: loaded.location },
          dataDir: options.dataDir,
          env: options.env,
          date: new Date(),
        });
        if (!result.complete) {
          // Only the review copy was written: say what is left, so the user can finish the answers.
          const first = result.issues[0];
          throw new HostCallError(
            'incomplete',
            `Your application is not finished${first ? `: ${first.message}` : ''}. Only the review copy was saved, in ${folder}.`,
          );
        }
        return result.written.map((file) => ({
          fileName: file.path.split(/[\\/]/).pop() ?? file.document,
          path: file.path,
          contains: [...CONTENTS[file.document], ...(result.continuationSheets.length > 0 && CONTENTS[file.document].includes('C100') ? (['continuation'] as const) : [])],
          pageCount: file.pages,
        }));
      } catch (error) {
        if (error instanceof HostCallError) throw error;
        if (error instanceof NotADraftError) throw new HostCallError('damaged', error.message);
        if (error instanceof ExportFolderError || error instanceof ExportWriteError) throw new HostCallError('io', error.message);
        throw error;
      }
    },
  };
  return { template, pdf };
}
