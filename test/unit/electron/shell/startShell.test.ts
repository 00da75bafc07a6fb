/**
 * The main-process glue with `electron` mocked and the host services behind it (issue 4 "Done when":
 * webPreferences, CSP, handlers registered with the sender check, navigation / new-window /
 * permission denial, the openExternal allow-list).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, HOST_CHANNELS, HOST_METHOD_NAMES, SHELL_EVENT_CHANNEL } from '../../../../forms/host';
import { FakeBrowserWindow, fake, resetFakeElectron, type FakeWebContents } from './fakeElectron';
import { createMemoryHostPorts } from './memoryHostPorts';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectronModule);

const { startShell } = await import('../../../../electron/main/startShell');

let rendererDir: string;

beforeEach(async () => {
  resetFakeElectron();
  rendererDir = await mkdtemp(path.join(tmpdir(), 'c100-shell-'));
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>C100 Prep</title>');
});
afterEach(async () => {
  await rm(rendererDir, { recursive: true, force: true });
});

async function startedShell(ports = createMemoryHostPorts()) {
  const close = vi.fn(async () => undefined);
  const handle = startShell({
    rendererDir,
    preloadPath: '/app/dist/electron/preload.cjs',
    // The real link opener from main, so the test sees what reaches shell.openExternal.
    createServices: async (context) => {
      ports.external = context.external;
      return { ports, draftsFolder: '/data/C100 Prep', close };
    },
  });
  await handle.ready;
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('The shell created no window');
  return { handle, window, ports, close };
}

describe('the main window', () => {
  it('is created sandboxed, isolated, without Node, webviews or relaxed web security', async () => {
    const { window } = await startedShell();
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      devTools: false,
      preload: '/app/dist/electron/preload.cjs',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(fake.app.enableSandbox).toHaveBeenCalledOnce();
  });

  it('allows devtools only in an unpackaged (development) run', async () => {
    fake.app.isPackaged = false;
    const { window } = await startedShell();
    expect((window.options.webPreferences as Record<string, unknown>).devTools).toBe(true);
  });

  it('loads the renderer from the app:// protocol, registered as a privileged standard secure scheme', async () => {
    const { window } = await startedShell();
    expect(window.loadedUrl).toBe('app://c100/index.html');
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const privileges = fake.protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0]?.[0]?.privileges as Record<string, unknown>;
    expect(privileges).not.toHaveProperty('bypassCSP');
  });

  it('serves the renderer with the strict CSP header and refuses files outside the renderer folder', async () => {
    await mkdir(path.join(rendererDir, '..', path.basename(rendererDir) + '-secret'), { recursive: true });
    await writeFile(path.join(rendererDir, '..', path.basename(rendererDir) + '-secret', 'key.txt'), 'secret');
    await startedShell();
    const serve = fake.protocolHandlers.get('app');
    if (!serve) throw new Error('no app:// handler');
    const page = await serve({ url: 'app://c100/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('C100 Prep');
    const secret = `app://c100/..%2f${path.basename(rendererDir)}-secret/key.txt`;
    expect((await serve({ url: secret })).status).toBe(404);
    expect((await serve({ url: 'app://c100/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404);
    expect((await serve({ url: 'app://elsewhere/index.html' })).status).toBe(404);
  });

  it('adds the CSP to any other response the session sees', async () => {
    await startedShell();
    const onHeaders = fake.sessionHandlers.get('headersReceived') as unknown as (
      details: { responseHeaders: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    onHeaders({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('cancels every request that would leave the machine', async () => {
    await startedShell();
    const onBefore = fake.sessionHandlers.get('beforeRequest') as unknown as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    const decide = (url: string) => {
      const callback = vi.fn();
      onBefore({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    expect(decide('app://c100/assets/index.js')).toBe(false);
    expect(decide('https://www.gov.uk/')).toBe(true);
    expect(decide('http://localhost:5173/')).toBe(true);
    expect(decide('wss://evil.example/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });
});

describe('permissions', () => {
  it('refuses every permission request, check, device and screen capture', async () => {
    await startedShell();
    const request = fake.sessionHandlers.get('permissionRequest') as unknown as (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = fake.sessionHandlers.get('permissionCheck') as unknown as (...args: unknown[]) => boolean;
    expect(check({}, 'media', 'app://c100', {})).toBe(false);
    const device = fake.sessionHandlers.get('devicePermission') as unknown as (...args: unknown[]) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://c100' })).toBe(false);
    const display = fake.sessionHandlers.get('displayMedia') as unknown as (request: unknown, cb: (streams: object) => void) => void;
    const callback = vi.fn();
    display({}, callback);
    expect(callback).toHaveBeenCalledWith({});
  });
});

describe('navigation and new windows', () => {
  let contents: FakeWebContents;
  beforeEach(async () => {
    contents = (await startedShell()).window.webContents;
  });

  it('refuses navigation away from the app, allows in-app navigation', () => {
    expect(contents.emitCancellable('will-navigate', 'https://www.gov.uk/')).toBe(true);
    expect(contents.emitCancellable('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emitCancellable('will-navigate', 'app://evil/index.html')).toBe(true);
    expect(contents.emitCancellable('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.emitCancellable('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.emitCancellable('will-navigate', 'app://c100/index.html')).toBe(false);
  });

  it('refuses webviews', () => {
    expect(contents.emitCancellable('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies every new window; an allowed help link opens in the browser instead', () => {
    const open = contents.windowOpenHandler;
    if (!open) throw new Error('no window open handler');
    expect(open({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'app://c100/index.html' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(open({ url: 'https://www.cafcass.gov.uk/' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://www.cafcass.gov.uk/');
  });
});

describe('IPC handlers', () => {
  it('registers one handler per HostApi method on its c100:<noun>:<verb> channel', async () => {
    await startedShell();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(HOST_METHOD_NAMES.map((m) => HOST_CHANNELS[m]).sort());
  });

  it('answers our window top frame, and refuses a sub-frame, another window and a remote page', async () => {
    const { window } = await startedShell();
    const ours = window.webContents;
    const ok = await fake.ipcMain.invoke(HOST_CHANNELS.listDrafts, ours, ours.mainFrame);
    expect(ok).toEqual({ ok: true, value: [] });

    const refused = { ok: false, error: { code: 'forbidden', message: expect.any(String) } };
    const subFrame = { url: 'app://c100/index.html', parent: ours.mainFrame };
    expect(await fake.ipcMain.invoke(HOST_CHANNELS.listDrafts, ours, subFrame)).toEqual(refused);
    const other = new FakeBrowserWindow({}).webContents;
    expect(await fake.ipcMain.invoke(HOST_CHANNELS.listDrafts, other, other.mainFrame)).toEqual(refused);
    expect(await fake.ipcMain.invoke(HOST_CHANNELS.listDrafts, ours, null)).toEqual(refused);
    ours.mainFrame.url = 'https://evil.example/';
    expect(await fake.ipcMain.invoke(HOST_CHANNELS.listDrafts, ours, ours.mainFrame)).toEqual(refused);
  });

  it('refuses a foreign sender before touching any service', async () => {
    const ports = createMemoryHostPorts();
    const save = vi.spyOn(ports.vault, 'save');
    await startedShell(ports);
    const stranger = new FakeBrowserWindow({}).webContents;
    const answer = await fake.ipcMain.invoke(HOST_CHANNELS.saveDraft, stranger, stranger.mainFrame, { id: 'd1', draft: { schemaVersion: 2 } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(save).not.toHaveBeenCalled();
  });

  it('parses requests with zod and answers invalid ones with invalid_request', async () => {
    const { window } = await startedShell();
    const ours = window.webContents;
    const answer = await fake.ipcMain.invoke(HOST_CHANNELS.openDraft, ours, ours.mainFrame, { id: '../../etc/passwd' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('turns an unexpected service error into internal without leaking its message or stack', async () => {
    const ports = createMemoryHostPorts();
    ports.vault.list = async () => {
      throw new Error('EACCES: /home/someone/secret/path at Object.readdir (node:fs:123)');
    };
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { window } = await startedShell(ports);
    const answer = (await fake.ipcMain.invoke(HOST_CHANNELS.listDrafts, window.webContents, window.webContents.mainFrame)) as {
      ok: false;
      error: { code: string; message: string };
    };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('internal');
    expect(answer.error.message).not.toMatch(/EACCES|secret|node:fs|at Object/);
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });
});

describe('openExternal through HostApi', () => {
  it('opens allowed help links and refuses everything else', async () => {
    const { window } = await startedShell();
    const ours = window.webContents;
    const open = (url: string) => fake.ipcMain.invoke(HOST_CHANNELS.openHelpLink, ours, ours.mainFrame, { url });
    expect(await open('https://www.gov.uk/get-help-with-court-fees')).toEqual({ ok: true, value: { opened: true } });
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://www.gov.uk/get-help-with-court-fees');
    fake.shell.openExternal.mockClear();
    for (const url of [
      'https://gov.uk.evil.com/',
      'http://www.gov.uk/',
      'javascript:alert(1)',
      'https://www.gov.uk@evil.com/',
      'https://evil.com/?https://www.gov.uk/',
      'file:///C:/Windows/System32/calc.exe',
    ]) {
      expect(await open(url)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('application lifecycle', () => {
  it('quits at once when another instance holds the single-instance lock', () => {
    fake.app.singleInstance = false;
    const handle = startShell({ rendererDir, preloadPath: '/p.cjs', createServices: async () => ({ ports: createMemoryHostPorts(), draftsFolder: '/d', close: async () => undefined }) });
    expect(handle.primaryInstance).toBe(false);
    expect(fake.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('closes the services (vault lock file, keys) when the app quits', async () => {
    const { close } = await startedShell();
    fake.app.emit('will-quit');
    expect(close).toHaveBeenCalledOnce();
  });

  it('builds a menu with Save, Export, Lock and Open drafts folder that reach the renderer and the services', async () => {
    const { window, ports } = await startedShell();
    const template = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as { submenu?: { id?: string; click?: () => void }[] }[];
    const items = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
    const click = (id: string) => {
      const item = items.find((entry) => entry.id === id);
      if (!item?.click) throw new Error(`menu item ${id} missing`);
      item.click();
    };
    click('save');
    click('export');
    expect(window.webContents.sent).toEqual([
      { channel: SHELL_EVENT_CHANNEL, payload: { kind: 'save-requested' } },
      { channel: SHELL_EVENT_CHANNEL, payload: { kind: 'export-requested' } },
    ]);
    click('open-drafts-folder');
    expect(fake.shell.openPath).toHaveBeenCalledWith('/data/C100 Prep');
    click('lock');
    await vi.waitFor(async () => expect((await ports.vault.status()).state).toBe('locked'));
    expect(window.webContents.sent.at(-1)).toEqual({ channel: SHELL_EVENT_CHANNEL, payload: { kind: 'vault-locked' } });
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });

  it('locks the vault when the screen locks', async () => {
    const { ports } = await startedShell();
    fake.powerMonitor.emit('lock-screen');
    await vi.waitFor(async () => expect((await ports.vault.status()).state).toBe('locked'));
  });
});
