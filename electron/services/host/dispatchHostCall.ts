/**
 * Answers one HostApi call without ever throwing: parse the request with the method's zod schema,
 * run the handler, check the value against the response schema, and turn every failure into
 * `{ ok: false, error: { code, message } }`. Main's IPC helper calls this after the sender check.
 *
 * Unexpected errors are logged in full (main process only) and answered with a generic message: no
 * stack trace, path or library message ever reaches the renderer (Electron checklist item 17 and
 * Signal-Desktop's "errors cross the boundary as codes").
 */
import {
  HOST_CHANNELS,
  HOST_METHODS,
  HostCallError,
  hostFail,
  hostOk,
  type HostMethodName,
  type HostResult,
} from '../../../forms/host';
import type { HostHandlers } from './createHostHandlers';

/** The message shown for an `internal` failure (the details go to the log only). */
export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong inside C100 Prep. Your saved drafts are not affected. Try again; if it keeps happening, close and reopen the app.';

/** Where unexpected errors are reported (main passes `console.error`). */
export type HostErrorLogger = (method: HostMethodName, error: unknown) => void;

/** Longest message echoed back for an invalid request; zod messages are short, this is a bound. */
const MAX_MESSAGE_LENGTH = 300;

/** Whether `name` is a HostApi method (own property only: `__proto__`, `toString` are not). */
export function isHostMethodName(name: unknown): name is HostMethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(HOST_CHANNELS, name);
}

/**
 * Runs `method` with the raw (unparsed, untrusted) request. Never throws and never rejects.
 */
export async function dispatchHostCall(
  method: HostMethodName,
  rawRequest: unknown,
  handlers: HostHandlers,
  logError: HostErrorLogger = () => undefined,
): Promise<HostResult<unknown>> {
  try {
    const { request: requestSchema, response: responseSchema } = HOST_METHODS[method];
    const parsed = requestSchema.safeParse(rawRequest);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first && first.path.length > 0 ? ` (at ${first.path.map(String).join('.')})` : '';
      const message = `The app sent a request it should not have${where}: ${first?.message ?? 'invalid input'}`;
      return hostFail('invalid_request', message.slice(0, MAX_MESSAGE_LENGTH));
    }
    // The table guarantees the handler and the parsed request belong to the same method.
    const handler = handlers[method] as (request: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = responseSchema.safeParse(value);
    if (!checked.success) {
      logError(method, new Error(`Handler answer does not match the ${method} response schema: ${checked.error.message}`));
      return hostFail('internal', INTERNAL_ERROR_MESSAGE);
    }
    return hostOk(checked.data);
  } catch (error) {
    if (error instanceof HostCallError) return hostFail(error.code, error.message);
    try {
      logError(method, error);
    } catch {
      // A failing logger must not turn into a throw across IPC.
    }
    return hostFail('internal', INTERNAL_ERROR_MESSAGE);
  }
}
