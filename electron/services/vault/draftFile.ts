/**
 * One draft file (`draft.c100v` and each saved version): an envelope (see envelope.ts) whose header
 * records the format version, the draft id, the revision, the times, the id of the vault key and the
 * key-wrapping parameters in use when it was written; the body is the JSON record
 * `{ meta: { title? }, draft }`, encrypted with a key derived from the vault key.
 */
import { z } from 'zod';
import {
  EnvelopeError,
  IV_BYTES,
  decodeFixedBase64,
  newIv,
  openEnvelope,
  parseEnvelope,
  sealEnvelope,
} from './envelope';
import type { ParsedEnvelope } from './envelope';
import { ScryptParamsSchema } from './scryptKdf';

export const DRAFT_FILE_MAGIC = 'C100DRF1';
export const DRAFT_FILE_FORMAT = 1;
export const DRAFT_FILE_EXTENSION = '.c100v';

/** Public parameters of the key wrapping (never the wrapped key itself). */
export const KeyWrapParamsSchema = z.strictObject({
  passphrase: z
    .strictObject({ kdf: z.literal('scrypt'), params: ScryptParamsSchema, salt: z.string().max(100) })
    .optional(),
  safeStorage: z.strictObject({ backend: z.string().max(100) }).optional(),
});
export type KeyWrapParams = z.infer<typeof KeyWrapParamsSchema>;

export const DraftFileHeaderSchema = z.strictObject({
  format: z.literal(DRAFT_FILE_FORMAT),
  kind: z.literal('draft'),
  draftId: z.string().max(100),
  revision: z.number().int().min(1),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  keyId: z.string().regex(/^[0-9a-f]{32}$/),
  keyWrap: KeyWrapParamsSchema,
  cipher: z.literal('aes-256-gcm'),
  iv: z.string().max(24),
});
export type DraftFileHeader = z.infer<typeof DraftFileHeaderSchema>;

/** What the encrypted body holds. */
export const DraftRecordSchema = z.strictObject({
  meta: z.strictObject({ title: z.string().max(1000).optional() }),
  draft: z.record(z.string(), z.unknown()),
});
export type DraftRecord = z.infer<typeof DraftRecordSchema>;

export type DraftFileHeaderFields = Omit<DraftFileHeader, 'format' | 'kind' | 'cipher' | 'iv'>;

export function sealDraftFile(fields: DraftFileHeaderFields, recordJson: string, draftKey: Buffer): Buffer {
  const iv = newIv();
  const header: DraftFileHeader = {
    format: DRAFT_FILE_FORMAT,
    kind: 'draft',
    draftId: fields.draftId,
    revision: fields.revision,
    createdAt: fields.createdAt,
    updatedAt: fields.updatedAt,
    keyId: fields.keyId,
    keyWrap: fields.keyWrap,
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
  };
  return sealEnvelope(DRAFT_FILE_MAGIC, header, iv, draftKey, Buffer.from(recordJson, 'utf8'));
}

/**
 * Read a draft file's header without decrypting (revision and times for listings and for saving).
 * @throws {EnvelopeError} when the file is not a well-formed draft file.
 */
export function readDraftFileHeader(bytes: Uint8Array): {
  header: DraftFileHeader;
  envelope: ParsedEnvelope;
} {
  const envelope = parseEnvelope(DRAFT_FILE_MAGIC, bytes);
  const parsed = DraftFileHeaderSchema.safeParse(envelope.header);
  if (!parsed.success) throw new EnvelopeError('the header is not as expected');
  return { header: parsed.data, envelope };
}

/**
 * Authenticate and decrypt a draft file written for `expected.draftId` under the key `expected.keyId`.
 * @throws {EnvelopeError} for any damage or tampering, and for a file of another draft or vault.
 */
export function decryptDraftFile(
  bytes: Uint8Array,
  expected: { draftId: string; keyId: string },
  draftKey: Buffer,
): { header: DraftFileHeader; plaintext: Buffer } {
  const { header, envelope } = readDraftFileHeader(bytes);
  if (header.keyId !== expected.keyId)
    throw new EnvelopeError('it was locked with a different key (another vault)');
  if (header.draftId !== expected.draftId) throw new EnvelopeError('it belongs to another draft');
  const iv = decodeFixedBase64(header.iv, IV_BYTES);
  if (!iv) throw new EnvelopeError('the IV is malformed');
  return { header, plaintext: openEnvelope(envelope, iv, draftKey) };
}

/**
 * Decrypt a draft file and parse its record.
 * @throws {EnvelopeError} like `decryptDraftFile`, or when the contents are not a draft record.
 */
export function openDraftFile(
  bytes: Uint8Array,
  expected: { draftId: string; keyId: string },
  draftKey: Buffer,
): { header: DraftFileHeader; record: DraftRecord } {
  const { header, plaintext } = decryptDraftFile(bytes, expected, draftKey);
  let json: unknown;
  try {
    json = JSON.parse(plaintext.toString('utf8'));
  } catch {
    throw new EnvelopeError('the contents are not readable');
  }
  const parsed = DraftRecordSchema.safeParse(json);
  if (!parsed.success) throw new EnvelopeError('the contents are not a draft record');
  return { header, record: parsed.data };
}
