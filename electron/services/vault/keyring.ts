/**
 * The keyring file (`keyring.json`): the random 256-bit vault key, wrapped by one or both key
 * providers, and the safeStorage backend that was in use when it was wrapped. It never holds the key
 * in the clear, nor any hash of the passphrase: a passphrase is right only if AES-GCM unwrapping
 * succeeds. After unwrapping, an HMAC over the whole file (under a key derived from the vault key)
 * proves that nothing in it, such as the recorded backend, was altered.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { decodeFixedBase64 } from './envelope';
import { isFsError } from './privateFiles';
import type { SafeStorageLike } from './safeStorageProvider';
import { ScryptParamsSchema, deriveKeyFromPassphrase } from './scryptKdf';
import type { ScryptParams } from './scryptKdf';
import { KeyringDamagedError, WrongPassphraseError } from './vaultErrors';

export const KEYRING_FORMAT = 1;
export const VAULT_KEY_BYTES = 32;

const base64 = z.string().max(4096);

const PassphraseWrapSchema = z.strictObject({
  kdf: z.literal('scrypt'),
  params: ScryptParamsSchema,
  salt: base64,
  iv: base64,
  ciphertext: base64,
  tag: base64,
});
export type PassphraseWrap = z.infer<typeof PassphraseWrapSchema>;

const SafeStorageWrapSchema = z.strictObject({
  backend: z.string().max(100),
  wrapped: base64,
});
export type SafeStorageWrap = z.infer<typeof SafeStorageWrapSchema>;

export const KeyringSchema = z.strictObject({
  format: z.literal(KEYRING_FORMAT),
  kind: z.literal('c100-prep-keyring'),
  keyId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.string().max(40),
  wraps: z.strictObject({
    passphrase: PassphraseWrapSchema.optional(),
    safeStorage: SafeStorageWrapSchema.optional(),
  }),
  mac: base64,
});
export type Keyring = z.infer<typeof KeyringSchema>;
export type UnsignedKeyring = Omit<Keyring, 'mac'>;

/** Keys derived from the vault key, each for one purpose (HKDF, RFC 5869). */
export interface VaultKeys {
  keyId: string;
  vaultKey: Buffer;
  /** Encrypts draft files. */
  draftKey: Buffer;
  /** Authenticates the keyring file. */
  macKey: Buffer;
}

function derive(vaultKey: Buffer, keyId: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', vaultKey, Buffer.from(keyId, 'hex'), `c100-prep ${purpose} v1`, 32));
}

export function deriveVaultKeys(vaultKey: Buffer, keyId: string): VaultKeys {
  return {
    keyId,
    vaultKey,
    draftKey: derive(vaultKey, keyId, 'draft files'),
    macKey: derive(vaultKey, keyId, 'keyring mac'),
  };
}

/** Overwrite key material in memory (`lock()`): JS cannot guarantee no copy exists, but we keep none. */
export function zeroKeys(keys: VaultKeys): void {
  keys.vaultKey.fill(0);
  keys.draftKey.fill(0);
  keys.macKey.fill(0);
}

export function newVaultKey(): { vaultKey: Buffer; keyId: string } {
  return { vaultKey: randomBytes(VAULT_KEY_BYTES), keyId: randomBytes(16).toString('hex') };
}

/** Canonical bytes of the keyring without its MAC (key order fixed by construction). */
function macInput(keyring: UnsignedKeyring): Buffer {
  const { passphrase, safeStorage } = keyring.wraps;
  return Buffer.from(
    JSON.stringify([
      keyring.format,
      keyring.kind,
      keyring.keyId,
      keyring.createdAt,
      passphrase
        ? [
            passphrase.kdf,
            passphrase.params.N,
            passphrase.params.r,
            passphrase.params.p,
            passphrase.salt,
            passphrase.iv,
            passphrase.ciphertext,
            passphrase.tag,
          ]
        : null,
      safeStorage ? [safeStorage.backend, safeStorage.wrapped] : null,
    ]),
    'utf8',
  );
}

export function signKeyring(keyring: UnsignedKeyring, keys: VaultKeys): Keyring {
  return { ...keyring, mac: createHmac('sha256', keys.macKey).update(macInput(keyring)).digest('base64') };
}

