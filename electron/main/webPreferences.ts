/**
 * The main window's options. Every security-relevant preference is set explicitly, even where it is
 * Electron's default, so a future default change or a careless edit shows up in review and fails the
 * test (Electron security checklist items 2, 3, 4, 6, 8, 9, 10, 12).
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export function mainWindowWebPreferences(preloadPath: string, allowDevTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads Hunspell dictionaries from Google on Linux and Windows
    // builds without a native checker: the app makes no network requests (DESIGN.md), so it is off.
    spellcheck: false,
    devTools: allowDevTools,
  };
}

export function mainWindowOptions(preloadPath: string, allowDevTools: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 800,
    minWidth: 360,
    minHeight: 400,
    title: 'C100 Prep',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: mainWindowWebPreferences(preloadPath, allowDevTools),
  };
}
