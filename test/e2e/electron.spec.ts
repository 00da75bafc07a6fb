/**
 * The packaged-style desktop app under Playwright's Electron driver (DESIGN.md "Tests": e2e
 * (electron) runs only where an Electron binary exists; skipped with a clear message otherwise).
 * Self-contained: it finds the binary itself (never `require('electron')`, which downloads it) and
 * launches `dist/electron/main.cjs` built by `npm run build` (scripts/e2e.mjs builds first).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Electron executable, found as node_modules/electron/index.js would, minus its download. */
function findElectronBinary(): string | undefined {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const fallback = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
  const candidate = override ? path.join(override, relative ?? fallback) : relative ? path.join(packageDir, 'dist', relative) : undefined;
  return candidate !== undefined && existsSync(candidate) ? candidate : undefined;
}

const executablePath = findElectronBinary();
const mainScript = path.join(repoRoot, 'dist', 'electron', 'main.cjs');

test.describe('the desktop shell (Electron)', () => {
  test.skip(
    executablePath === undefined,
    'Electron binary not installed on this machine: run `npm install` with internet access or set ELECTRON_OVERRIDE_DIST_PATH',
  );

  test('opens one sandboxed window on app://, exposes only window.c100 and refuses navigation away', async () => {
    expect(existsSync(mainScript), 'run `npm run build` first').toBe(true);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'c100-e2e-electron-'));
    const app = await electron.launch({
      executablePath,
      args: [mainScript],
      cwd: repoRoot,
      env: { ...process.env, C100_DATA_DIR: dataDir, ELECTRON_DISABLE_SECURITY_WARNINGS: 'true' },
    });
    try {
      const window = await app.firstWindow();
      expect(window.url()).toMatch(/^app:\/\/c100\//);

      const exposure = await window.evaluate(() => ({
        hasRequire: typeof (globalThis as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
        methods: Object.keys((globalThis as { c100?: object }).c100 ?? {}).sort(),
      }));
      expect(exposure.hasRequire).toBe(false);
      expect(exposure.hasProcess).toBe(false);
      expect(exposure.methods).toContain('vaultStatus');
      expect(exposure.methods).toContain('onShellEvent');

      const status = await window.evaluate(() => (globalThis as unknown as { c100: { vaultStatus(): Promise<unknown> } }).c100.vaultStatus());
      expect(status).toMatchObject({ ok: true });

      const refused = await window.evaluate(() =>
        (globalThis as unknown as { c100: { openHelpLink(r: { url: string }): Promise<unknown> } }).c100.openHelpLink({ url: 'https://gov.uk.evil.com/' }),
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

      await window.evaluate(() => {
        location.href = 'https://example.com/';
      });
      await window.waitForTimeout(500);
      expect(window.url()).toMatch(/^app:\/\/c100\//);

      // One window only: new windows are denied (the sandbox itself shows as no `require`/`process` above).
      const windowCount = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
      expect(windowCount).toBe(1);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
