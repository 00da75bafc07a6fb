import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS, HOST_METHOD_NAMES, SHELL_EVENT_CHANNEL } from '../../../../forms/host';
import { buildHostBridge } from '../../../../electron/preload/buildHostBridge';
import { fake, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectronModule);

afterEach(() => resetFakeElectron());

describe('the preload bridge', () => {
  it('exposes exactly window.c100 through contextBridge', async () => {
    await import('../../../../electron/preload/preload');
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(key).toBe('c100');
    expect(Object.keys(api).sort()).toEqual([...HOST_METHOD_NAMES, 'onShellEvent'].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards each method, with its one argument, to its own channel and nothing else', async () => {
    const ipc = { invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })), on: vi.fn(), removeListener: vi.fn() };
    const bridge = buildHostBridge(ipc as never) as unknown as Record<string, (request?: unknown) => Promise<unknown>>;
    for (const method of HOST_METHOD_NAMES) {
      const request = { marker: method };
      await expect(bridge[method]?.(request)).resolves.toEqual({ ok: true, value: HOST_CHANNELS[method] });
      expect(ipc.invoke).toHaveBeenLastCalledWith(HOST_CHANNELS[method], request);
    }
    expect(ipc.invoke).toHaveBeenCalledTimes(HOST_METHOD_NAMES.length);
  });

  it('passes only known shell events to the page, never the IPC event, and can stop listening', () => {
    const ipc = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
    const bridge = buildHostBridge(ipc as never);
    const listener = vi.fn();
    const stop = bridge.onShellEvent(listener);
    const [channel, forward] = ipc.on.mock.calls[0] as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe(SHELL_EVENT_CHANNEL);
    const ipcEvent = { sender: { send: () => undefined }, ports: [] };
    forward(ipcEvent, { kind: 'vault-locked', extra: 'dropped' });
    forward(ipcEvent, { kind: 'run-shell-command' });
    forward(ipcEvent, null);
    expect(listener.mock.calls).toEqual([[{ kind: 'vault-locked' }]]);
    stop();
    expect(ipc.removeListener).toHaveBeenCalledWith(SHELL_EVENT_CHANNEL, forward);
  });
});
