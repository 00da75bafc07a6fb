// `npm start`: builds and launches the desktop app where an Electron binary exists. Where it does
// not (these build machines cannot download it), says so in one line and points to the CLI.
// Never `require('electron')` here: since Electron 42 that starts a download (DESIGN.md).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron executable, found the way node_modules/electron/index.js finds it, minus the download. */
function findElectronBinary() {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const defaultRelative =
    process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
  const candidate = override ? path.join(override, relative ?? defaultRelative) : relative ? path.join(packageDir, 'dist', relative) : undefined;
  return candidate !== undefined && existsSync(candidate) ? candidate : undefined;
}

/** Linux needs a display server for a window (macOS and Windows always have one). */
function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const electron = findElectronBinary();
// `--check`: exit 0 when the desktop window can open here, 1 when it cannot (scripts/setup.sh).
if (process.argv.includes('--check')) process.exit(electron !== undefined && hasDisplay() ? 0 : 1);
if (electron !== undefined && !hasDisplay()) {
  console.log('C100 Prep: there is no display here for the desktop window (no DISPLAY or WAYLAND_DISPLAY); use the command line: `npx c100 --help`.');
  process.exit(0);
}
if (electron === undefined) {
  console.log(
    'C100 Prep: the desktop window needs the Electron binary, which is not installed on this machine (run `npm install` with internet access, or set ELECTRON_OVERRIDE_DIST_PATH to an Electron folder); meanwhile use the command line: `npx c100 --help`.',
  );
  process.exit(0);
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// ELECTRON_RUN_AS_NODE would turn the app into a plain Node process.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, [root, ...process.argv.slice(2).filter((a) => a !== '--check')], { cwd: root, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
