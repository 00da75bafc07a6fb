/**
 * The desktop shell: wires Electron to the host services. Thin glue, and the only module (with the
 * preload) that imports 'electron' at run time (DESIGN.md "Layers"). Every security decision lives
 * in a small helper next to this file, each tested with `electron` mocked; `docs/security.md` maps
 * them onto Electron's security checklist.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { HELP_LINKS, SHELL_EVENT_CHANNEL, normaliseHelpUrl, type ShellEventKind } from '../../forms/host';
import { createHostHandlers, type HostHandlers } from '../services/host/createHostHandlers';
import type { HostPorts } from '../services/host/hostPorts';
import type { SafeStorageLike } from '../services/vault/safeStorageProvider';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, handleAppProtocol } from './appProtocol';
import { buildMenuTemplate } from './applicationMenu';
import { startAutoLock } from './autoLock';
import { hardenSession } from './hardenSession';
import { hardenWebContents } from './hardenWebContents';
import { createNativeDialogs } from './nativeDialogs';
import { registerHostHandlers } from './registerHostHandlers';
import { createSafeStorageKeyProvider } from './safeStorageKeyProvider';
import { mainWindowOptions } from './webPreferences';

/** What main gives the service factory: everything the services need from Electron, as plain ports. */
export interface ShellServiceContext {
  safeStorage: SafeStorageLike;
  dialogs: HostPorts['dialogs'];
  external: HostPorts['external'];
}

/** The real services, or test doubles. */
export interface ShellServices {
  ports: HostPorts;
  /** The folder "Open drafts folder" shows. */
  draftsFolder: string;
  /** Releases the vault lock file and forgets keys (on quit). */
  close(): Promise<void>;
}

export interface ShellOptions {
  /** The built renderer (`dist/renderer`). */
  rendererDir: string;
  /** The built preload (`dist/electron/preload.cjs`). */
  preloadPath: string;
  createServices: (context: ShellServiceContext) => Promise<ShellServices>;
}

export interface ShellHandle {
  /** Resolves once the window is created and loading (rejects if start-up failed). */
  ready: Promise<void>;
  /** False when another instance already runs (this one quits at once). */
  primaryInstance: boolean;
  getMainWindow(): BrowserWindow | undefined;
  getHandlers(): HostHandlers | undefined;
}

export function startShell(options: ShellOptions): ShellHandle {
  // Must run before `ready`: `app://` gets real origins and counts as a secure context.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  // Sandbox every renderer, whatever a window's own preferences say (checklist item 4).
  app.enableSandbox();

  // Two app windows must never write one vault (issue 4); the vault's lock file covers the CLI.
  const primaryInstance = app.requestSingleInstanceLock();
  if (!primaryInstance) {
    app.quit();
    return { ready: Promise.resolve(), primaryInstance, getMainWindow: () => undefined, getHandlers: () => undefined };
  }

  let mainWindow: BrowserWindow | undefined;
  let handlers: HostHandlers | undefined;
  let services: ShellServices | undefined;
  const liveWindow = () => (mainWindow !== undefined && !mainWindow.isDestroyed() ? mainWindow : undefined);

  const openHelpLink = (url: string) => {
    // Checklist item 15: only allow-listed https URLs reach the OS, re-checked at the last moment.
    const allowed = normaliseHelpUrl(url);
    if (allowed !== undefined) void shell.openExternal(allowed);
  };
  const sendShellEvent = (kind: ShellEventKind) => liveWindow()?.webContents.send(SHELL_EVENT_CHANNEL, { kind });
  const logError = (where: string, error: unknown) => console.error(`[c100] ${where}:`, error);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openHelpLink));
  app.on('second-instance', () => {
    const window = liveWindow();
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void services?.close().catch((error: unknown) => logError('close', error));
  });

  const ready = app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    handleAppProtocol(protocol, options.rendererDir);

    services = await options.createServices({
      safeStorage: createSafeStorageKeyProvider(safeStorage),
      dialogs: createNativeDialogs(dialog, liveWindow),
      external: {
        open: async (url) => {
          const allowed = normaliseHelpUrl(url);
          if (allowed !== undefined) await shell.openExternal(allowed);
        },
      },
    });
    const ports = services.ports;
    const activeHandlers = createHostHandlers(ports);
    handlers = activeHandlers;
    registerHostHandlers({
      ipcMain,
      handlers: activeHandlers,
      getTrustedContents: () => liveWindow()?.webContents,
      logError: (method, error) => logError(method, error),
    });

    const lockIfUnlocked = async () => {
      const status = await ports.vault.status();
      if (status.state !== 'unlocked') return;
      await ports.vault.lock();
      sendShellEvent('vault-locked');
    };
    let autoLockMinutes = (await ports.settings.get()).autoLockMinutes;
    const autoLock = startAutoLock({
      getIdleSeconds: () => powerMonitor.getSystemIdleTime(),
      getAutoLockMinutes: () => autoLockMinutes,
      lockIfUnlocked,
      onError: (error) => logError('auto-lock', error),
    });
    // Keep the cached setting in step with what the renderer saves.
    const updateSettings = ports.settings.update.bind(ports.settings);
    ports.settings.update = async (next) => {
      const saved = await updateSettings(next);
      autoLockMinutes = saved.autoLockMinutes;
      return saved;
    };
    powerMonitor.on('lock-screen', () => autoLock.lockNow());
    powerMonitor.on('suspend', () => autoLock.lockNow());

    const allowDevTools = !app.isPackaged;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          {
            save: () => sendShellEvent('save-requested'),
            exportPdf: () => sendShellEvent('export-requested'),
            lock: () => autoLock.lockNow(),
            openDraftsFolder: () => {
              if (services !== undefined) void shell.openPath(services.draftsFolder);
            },
            openHelp: () => openHelpLink(HELP_LINKS.c100Form),
          },
          { isMac: process.platform === 'darwin', allowDevTools },
        ),
      ),
    );

    const window = new BrowserWindow(mainWindowOptions(options.preloadPath, allowDevTools));
    mainWindow = window;
    window.once('ready-to-show', () => window.show());
    await window.loadURL(APP_ENTRY_URL);
  });
  ready.catch((error: unknown) => {
    logError('start-up', error);
    dialog.showErrorBox('C100 Prep could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });

  return { ready, primaryInstance, getMainWindow: liveWindow, getHandlers: () => handlers };
}
