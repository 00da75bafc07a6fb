/**
 * The Node side of the fonts: reads the Noto Sans TTFs from their npm packages and hands the bytes
 * to forms/c100/pdf (which cannot read files). Resolved through the module system, so it works from
 * any working directory and inside a packaged app.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FontBytes } from '../../../forms/c100/pdf/fonts';

const require = createRequire(import.meta.url);

/**
 * A packaged app ships dist/** only (electron-builder.yml), so the build copies the fonts to
 * dist/fonts, beside the bundles (dist/electron/main.cjs, dist/cli/c100.mjs); from the sources they
 * are read from their npm packages.
 */
function fontFile(pkg: string, weight: string, file: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const besideBundle = path.join(here, '..', 'fonts', file);
  if (existsSync(besideBundle)) return besideBundle;
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), weight, file);
}

let cached: Promise<FontBytes> | undefined;

/** Noto Sans Regular and Bold, and Noto Sans Arabic, read once per process. Throws fs errors if the packages are missing. */
export function loadFonts(): Promise<FontBytes> {
  cached ??= (async () => {
    const [regular, bold, arabic] = await Promise.all([
      readFile(fontFile('@expo-google-fonts/noto-sans', '400Regular', 'NotoSans_400Regular.ttf')),
      readFile(fontFile('@expo-google-fonts/noto-sans', '700Bold', 'NotoSans_700Bold.ttf')),
      readFile(fontFile('@expo-google-fonts/noto-sans-arabic', '400Regular', 'NotoSansArabic_400Regular.ttf')),
    ]);
    return { regular: new Uint8Array(regular), bold: new Uint8Array(bold), arabic: new Uint8Array(arabic) };
  })();
  return cached;
}
