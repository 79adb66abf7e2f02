/**
 * Entry point of the Electron main process (bundled by the Forge Vite plugin to .vite/build/main.cjs).
 * It owns the one core service of the app, serves the renderer on concord://app, answers the
 * preload's IPC calls and builds the native menu. Nothing here touches the network.
 */
import path from 'node:path';
import { app, BrowserWindow, Menu, session } from 'electron';
import handledSquirrelEvent from 'electron-squirrel-startup';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/api/host-events';
import { createCoreService, type CoreService } from '../core/api';
import { rendererSource } from './app-origin';
import { registerAppScheme, serveRendererFiles } from './app-protocol';
import { registerApiHandlers, type MainLog } from './ipc';
import { createMainWindow } from './main-window';
import { buildApplicationMenu } from './menu';
import { openProjectAt, type MenuActionContext } from './menu-actions';
import { projectPathFromArgv } from './project-arguments';
import { hardenAllWebContents, hardenSession } from './security';
import { openStartupProject } from './startup-project';

const log: MainLog = (message, error) => {
  console.error(`[concord] ${message}`, error ?? '');
};

if (handledSquirrelEvent) {
  // Windows installer/updater event (shortcut creation etc.): handled, nothing else to do.
  app.quit();
} else if (!app.requestSingleInstanceLock()) {
  // Two instances would open the same SQLite files; the first one takes over (second-instance).
  app.quit();
} else {
  registerAppScheme();
  startApp();
}

function startApp(): void {
  const devServerUrl =
    typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string'
      ? MAIN_WINDOW_VITE_DEV_SERVER_URL
      : undefined;
  const source = rendererSource(devServerUrl);
  let core: CoreService | null = null;
  let mainWindow: BrowserWindow | null = null;
  /** A project file handed to us (macOS open-file) before the core was ready. */
  let pendingOpenPath: string | null = projectPathFromArgv(process.argv, process.cwd());

  const menuContext = (): MenuActionContext => ({
    api: requireCore().api,
    window: () => mainWindow,
    send: (command: MenuCommand) => mainWindow?.webContents.send(MENU_CHANNEL, command),
    projectChanged: async () => {
      mainWindow?.webContents.send(MENU_CHANNEL, { type: 'project-changed' } satisfies MenuCommand);
      await refreshMenu();
    },
    log,
  });

  function requireCore(): CoreService {
    if (!core) throw new Error('The core service is not running.');
    return core;
  }

  async function refreshMenu(): Promise<void> {
    const api = requireCore().api;
    const [recent, project] = await Promise.all([api.listRecentProjects(), api.getProject()]);
    Menu.setApplicationMenu(
      buildApplicationMenu(menuContext(), {
        recent,
        hasProject: project !== null,
        isDevelopment: !app.isPackaged,
      }),
    );
  }

  function showMainWindow(): void {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      return;
    }
    mainWindow = createMainWindow(source);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  }

  function openFromOutside(filePath: string): void {
    if (!core) {
      pendingOpenPath = filePath;
      return;
    }
    showMainWindow();
    openProjectAt(menuContext(), filePath).catch((error: unknown) => log('Open failed', error));
  }

  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFromOutside(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const requested = projectPathFromArgv(argv, workingDirectory);
    if (requested) openFromOutside(requested);
    else if (core) showMainWindow();
  });

  app.on('window-all-closed', () => {
    // macOS apps stay active without windows; the Dock icon reopens one (activate).
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });

  app.on('will-quit', () => {
    // Closing the project checkpoints the WAL into the .concord file.
    core?.close();
    core = null;
  });

  app
    .whenReady()
    .then(async () => {
      hardenAllWebContents();
      hardenSession(session.defaultSession, source);
      if (!source.devServerUrl) {
        serveRendererFiles(path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}`));
      }
      core = createCoreService({
        host: 'electron',
        version: app.getVersion(),
        configDir: app.getPath('userData'),
        log,
      });
      registerApiHandlers({
        core,
        source,
        mainContents: () => mainWindow?.webContents ?? null,
        log,
      });
      const requestedPath = pendingOpenPath;
      pendingOpenPath = null;
      await openStartupProject(core.api, {
        requestedPath,
        userDataDir: app.getPath('userData'),
        log,
      });
      await refreshMenu();
      showMainWindow();
    })
    .catch((error: unknown) => {
      log('Concord could not start', error);
      app.exit(2);
    });
}
