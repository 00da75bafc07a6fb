/**
 * Binds `window.c100` in a Playwright page to the REAL Node services (issue 5 "Done when"): the
 * encrypted vault in a temp folder, the host handlers and their zod parsing (`dispatchHostCall`), and
 * whatever template and PDF services `createHostServices` provides. Only the parts that need a person
 * are stand-ins: native dialogs answer with temp paths, and help links are recorded, not opened.
 *
 * In the page, `window.c100` is a frozen object whose methods forward to one exposed binding, as the
 * preload forwards to `ipcRenderer.invoke`; requests and answers cross as structured clones.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { HOST_METHOD_NAMES, type ShellEventKind } from '../../../forms/host/channels';
import type { HostResult } from '../../../forms/host/hostResult';
import { createHostHandlers, type HostHandlers } from '../../../electron/services/host/createHostHandlers';
import { createHostServices, type HostServices } from '../../../electron/services/host/createHostServices';
import { dispatchHostCall, isHostMethodName } from '../../../electron/services/host/dispatchHostCall';
import type { SafeStorageLike } from '../../../electron/services/vault';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The official template beside the repository (never committed: COMMON.md). */
export const TEMPLATE_PATH = path.resolve(repoRoot, '..', 'shared', 'forms', 'C100-04.24.pdf');

/** The lowest scrypt cost the vault accepts: the e2e tests are about the app, not key stretching. */
const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

/** The passphrase the harness sets up by default (long enough for `NewPassphraseSchema`). */
export const DEFAULT_PASSPHRASE = 'purple otter lantern';

/** Linux `basic_text`: available but not protecting anything, so the vault asks for a passphrase. */
const unprotectedSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: () => {
    throw new Error('safeStorage is not available in the e2e harness');
  },
  decryptString: () => {
    throw new Error('safeStorage is not available in the e2e harness');
  },
};

export interface BindHostOptions {
  /** Set up (and so unlock) the vault with this passphrase before the page loads; `null` leaves it new. */
  passphrase?: string | null;
}

export interface HostCallRecord {
  method: string;
  ok: boolean;
  errorCode?: string;
}

export interface BoundHost {
  /** The vault's temp data folder. */
  dataDir: string;
  /** Where "export" dialogs point: a temp folder the test can read the PDFs from. */
  exportDir: string;
  /** Help links the page asked to open, in order. */
  openedLinks: string[];
  /** Every call the page made, in order (method, success, error code). */
  calls: HostCallRecord[];
  /** The handlers, for the test to arrange or inspect state directly (e.g. read a saved draft). */
  handlers: HostHandlers;
  /** Sends a shell event (menu command, auto-lock) to the page, as main does. */
  emitShellEvent(kind: ShellEventKind): Promise<void>;
  /** Closes the vault (releases its lock) and deletes the temp folders. */
  close(): Promise<void>;
}

const BINDING = '__c100HostCall';
const SHELL_EVENT_HOOK = '__c100ShellEvent';

/** Binds `window.c100` for every page load of `page`. Call before the first `page.goto`. */
export async function bindHost(page: Page, options: BindHostOptions = {}): Promise<BoundHost> {
  const base = await mkdtemp(path.join(tmpdir(), 'c100-e2e-'));
  const dataDir = path.join(base, 'data');
  const exportDir = await mkdtemp(path.join(base, 'export-'));
  const openedLinks: string[] = [];
  const calls: HostCallRecord[] = [];
  let services: HostServices;
  try {
    services = await createHostServices({
      safeStorage: unprotectedSafeStorage,
      dataDir,
      // The official template beside the checkout (../shared/forms/), as TEMPLATE_PATH says.
      repoRoot,
      vaultOptions: { scrypt: FAST_SCRYPT },
      dialogs: {
        chooseExportFolder: async () => exportDir,
        chooseBundleSaveFile: async (suggestedName) => path.join(exportDir, suggestedName),
        chooseBundleOpenFile: async () => undefined,
        chooseTemplateFile: async () => TEMPLATE_PATH,
      },
      external: {
        open: async (url) => {
          openedLinks.push(url);
        },
      },
    });
  } catch (error) {
    await rm(base, { recursive: true, force: true });
    throw error;
  }
  const handlers = createHostHandlers(services.ports);
  const passphrase = options.passphrase === undefined ? DEFAULT_PASSPHRASE : options.passphrase;
  if (passphrase !== null) await handlers.setUpPassphrase({ passphrase });

  await page.exposeBinding(BINDING, async (_source, method: unknown, request: unknown): Promise<HostResult<unknown>> => {
    if (!isHostMethodName(method)) return { ok: false, error: { code: 'forbidden', message: 'Unknown host method.' } };
    const result = await dispatchHostCall(method, request, handlers, (name, error) => console.error(`host ${name} failed:`, error));
    calls.push(result.ok ? { method, ok: true } : { method, ok: false, errorCode: result.error.code });
    return result;
  });
  // Plain JavaScript text, not a serialised function: tsx and esbuild may add helpers (`__name`) to a
  // function's source that do not exist in the page.
  await page.addInitScript({ content: hostInitScript([...HOST_METHOD_NAMES]) });

  return {
    dataDir,
    exportDir,
    openedLinks,
    calls,
    handlers,
    emitShellEvent: async (kind) => {
      await page.evaluate(({ hook, event }) => (window as unknown as Record<string, (event: unknown) => void>)[hook]?.(event), {
        hook: SHELL_EVENT_HOOK,
        event: { kind },
      });
    },
    close: async () => {
      await services.close();
      await rm(base, { recursive: true, force: true });
    },
  };
}

/** The page side of the binding: `window.c100`, frozen, one method per HostApi method. */
function hostInitScript(methods: readonly string[]): string {
  return `(() => {
  const listeners = new Set();
  const forward = window[${JSON.stringify(BINDING)}];
  const api = {};
  for (const method of ${JSON.stringify(methods)}) api[method] = (request) => forward(method, request);
  api.onShellEvent = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  Object.defineProperty(window, ${JSON.stringify(SHELL_EVENT_HOOK)}, { value: (event) => listeners.forEach((listener) => listener(event)) });
  Object.defineProperty(window, 'c100', { value: Object.freeze(api), enumerable: true });
})();`;
}
