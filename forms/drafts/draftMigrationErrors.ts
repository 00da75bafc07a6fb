/**
 * Errors raised while reading a stored draft document. Each carries a stable `code` so that the host
 * can answer `{ ok: false, error: { code, message } }`, and a message that tells the user what to do.
 */
import { CURRENT_DRAFT_VERSION } from './draftVersions';

/** The document is not a draft at all (not an object, or it has no usable `schemaVersion`). */
export class DraftFormatError extends Error {
  readonly code = 'DRAFT_FORMAT_INVALID';
  constructor(readonly reason: string) {
    super(
      `This file does not hold a C100 Prep draft (${reason}). ` +
        'Open a draft saved by C100 Prep, or restore a previous version of this draft.',
    );
    this.name = 'DraftFormatError';
  }
}

/** The draft was written by a version of C100 Prep this one cannot read (newer, or unknown). */
export class UnsupportedDraftVersionError extends Error {
  readonly code = 'DRAFT_VERSION_UNSUPPORTED';
  constructor(readonly version: unknown) {
    const newer = typeof version === 'number' && version > CURRENT_DRAFT_VERSION;
    super(
      newer
        ? `This draft was saved by a newer version of C100 Prep (draft format ${String(version)}; this version reads up to ${CURRENT_DRAFT_VERSION}). ` +
            'Update C100 Prep to open it; nothing has been changed.'
        : `This draft has an unknown format version (${JSON.stringify(version) ?? 'none'}). ` +
            'It may be damaged: restore a previous version of it, or open it with the version of C100 Prep that made it.',
    );
    this.name = 'UnsupportedDraftVersionError';
  }
}
