/**
 * A stand-in for the 'electron' module, for `vi.mock('electron', ...)`. The real module cannot be
 * loaded here: since Electron 42 even `require('electron')` tries to download the binary (DESIGN.md).
 * The fakes record what the shell does (windows created, handlers registered, menus built) and let
 * the tests fire events (navigation, permission requests, IPC calls from a chosen frame).
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame = { url: 'app://c100/index.html', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly sent: { channel: string; payload: unknown }[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  /** Emits a cancellable event the way Electron does and tells whether a listener refused it. */
  emitCancellable(eventName: string, ...args: unknown[]): boolean {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true), url: typeof args[0] === 'string' ? args[0] : '' };
    this.emit(eventName, event, ...args);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    // Electron announces every new web contents on `app` before the page loads.
    fakeApp.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  show() {}
}

type Handler = (...args: never[]) => unknown;

class FakeApp extends EventEmitter {
  isPackaged = true;
  singleInstance = true;
  readonly enableSandbox = vi.fn();
  readonly quit = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.singleInstance);
  whenReady() {
    return Promise.resolve();
  }
}
const fakeApp = new FakeApp();

class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
  handle(channel: string, handler: (event: unknown, request: unknown) => Promise<unknown>) {
    // Electron refuses a second handler on one channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  /** Calls a handler as if `frame` of `sender` had invoked it. */
  invoke(channel: string, sender: FakeWebContents, frame: FakeFrame | null, request?: unknown) {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler for ${channel}`);
    return handler({ sender, senderFrame: frame }, request);
  }
}

const sessionHandlers = new Map<string, Handler>();
const fakeSession = {
  setPermissionRequestHandler: (handler: Handler) => sessionHandlers.set('permissionRequest', handler),
  setPermissionCheckHandler: (handler: Handler) => sessionHandlers.set('permissionCheck', handler),
  setDevicePermissionHandler: (handler: Handler) => sessionHandlers.set('devicePermission', handler),
  setDisplayMediaRequestHandler: (handler: Handler) => sessionHandlers.set('displayMedia', handler),
  webRequest: {
    onBeforeRequest: (handler: Handler) => sessionHandlers.set('beforeRequest', handler),
    onHeadersReceived: (handler: Handler) => sessionHandlers.set('headersReceived', handler),
  },
};

const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response>>();
const powerMonitor = Object.assign(new EventEmitter(), { getSystemIdleTime: vi.fn(() => 0) });

export const fake = {
  app: fakeApp,
  ipcMain: new FakeIpcMain(),
  sessionHandlers,
  protocolHandlers,
  powerMonitor,
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => protocolHandlers.set(scheme, handler),
  },
  shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  dialog: {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    showErrorBox: vi.fn(),
  },
  safeStorage: {
    isEncryptionAvailable: vi.fn(() => false),
    getSelectedStorageBackend: vi.fn(() => 'basic_text'),
    encryptString: vi.fn((text: string) => Buffer.from(text)),
    decryptString: vi.fn((bytes: Buffer) => bytes.toString()),
  },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => undefined), on: vi.fn(), removeListener: vi.fn() },
};

/** The module object `vi.mock('electron', ...)` answers with. */
export const fakeElectronModule = {
  app: fake.app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: fake.ipcMain,
  protocol: fake.protocol,
  session: { defaultSession: fakeSession },
  shell: fake.shell,
  Menu: fake.Menu,
  dialog: fake.dialog,
  safeStorage: fake.safeStorage,
  powerMonitor: fake.powerMonitor,
  contextBridge: fake.contextBridge,
  ipcRenderer: fake.ipcRenderer,
};

/** Forgets everything recorded, between tests. */
export function resetFakeElectron() {
  fake.app.removeAllListeners();
  fake.app.isPackaged = true;
  fake.app.singleInstance = true;
  fake.powerMonitor.removeAllListeners();
  fake.ipcMain.handlers.clear();
  sessionHandlers.clear();
  protocolHandlers.clear();
  FakeBrowserWindow.instances.length = 0;
  vi.clearAllMocks();
}
