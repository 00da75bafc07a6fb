/**
 * The version of C100 Prep, read from the package.json above this file. Found by walking up, so it
 * works both from the source tree (cli/) and from the bundle (dist/cli/).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageVersion(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (manifest.name === 'c100-prep' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // No package.json here: keep looking one folder up.
    }
    folder = dirname(folder);
  }
  return 'unknown';
}
