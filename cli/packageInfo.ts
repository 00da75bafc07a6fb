/**
 * Where C100 Prep is installed and its version, from the package.json above this file. Found by
 * walking up, so it works both from the sources (cli/) and from the bundle (dist/cli/), where
 * paths computed from other modules' `import.meta.url` would be wrong.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface PackageInfo {
  root: string;
  version: string;
}

let cached: PackageInfo | undefined;

function findPackage(): PackageInfo {
  if (cached) return cached;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (manifest.name === 'c100-prep') {
        cached = {
          root: folder,
          version: typeof manifest.version === 'string' ? manifest.version : 'unknown',
        };
        return cached;
      }
    } catch {
      // No package.json here: keep looking one folder up.
    }
    folder = dirname(folder);
  }
  cached = { root: join(dirname(fileURLToPath(import.meta.url)), '..'), version: 'unknown' };
  return cached;
}

/** The folder holding C100 Prep's package.json. */
export function packageRoot(): string {
  return findPackage().root;
}

export function packageVersion(): string {
  return findPackage().version;
}
