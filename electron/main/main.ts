/**
 * Entry point of the Electron main process (bundled by scripts/build.mjs into
 * dist/electron/main.cjs, next to preload.cjs; the renderer is built into dist/renderer).
 */
import path from 'node:path';
import { createHostServices } from '../services/host/createHostServices';
import { startShell } from './startShell';

startShell({
  rendererDir: path.join(__dirname, '..', 'renderer'),
  preloadPath: path.join(__dirname, 'preload.cjs'),
  createServices: createHostServices,
});
