#!/usr/bin/env node
// The `c100` command (package.json "bin"; `npx c100 …`). Plain JavaScript so it starts without a
// compiler: it runs the prebuilt bundle dist/cli/c100.mjs (scripts/build-cli.mjs) when that exists
// and is not older than the sources it was built from, and otherwise runs cli/main.ts through tsx
// (a runtime dependency). Paths are resolved from this file's real location, so it works from any
// folder and through the symlink npm puts in node_modules/.bin.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageRoot = resolve(dirname(realpathSync(fileURLToPath(import.meta.url))), '..');
const bundle = join(packageRoot, 'dist', 'cli', 'c100.mjs');
const bundleInputs = join(packageRoot, 'dist', 'cli', 'c100.inputs.json');
const sourceEntry = join(packageRoot, 'cli', 'main.ts');

/**
 * The bundle is fresh when none of the source files it was built from (listed by the build in
 * c100.inputs.json) has changed since. Sources absent from an installed package are ignored.
 * C100_CLI_FROM_SOURCE=1 forces the sources (for development).
 */
function bundleIsFresh() {
  if (process.env.C100_CLI_FROM_SOURCE === '1' || !existsSync(bundle)) return false;
  if (!existsSync(sourceEntry)) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(bundleInputs, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs)) return false;
  const builtAt = statSync(bundle).mtimeMs;
  for (const input of inputs) {
    if (typeof input !== 'string') return false;
    let changedAt;
    try {
      changedAt = statSync(join(packageRoot, input)).mtimeMs;
    } catch {
      // A source that no longer exists means the tree changed since the build.
      return false;
    }
    if (changedAt > builtAt) return false;
  }
  return true;
}

if (bundleIsFresh()) {
  await import(pathToFileURL(bundle).href);
} else if (existsSync(sourceEntry)) {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write(
      'c100: cannot start: tsx is not installed and there is no built command line (dist/cli/c100.mjs). ' +
        'Run `npm install` (or `npm run build`) in the C100 Prep folder and try again.\n',
    );
    process.exit(2);
  }
  register({ tsconfig: join(packageRoot, 'cli', 'tsconfig.json') });
  await import(pathToFileURL(sourceEntry).href);
} else {
  process.stderr.write(
    'c100: cannot start: this copy of C100 Prep has neither dist/cli/c100.mjs nor cli/main.ts. Reinstall it.\n',
  );
  process.exit(2);
}
