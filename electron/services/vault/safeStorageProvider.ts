/**
 * The OS key store route for the vault key. electron/main injects Electron's `safeStorage` (this
 * module never imports 'electron'); the CLI has none and uses the passphrase route.
 */

/** The part of Electron's `safeStorage` the vault uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron: 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown'. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Electron >= 38 (the sync pair above is deprecated there); used when present. */
  encryptStringAsync?(plainText: string): Promise<Buffer>;
  decryptStringAsync?(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt?: boolean }>;
}

export interface SafeStorageState {
  /** Whether safeStorage can encrypt at all right now. */
  available: boolean;
  /** A name for the backend in use, recorded in the keyring to detect changes. */
  backend: string;
  /** Whether the backend really protects the key (an OS secret store, not an obfuscation). */
  protected: boolean;
}

/**
 * Linux backends that do not protect the key: `basic_text` encrypts with a hard-coded password, and
 * `unknown` means Chromium could not tell (Signal-Desktop treats both as unprotected).
 */
const UNPROTECTED_BACKENDS = new Set(['basic_text', 'unknown', 'none']);

/** Describe the safeStorage backend on this platform. */
export function describeSafeStorage(
  safeStorage: SafeStorageLike | undefined,
  platform: NodeJS.Platform = process.platform,
): SafeStorageState {
  if (!safeStorage) return { available: false, backend: 'none', protected: false };
  let available: boolean;
  try {
    available = safeStorage.isEncryptionAvailable();
  } catch {
    available = false;
  }
  let backend: string;
  switch (platform) {
    case 'darwin':
      backend = 'macos_keychain';
      break;
    case 'win32':
      backend = 'windows_dpapi';
      break;
    default:
      try {
        backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
      } catch {
        backend = 'unknown';
      }
  }
  return { available, backend, protected: available && !UNPROTECTED_BACKENDS.has(backend) };
}
