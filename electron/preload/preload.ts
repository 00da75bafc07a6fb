/**
 * The preload: exposes `window.c100` (HostApi) and nothing else (DESIGN.md "Layers"; Electron
 * security checklist item 20: never expose Electron APIs to the page). Each method forwards its one
 * argument to `ipcRenderer.invoke` on its own fixed channel; the page can name no other channel, and
 * the IPC event object never reaches the page. Main parses and checks everything.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildHostBridge } from './buildHostBridge';

contextBridge.exposeInMainWorld('c100', buildHostBridge(ipcRenderer));
