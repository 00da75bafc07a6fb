/**
 * `.c100draft` bundles: one draft, encrypted under its own passphrase (scrypt -> AES-256-GCM), fully
 * self-contained so it can be handed to a McKenzie friend or moved to another computer. The header
 * (scrypt parameters, salt, IV, time) is authenticated as additional data, like a draft file.
 */
import { randomBytes } from 'node:crypto';
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
import { ScryptParamsSchema, deriveKeyFromPassphrase } from './scryptKdf';
import type { ScryptParams } from './scryptKdf';
import { BundleInvalidError, WrongPassphraseError } from './vaultErrors';

export const BUNDLE_MAGIC = 'C100BDL1';
export const BUNDLE_FORMAT = 1;
export const BUNDLE_EXTENSION = '.c100draft';
/** A bundle is one draft; anything much larger is not one of ours. */
export const MAX_BUNDLE_BYTES = 32 * 1024 * 1024;

const BundleHeaderSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  kind: z.literal('c100-draft-bundle'),
  kdf: z.literal('scrypt'),
  params: ScryptParamsSchema,
  salt: z.string().max(100),
  cipher: z.literal('aes-256-gcm'),
  iv: z.string().max(24),
  exportedAt: z.string().max(40),
});

export const BundleContentSchema = z.strictObject({
  originalId: z.string().max(100),
  title: z.string().max(1000).optional(),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  draft: z.record(z.string(), z.unknown()),
});
export type BundleContent = z.infer<typeof BundleContentSchema>;

export async function sealBundle(
  content: BundleContent,
  passphrase: string,
  params: ScryptParams,
  exportedAt: string,
): Promise<Buffer> {
  const salt = randomBytes(16);
  const iv = newIv();
  const key = await deriveKeyFromPassphrase(passphrase, salt, params);
  try {
    const header: z.infer<typeof BundleHeaderSchema> = {
      format: BUNDLE_FORMAT,
      kind: 'c100-draft-bundle',
      kdf: 'scrypt',
      params: { N: params.N, r: params.r, p: params.p },
      salt: salt.toString('base64'),
      cipher: 'aes-256-gcm',
      iv: iv.toString('base64'),
      exportedAt,
    };
    return sealEnvelope(BUNDLE_MAGIC, header, iv, key, Buffer.from(JSON.stringify(content), 'utf8'));
  } finally {
    key.fill(0);
  }
}

/**
 * Open a bundle.
 * @throws {BundleInvalidError} when it is not a well-formed bundle (or its parameters are refused).
 * @throws {WrongPassphraseError} ('bundle') when authentication fails: wrong passphrase or damage.
 */
export async function openBundle(bytes: Uint8Array, passphrase: string): Promise<BundleContent> {
  if (bytes.byteLength > MAX_BUNDLE_BYTES) throw new BundleInvalidError('it is far larger than a draft');
  let envelope;
  try {
    envelope = parseEnvelope(BUNDLE_MAGIC, bytes);
  } catch (error) {
    if (error instanceof EnvelopeError) throw new BundleInvalidError(error.reason);
    throw error;
  }
  const header = BundleHeaderSchema.safeParse(envelope.header);
  if (!header.success)
    throw new BundleInvalidError('its header is not as expected, or it asks for unsafe settings');
  const salt = decodeFixedBase64(header.data.salt, 16);
  const iv = decodeFixedBase64(header.data.iv, IV_BYTES);
  if (!salt || !iv) throw new BundleInvalidError('its header is malformed');
  const key = await deriveKeyFromPassphrase(passphrase, salt, header.data.params);
  let plaintext: Buffer;
  try {
    plaintext = openEnvelope(envelope, iv, key);
  } catch {
    throw new WrongPassphraseError('bundle');
  } finally {
    key.fill(0);
  }
  let json: unknown;
  try {
    json = JSON.parse(plaintext.toString('utf8'));
  } catch {
    throw new BundleInvalidError('its contents are not readable');
  }
  const content = BundleContentSchema.safeParse(json);
  if (!content.success) throw new BundleInvalidError('its contents are not a draft');
  return content.data;
}
