/** Shared helpers for the vault tests: temp data folders, fast scrypt, a fake safeStorage. */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DraftVault } from '../../../../electron/services/vault';
import type { DraftVaultOptions, SafeStorageLike } from '../../../../electron/services/vault';

/** Low scrypt cost so tests run fast; the vault's defaults stay strong (see scryptKdf.test). */
export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 } as const;
export const PASSPHRASE = 'correct horse battery staple';

export function makeTempDir(label: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `c100-vault-${label}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function openVault(
  dataDir: string,
  options: Partial<DraftVaultOptions> = {},
): Promise<DraftVault> {
  return DraftVault.open({ dataDir, scrypt: FAST_SCRYPT, owner: 'vault test', ...options });
}

/** A vault set up with a passphrase and unlocked. */
export async function passphraseVault(
  dataDir: string,
  options: Partial<DraftVaultOptions> = {},
): Promise<DraftVault> {
  const vault = await openVault(dataDir, options);
  await vault.initialise({ passphrase: PASSPHRASE });
  return vault;
}

/**
 * A stand-in for Electron's safeStorage: AES-GCM under a secret that plays the OS key store. The
 * backend name and availability can be changed to simulate a keyring that disappears.
 */
export class FakeSafeStorage implements SafeStorageLike {
  secret = randomBytes(32);
  constructor(
    public backend = 'gnome_libsecret',
    public available = true,
  ) {}
  isEncryptionAvailable(): boolean {
    return this.available;
  }
  getSelectedStorageBackend(): string {
    return this.backend;
  }
  encryptString(plainText: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.secret, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }
  decryptString(encrypted: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.secret, encrypted.subarray(0, 12));
    decipher.setAuthTag(encrypted.subarray(12, 28));
    return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/** Every file and folder under `root` (recursive, hidden ones included), relative paths. */
export function walk(root: string): { files: string[]; dirs: string[] } {
  const files: string[] = [];
  const dirs: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        dirs.push(full);
        visit(full);
      } else files.push(full);
    }
  };
  visit(root);
  return { files, dirs };
}

/** Bytes and modification times of every file under `root`, to prove nothing changed. */
export function snapshot(root: string): Map<string, { bytes: string; mtimeMs: number; mode: number }> {
  const result = new Map<string, { bytes: string; mtimeMs: number; mode: number }>();
  for (const file of walk(root).files) {
    const info = statSync(file);
    result.set(path.relative(root, file), {
      bytes: readFileSync(file).toString('base64'),
      mtimeMs: info.mtimeMs,
      mode: info.mode,
    });
  }
  return result;
}

/** A small but realistic v2 draft. */
export function sampleDraft(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 2,
    applicants: [
      {
        id: 'a1',
        firstNames: 'Jane',
        lastName: 'Smith',
        dateOfBirth: { day: '04', month: '09', year: '1988' },
      },
    ],
    respondents: [{ id: 'r1', firstNames: 'John', lastName: 'Smith' }],
    children: [{ id: 'c1', firstNames: 'Amelia', lastName: 'Smith' }],
    ...extra,
  };
}
