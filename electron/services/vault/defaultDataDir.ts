/**
 * Where the vault keeps its files by default: the standard per-user application data folder of each
 * OS (what Electron's `app.getPath('userData')` also resolves to), so the CLI and the app agree
 * without the CLI importing Electron.
 */
import { homedir } from 'node:os';
import path from 'node:path';

/** Environment variable that overrides the data folder (tests, portable installs, the CLI). */
export const DATA_DIR_ENV = 'C100_DATA_DIR';

export interface DataDirContext {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

/**
 * The data folder for `appName`: `$C100_DATA_DIR` when set; otherwise `%APPDATA%\appName` on Windows,
 * `~/Library/Application Support/appName` on macOS, `$XDG_CONFIG_HOME/appName` or
 * `~/.config/appName` elsewhere.
 */
export function defaultDataDir(appName: string, context: DataDirContext = {}): string {
  const env = context.env ?? process.env;
  const platform = context.platform ?? process.platform;
  const home = context.home ?? homedir();
  const override = env[DATA_DIR_ENV];
  if (override !== undefined && override.trim() !== '') return path.resolve(override);
  switch (platform) {
    case 'win32':
      return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), appName);
    case 'darwin':
      return path.posix.join(home, 'Library', 'Application Support', appName);
    default: {
      const xdg = env.XDG_CONFIG_HOME;
      // XDG Base Directory spec: a relative XDG_CONFIG_HOME is invalid and must be ignored.
      const base = xdg !== undefined && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.config');
      return path.posix.join(base, appName);
    }
  }
}