/** @throws {KeyringDamagedError} when the MAC does not match (the file was altered). */
export function verifyKeyring(keyring: Keyring, keys: VaultKeys, file: string): void {
  const expected = createHmac('sha256', keys.macKey).update(macInput(keyring)).digest();
  const actual = decodeFixedBase64(keyring.mac, expected.length);
  if (!actual || !timingSafeEqual(actual, expected))
    throw new KeyringDamagedError(file, 'its seal does not match');
}

/** The additional data binding a passphrase wrap to its keyring and its parameters. */
function passphraseWrapAad(keyId: string, params: ScryptParams): Buffer {
  return Buffer.from(
    `c100-prep keyring passphrase v1|${keyId}|scrypt|${params.N}|${params.r}|${params.p}`,
    'utf8',
  );
}

export async function wrapWithPassphrase(
  vaultKey: Buffer,
  keyId: string,
  passphrase: string,
  params: ScryptParams,
): Promise<PassphraseWrap> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKeyFromPassphrase(passphrase, salt, params);
  try {
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(passphraseWrapAad(keyId, params));
    const ciphertext = Buffer.concat([cipher.update(vaultKey), cipher.final()]);
    return {
      kdf: 'scrypt',
      params: { N: params.N, r: params.r, p: params.p },
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  } finally {
    kek.fill(0);
  }
}

/**
 * Unwrap the vault key with a passphrase. Reads nothing and writes nothing.
 * @throws {WrongPassphraseError} when decryption fails (the only passphrase check there is).
 * @throws {KeyringDamagedError} when the wrap's fields are malformed.
 */
export async function unwrapWithPassphrase(
  keyring: Keyring,
  wrap: PassphraseWrap,
  passphrase: string,
  file: string,
): Promise<Buffer> {
  const salt = decodeFixedBase64(wrap.salt, 16);
  const iv = decodeFixedBase64(wrap.iv, 12);
  const ciphertext = decodeFixedBase64(wrap.ciphertext, VAULT_KEY_BYTES);
  const tag = decodeFixedBase64(wrap.tag, 16);
  if (!salt || !iv || !ciphertext || !tag)
    throw new KeyringDamagedError(file, 'the passphrase entry is malformed');
  const kek = await deriveKeyFromPassphrase(passphrase, salt, wrap.params);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, iv);
    decipher.setAAD(passphraseWrapAad(keyring.keyId, wrap.params));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new WrongPassphraseError('vault');
  } finally {
    kek.fill(0);
  }
}

/** Wrap with safeStorage, preferring Electron's async API (the sync one is deprecated since Electron 38). */
export async function wrapWithSafeStorage(
  vaultKey: Buffer,
  safeStorage: SafeStorageLike,
  backend: string,
): Promise<SafeStorageWrap> {
  const plain = vaultKey.toString('base64');
  const wrapped = safeStorage.encryptStringAsync
    ? await safeStorage.encryptStringAsync(plain)
    : safeStorage.encryptString(plain);
  return { backend, wrapped: wrapped.toString('base64') };
}

/**
 * Unwrap with safeStorage; undefined when the key store cannot give the key back. `shouldReEncrypt`
 * is Electron's hint that the OS key was rotated and the wrap should be renewed.
 */
export async function unwrapWithSafeStorage(
  wrap: SafeStorageWrap,
  safeStorage: SafeStorageLike,
): Promise<{ key: Buffer; shouldReEncrypt: boolean } | undefined> {
  try {
    const encrypted = Buffer.from(wrap.wrapped, 'base64');
    let text: string;
    let shouldReEncrypt = false;
    if (safeStorage.decryptStringAsync) {
      const result = await safeStorage.decryptStringAsync(encrypted);
      text = result.result;
      shouldReEncrypt = result.shouldReEncrypt === true;
    } else {
      text = safeStorage.decryptString(encrypted);
    }
    const key = decodeFixedBase64(text, VAULT_KEY_BYTES);
    return key ? { key, shouldReEncrypt } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Read and validate the keyring file; undefined when it does not exist.
 * @throws {KeyringDamagedError} when it is not a valid keyring.
 */
export async function readKeyring(file: string): Promise<Keyring | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isFsError(error, 'ENOENT')) return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyringDamagedError(file, 'it is not readable');
  }
  const parsed = KeyringSchema.safeParse(json);
  if (!parsed.success) throw new KeyringDamagedError(file, 'its contents are not as expected');
  return parsed.data;
}

export function serialiseKeyring(keyring: Keyring): Buffer {
  return Buffer.from(`${JSON.stringify(keyring, null, 2)}\n`, 'utf8');
}
