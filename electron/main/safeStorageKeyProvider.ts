/**
 * Hands Electron's `safeStorage` to the vault (which never imports 'electron'). The vault decides
 * whether the backend really protects the key (Linux `basic_text` does not); this adapter only binds
 * the methods and exposes the Linux backend name where Electron has it.
 */
import type { SafeStorage } from 'electron';
import type { SafeStorageLike } from '../services/vault/safeStorageProvider';

export function createSafeStorageKeyProvider(
  safeStorage: Pick<
    SafeStorage,
    'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend' | 'encryptStringAsync' | 'decryptStringAsync'
  >,
  platform: NodeJS.Platform = process.platform,
): SafeStorageLike {
  const provider: SafeStorageLike = {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    encryptString: (plainText) => safeStorage.encryptString(plainText),
    decryptString: (encrypted) => safeStorage.decryptString(encrypted),
    // The sync pair is deprecated since Electron 38; the vault prefers the async pair and re-wraps the
    // key when Electron reports that it should be re-encrypted.
    encryptStringAsync: (plainText) => safeStorage.encryptStringAsync(plainText),
    decryptStringAsync: async (encrypted) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(encrypted);
      return { result, shouldReEncrypt };
    },
  };
  // `getSelectedStorageBackend` exists on Linux only (Electron docs, safeStorage).
  if (platform === 'linux') provider.getSelectedStorageBackend = () => safeStorage.getSelectedStorageBackend();
  return provider;
}
