import path from 'node:path';
import { BrowserWindow, nativeTheme } from 'electron';
import type { RendererSource } from './app-origin';
import { hardenWebContents } from './security';

/**
 * The one window of Concord. The renderer gets no Node and no Electron: it is sandboxed, isolated
 * from the preload, and reaches the core only through the functions the preload exposes.
 */
export function createMainWindow(source: RendererSource): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    title: 'Concord',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#ffffff',
    webPreferences: {
      // Emitted next to main.cjs by the Forge Vite plugin.
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
  hardenWebContents(window.webContents, source);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(source.entryUrl);
  return window;
}
