/**
 * The authenticated envelope shared by draft files and `.c100draft` bundles:
 *
 *   magic (8 bytes ASCII) | header length (uint32 BE) | header (UTF-8 JSON) | ciphertext | GCM tag (16)
 *
 * The body is AES-256-GCM with a fresh random 96-bit IV on every write (NIST SP 800-38D §8.2.2; the
 * IV is in the header). Everything before the ciphertext (magic, length, header) is the GCM
 * additional authenticated data, so changing any byte of the file, header included, makes opening
 * fail. The header is plaintext by design: it holds only versions, ids, times and key parameters,
 * never draft content.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const IV_BYTES = 12;
export const TAG_BYTES = 16;
const PREFIX_BYTES = 12;
/** Headers are small; a larger length field means a damaged or hostile file. */
const MAX_HEADER_BYTES = 64 * 1024;

/** Why an envelope could not be read (the caller turns it into the right error class). */
export class EnvelopeError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'EnvelopeError';
  }
}

export interface ParsedEnvelope {
  /** The header JSON, parsed but not yet validated (`unknown`: validate with zod). */
  header: unknown;
  aad: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/** A magic number is exactly 8 ASCII bytes, e.g. `C100DRF1`. */
function magicBytes(magic: string): Buffer {
  const bytes = Buffer.from(magic, 'ascii');
  if (bytes.length !== 8) throw new RangeError('magic must be 8 ASCII characters');
  return bytes;
}

export function newIv(): Buffer {
  return randomBytes(IV_BYTES);
}

/**
 * Build an envelope. `header` must already contain the base64 `iv` used here, so that the IV is
 * covered by the additional data too.
 */
export function sealEnvelope(
  magic: string,
  header: object,
  iv: Buffer,
  key: Buffer,
  plaintext: Buffer,
): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  if (headerBytes.length > MAX_HEADER_BYTES) throw new RangeError('envelope header too large');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  magicBytes(magic).copy(prefix, 0);
  prefix.writeUInt32BE(headerBytes.length, 8);
  const aad = Buffer.concat([prefix, headerBytes]);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([aad, ciphertext, cipher.getAuthTag()]);
}

/**
 * Split an envelope into its parts without decrypting.
 * @throws {EnvelopeError} when the magic, the length or the header JSON is wrong.
 */
export function parseEnvelope(magic: string, bytes: Uint8Array): ParsedEnvelope {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < PREFIX_BYTES + TAG_BYTES) throw new EnvelopeError('the file is too short');
  if (!data.subarray(0, 8).equals(magicBytes(magic)))
    throw new EnvelopeError('the file does not start with the expected marker');
  const headerLength = data.readUInt32BE(8);
  if (headerLength > MAX_HEADER_BYTES || PREFIX_BYTES + headerLength + TAG_BYTES > data.length) {
    throw new EnvelopeError('the header length is wrong');
  }
  const headerEnd = PREFIX_BYTES + headerLength;
  let header: unknown;
  try {
    header = JSON.parse(data.subarray(PREFIX_BYTES, headerEnd).toString('utf8'));
  } catch {
    throw new EnvelopeError('the header is not readable');
  }
  return {
    header,
    aad: data.subarray(0, headerEnd),
    ciphertext: data.subarray(headerEnd, data.length - TAG_BYTES),
    tag: data.subarray(data.length - TAG_BYTES),
  };
}

/**
 * Decrypt and authenticate an envelope's body.
 * @throws {EnvelopeError} when authentication fails (wrong key, or any byte changed).
 */
export function openEnvelope(envelope: ParsedEnvelope, iv: Buffer, key: Buffer): Buffer {
  if (iv.length !== IV_BYTES) throw new EnvelopeError('the IV has the wrong length');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(envelope.aad);
    decipher.setAuthTag(envelope.tag);
    return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]);
  } catch {
    throw new EnvelopeError('the contents do not match their seal');
  }
}

/** Decode base64 that must be exactly `length` bytes. */
export function decodeFixedBase64(value: string, length: number): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return undefined;
  const bytes = Buffer.from(value, 'base64');
  // Reject non-canonical encodings so that the header bytes map to exactly one value.
  return bytes.length === length && bytes.toString('base64') === value ? bytes : undefined;
}
