/**
 * The answer to every HostApi call: `{ ok: true, value } | { ok: false, error: { code, message } }`.
 * Nothing ever throws across IPC (Electron would serialise the error with its stack trace into the
 * renderer); failures are values with a code the renderer can switch on and a message it can show.
 */
import { z } from 'zod';

/**
 * Why a call failed. The renderer switches on the code; the message is already written for the user.
 * - `invalid_request`: the request did not match the method's schema (a renderer bug or a hostile page).
 * - `forbidden`: the sender is not our window, or a link is not on the help allow-list.
 * - `needs_setup`: no vault yet; the user must choose a passphrase first.
 * - `locked`: the vault is locked; unlock it first.
 * - `wrong_passphrase`: the passphrase did not decrypt the vault key or bundle.
 * - `weak_passphrase`: the new passphrase is too short.
 * - `backend_changed`: the key protection on this computer changed; use the passphrase instead.
 * - `busy`: another copy of the app or the CLI has the vault open.
 * - `not_found`: no draft, version or bin entry with that id.
 * - `damaged`: a file failed its integrity check (damaged or tampered); a previous version may help.
 * - `too_large`: the draft is larger than the vault accepts.
 * - `conflict`: the operation does not fit the current state (e.g. setting up a vault that exists).
 * - `incomplete`: the draft cannot be exported yet; check your answers lists what is missing.
 * - `template_missing`: the official C100 PDF has not been found or imported yet.
 * - `template_invalid`: the chosen PDF is not the expected edition of the C100.
 * - `io`: the disk refused (full, read-only, permissions).
 * - `internal`: anything unexpected; the message says so without internals.
 */
export const HOST_ERROR_CODES = [
  'invalid_request',
  'forbidden',
  'needs_setup',
  'locked',
  'wrong_passphrase',
  'weak_passphrase',
  'backend_changed',
  'busy',
  'not_found',
  'damaged',
  'too_large',
  'conflict',
  'incomplete',
  'template_missing',
  'template_invalid',
  'io',
  'internal',
] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

export const HostErrorSchema = z.object({
  code: z.enum(HOST_ERROR_CODES),
  message: z.string(),
});
export type HostError = z.infer<typeof HostErrorSchema>;

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError };

/** The zod schema of a result whose value has the given schema (used by tests and the web e2e host). */
export function hostResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: HostErrorSchema }),
  ]);
}

/** A successful result. */
export function hostOk<T>(value: T): HostResult<T> {
  return { ok: true, value };
}

/** A failed result. */
export function hostFail<T = never>(code: HostErrorCode, message: string): HostResult<T> {
  return { ok: false, error: { code, message } };
}

/**
 * Thrown by a host service to fail a call with a given code. The IPC helper turns it into
 * `{ ok: false, error: { code, message } }`; its message must therefore be fit for the user.
 */
export class HostCallError extends Error {
  override readonly name = 'HostCallError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
  }
}
