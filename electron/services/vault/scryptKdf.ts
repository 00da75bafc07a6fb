/**
 * Passphrase key derivation with scrypt (RFC 7914). Parameters are stored next to what they protect
 * (keyring, draft headers, bundles), so they can be raised later without breaking old files.
 */
import { scrypt as scryptCallback } from 'node:crypto';
import { z } from 'zod';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/**
 * Defaults: N = 2^17, r = 8, p = 1 (128 MiB, roughly 0.3-1 s on a laptop), the "interactive login"
 * level OWASP's password storage cheat sheet recommends as a minimum for scrypt.
 */
export const DEFAULT_SCRYPT: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

/** Limits accepted from files: a hostile bundle must not make us allocate gigabytes. */
export const SCRYPT_LIMITS = { minLogN: 10, maxLogN: 20, maxR: 16, maxP: 4 } as const;

const isPowerOfTwo = (n: number): boolean => Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;

export const ScryptParamsSchema = z.strictObject({
  N: z
    .number()
    .int()
    .refine(
      (n) => isPowerOfTwo(n) && n >= 2 ** SCRYPT_LIMITS.minLogN && n <= 2 ** SCRYPT_LIMITS.maxLogN,
      'N out of range',
    ),
  r: z.number().int().min(1).max(SCRYPT_LIMITS.maxR),
  p: z.number().int().min(1).max(SCRYPT_LIMITS.maxP),
});

/** Memory scrypt needs is about 128 * N * r bytes; Node refuses more than `maxmem` (default 32 MiB). */
export function scryptMaxmem({ N, r, p }: ScryptParams): number {
  return 128 * N * r * 2 + 128 * r * p + 1024 * 1024;
}

/**
 * Derive a 32-byte key from a passphrase. The passphrase is NFC-normalised so that the same words
 * typed on different systems (composed or decomposed accents) give the same key.
 */
export function deriveKeyFromPassphrase(
  passphrase: string,
  salt: Buffer,
  params: ScryptParams,
): Promise<Buffer> {
  const checked = ScryptParamsSchema.parse(params);
  return new Promise((resolve, reject) => {
    scryptCallback(
      Buffer.from(passphrase.normalize('NFC'), 'utf8'),
      salt,
      32,
      { N: checked.N, r: checked.r, p: checked.p, maxmem: scryptMaxmem(checked) },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** The shortest passphrase accepted for the vault and for bundles. */
export const MIN_PASSPHRASE_LENGTH = 8;
