/**
 * Vite build of the renderer (issue 5). Run from the repository root:
 * `vite build --config renderer/vite.config.ts` writes `dist/renderer/`.
 *
 * - `base: './'`: every asset URL is relative, so the same build works from the custom `app://`
 *   protocol (DESIGN.md "Privacy and security") and from a static file server in the e2e tests.
 * - No node built-ins here: this file lives under renderer/, where the layer lint forbids them.
 *   Paths are relative to the working directory (the repository root).
 * - The SCSS compiles govuk-frontend with a neutral identity (see src/styles/app.scss); no asset is
 *   ever fetched from a remote origin.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The renderer has no public folder: everything it shows is bundled.
  publicDir: false,
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Chromium of Electron 45 and Debian: no legacy transforms needed.
    target: 'es2022',
    sourcemap: false,
    // Inline nothing as data: URIs beyond tiny images; fonts are never bundled (system Arial).
    assetsInlineLimit: 4096,
    reportCompressedSize: false,
  },
  css: {
    preprocessorOptions: {
      scss: {
        // govuk-frontend 6 warns about its own deprecations at every compile; they are not ours.
        quietDeps: true,
      },
    },
  },
  server: { host: '127.0.0.1' },
});
