/**
 * The application menu (issue 4 "Shell": Save, Export, Lock, Open drafts folder). Built as a plain
 * template from actions so the test can press every item without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  save(): void;
  exportPdf(): void;
  lock(): void;
  openDraftsFolder(): void;
  openHelp(): void;
}

export function buildMenuTemplate(actions: MenuActions, options: { isMac: boolean; allowDevTools: boolean }): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'save', label: '&Save', accelerator: 'CmdOrCtrl+S', click: () => actions.save() },
      { id: 'export', label: '&Export PDF…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportPdf() },
      { type: 'separator' },
      { id: 'lock', label: '&Lock drafts', accelerator: 'CmdOrCtrl+L', click: () => actions.lock() },
      { id: 'open-drafts-folder', label: 'Open &drafts folder', click: () => actions.openDraftsFolder() },
      { type: 'separator' },
      options.isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  };
  const edit: MenuItemConstructorOptions = { role: 'editMenu' };
  // Zoom matters: the app must stay usable at 200% (issue 5 "Styling").
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.allowDevTools ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ id: 'help', label: 'Help with the C100 (GOV.UK)', click: () => actions.openHelp() }],
  };
  return [...(options.isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help];
}
