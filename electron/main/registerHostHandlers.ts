/**
 * The one helper every HostApi handler goes through (issue 4 "Shell"; Electron security checklist
 * item 17: validate the sender of all IPC messages). For each method it:
 * 1. checks the sender frame: our main window's top frame, on `app://c100`;
 * 2. parses the request with the method's zod schema;
 * 3. calls the service and answers `{ ok: true, value } | { ok: false, error: { code, message } }`.
 * It never throws across IPC: `dispatchHostCall` turns every failure into a result.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { HOST_CHANNELS, HOST_METHOD_NAMES, hostFail, type HostResult } from '../../forms/host';
import type { HostHandlers } from '../services/host/createHostHandlers';
import { dispatchHostCall, type HostErrorLogger } from '../services/host/dispatchHostCall';
import { isAppUrl } from './appProtocol';

export const FOREIGN_SENDER_MESSAGE = 'This request did not come from the C100 Prep window, so it was refused.';

/** The parts of an invoke event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Whether an IPC message comes from the top frame of `trustedContents` (our main window) showing
 * our own `app://c100` page. Sub-frames, other windows, destroyed frames and remote pages are refused.
 */
export function isTrustedSender(event: SenderEvent, trustedContents: Pick<WebContents, 'mainFrame'> | undefined): boolean {
  try {
    if (trustedContents === undefined) return false;
    const frame = event.senderFrame;
    if (frame === null || frame === undefined) return false;
    if (event.sender !== trustedContents) return false;
    if (frame !== trustedContents.mainFrame) return false;
    if (frame.parent !== null) return false;
    return isAppUrl(frame.url);
  } catch {
    // A frame that went away between the message and the check is not trusted.
    return false;
  }
}

export interface RegisterHostHandlersOptions {
  ipcMain: Pick<IpcMain, 'handle'>;
  handlers: HostHandlers;
  /** Main's current window, read at call time (windows come and go). */
  getTrustedContents: () => Pick<WebContents, 'mainFrame'> | undefined;
  logError?: HostErrorLogger;
}

/** Registers every HostApi channel. Returns the channels registered (for the menu, tests and logs). */
export function registerHostHandlers(options: RegisterHostHandlersOptions): string[] {
  const { ipcMain, handlers, getTrustedContents, logError } = options;
  return HOST_METHOD_NAMES.map((method) => {
    const channel = HOST_CHANNELS[method];
    ipcMain.handle(channel, async (event, request: unknown): Promise<HostResult<unknown>> => {
      if (!isTrustedSender(event, getTrustedContents())) return hostFail('forbidden', FOREIGN_SENDER_MESSAGE);
      return dispatchHostCall(method, request, handlers, logError);
    });
    return channel;
  });
}
