// Builds the desktop app into dist/: the renderer with Vite (when its config exists) and the
// Electron main process and preload with esbuild, as single CommonJS files with `electron` left
// external (package.json "main" is dist/electron/main.cjs). Everything the app needs at run time is
// bundled, so the package ships dist/** and package.json only (electron-builder.yml "files").
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');
const viteConfig = path.join(root, 'renderer', 'vite.config.ts');

if (existsSync(viteConfig)) {
  const vite = spawnSync('npx', ['vite', 'build', '--config', viteConfig], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
} else {
  console.log('build: renderer/vite.config.ts not found yet; skipping the renderer build.');
}

await rm(outDir, { recursive: true, force: true });

/** Options shared by main and preload. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 runs Node 22.
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

await build({
  ...common,
  entryPoints: { main: 'electron/main/main.ts' },
  outdir: outDir,
  outExtension: { '.js': '.cjs' },
  // Services written as ESM may use import.meta.url; in the CommonJS bundle it means this file.
  define: { 'import.meta.url': '__c100ImportMetaUrl' },
  banner: { js: "const __c100ImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  // A sandboxed preload can require only a few modules ('electron' among them): bundle the rest.
  entryPoints: { preload: 'electron/preload/preload.ts' },
  outdir: outDir,
  outExtension: { '.js': '.cjs' },
});

// The fonts the PDFs embed, beside the bundles: a packaged app ships dist/** only, not node_modules
// (electron-builder.yml "files"); electron/services/pdf/loadFonts.ts looks here first.
const fontsDir = path.join(root, 'dist', 'fonts');
await mkdir(fontsDir, { recursive: true });
const require = createRequire(import.meta.url);
for (const [pkg, weight, file] of [
  ['@expo-google-fonts/noto-sans', '400Regular', 'NotoSans_400Regular.ttf'],
  ['@expo-google-fonts/noto-sans', '700Bold', 'NotoSans_700Bold.ttf'],
  ['@expo-google-fonts/noto-sans-arabic', '400Regular', 'NotoSansArabic_400Regular.ttf'],
]) {
  await copyFile(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), weight, file), path.join(fontsDir, file));
}

// The command line's bundle (dist/cli/c100.mjs), so `npx c100` starts without compiling TypeScript.
const cli = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'inherit' });
if (cli.status !== 0) process.exit(cli.status ?? 1);

console.log(`build: wrote ${path.relative(root, path.join(outDir, 'main.cjs'))}, ${path.relative(root, path.join(outDir, 'preload.cjs'))}, dist/fonts and dist/cli`);
