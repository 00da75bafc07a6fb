/**
 * The shell's settings (auto-lock after idle time), in `settings.json` in the app's data folder.
 * Not secret: no draft content is ever stored here. A missing or damaged file means the defaults,
 * so a bad settings file can never stop the app from opening.
 */
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { HostCallError, ShellSettingsSchema, type ShellSettings } from '../../../forms/host';
import type { SettingsPort } from './hostPorts';

export const DEFAULT_SHELL_SETTINGS: ShellSettings = { autoLockMinutes: null };
export const SHELL_SETTINGS_FILE_NAME = 'settings.json';

/** A `SettingsPort` backed by a JSON file in `folder`. */
export function createShellSettingsStore(folder: string): SettingsPort {
  const filePath = path.join(folder, SHELL_SETTINGS_FILE_NAME);
  return {
    async get() {
      let text: string;
      try {
        text = await readFile(filePath, 'utf8');
      } catch {
        return { ...DEFAULT_SHELL_SETTINGS };
      }
      try {
        const parsed = ShellSettingsSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : { ...DEFAULT_SHELL_SETTINGS };
      } catch {
        return { ...DEFAULT_SHELL_SETTINGS };
      }
    },
    async update(settings) {
      const valid = ShellSettingsSchema.parse(settings);
      try {
        await mkdir(folder, { recursive: true, mode: 0o700 });
        // Temp file then rename: a crash never leaves a half-written settings file.
        const temp = `${filePath}.${process.pid}.tmp`;
        const handle = await open(temp, 'w', 0o600);
        try {
          await handle.writeFile(JSON.stringify(valid, null, 2));
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, filePath);
      } catch (error) {
        throw new HostCallError(
          'io',
          `C100 Prep could not save its settings in ${folder} (${(error as NodeJS.ErrnoException).code ?? 'write failed'}). Check that the folder is writable and that the disk is not full.`,
        );
      }
      return valid;
    },
  };
}
