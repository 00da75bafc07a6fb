/**
 * Builds the object the preload exposes as `window.c100`, from `ipcRenderer`. Kept apart from
 * `preload.ts` (which only calls `contextBridge`) so the test can check it with a fake ipcRenderer.
 * Imports only the channel table: no zod, no domain code in the sandboxed preload.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { HOST_CHANNELS, HOST_METHOD_NAMES, SHELL_EVENT_CHANNEL, SHELL_EVENT_KINDS, type ShellEvent } from '../../forms/host/channels';
import type { HostApi } from '../../forms/host/hostApi';

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function buildHostBridge(ipc: BridgeIpc): HostApi {
  const bridge: Record<string, unknown> = {};
  for (const method of HOST_METHOD_NAMES) {
    const channel = HOST_CHANNELS[method];
    // One argument, forwarded as is; main parses it with the method's zod schema.
    bridge[method] = (request?: unknown) => ipc.invoke(channel, request);
  }
  bridge.onShellEvent = (listener: (event: ShellEvent) => void) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => {
      // Only the known event kinds reach the page, as fresh objects (never the IPC event).
      const kind = (payload as { kind?: unknown } | null)?.kind;
      if (typeof kind === 'string' && (SHELL_EVENT_KINDS as readonly string[]).includes(kind)) {
        listener({ kind: kind as ShellEvent['kind'] });
      }
    };
    ipc.on(SHELL_EVENT_CHANNEL, forward);
    return () => {
      ipc.removeListener(SHELL_EVENT_CHANNEL, forward);
    };
  };
  return Object.freeze(bridge) as HostApi;
}
