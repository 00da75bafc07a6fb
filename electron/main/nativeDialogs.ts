/**
 * The native file dialogs behind `DialogPort`. The renderer never names a path; the user picks one
 * here, in a dialog attached to our window.
 */
import type { BaseWindow, Dialog } from 'electron';
import type { DialogPort } from '../services/host/hostPorts';

export function createNativeDialogs(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, getWindow: () => BaseWindow | undefined): DialogPort {
  const open = async (options: Electron.OpenDialogOptions) => {
    const window = getWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  };
  return {
    chooseExportFolder: () =>
      open({ title: 'Choose where to save the PDF forms', buttonLabel: 'Save here', properties: ['openDirectory', 'createDirectory'] }),
    chooseBundleOpenFile: () =>
      open({ title: 'Choose a .c100draft file to import', filters: [{ name: 'C100 Prep draft', extensions: ['c100draft'] }], properties: ['openFile'] }),
    chooseTemplateFile: () =>
      open({ title: 'Choose the official C100 PDF you downloaded from GOV.UK', filters: [{ name: 'PDF', extensions: ['pdf'] }], properties: ['openFile'] }),
    chooseBundleSaveFile: async (suggestedName) => {
      const options: Electron.SaveDialogOptions = {
        title: 'Save an encrypted copy of this draft',
        defaultPath: suggestedName,
        filters: [{ name: 'C100 Prep draft', extensions: ['c100draft'] }],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? undefined : result.filePath;
    },
  };
}
