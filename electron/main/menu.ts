import path from 'node:path';
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../../shared/domain/types';
import {
  closeProject,
  importFiles,
  importParticipants,
  mergeCoderReturn,
  newProject,
  openCoderPackage,
  openProjectAt,
  openProjectWithDialog,
  showAbout,
  type MenuActionContext,
} from './menu-actions';

export interface MenuState {
  recent: RecentProject[];
  hasProject: boolean;
  /** Reload and DevTools are offered only when not packaged. */
  isDevelopment: boolean;
}

const isMac = process.platform === 'darwin';

/** The native application menu; rebuilt whenever the open project or the recent list changes. */
export function buildApplicationMenu(context: MenuActionContext, state: MenuState): Menu {
  const run = (action: (context: MenuActionContext) => Promise<void>) => () => {
    action(context).catch((error: unknown) => context.log('Menu action failed', error));
  };

  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: 'No Recent Projects', enabled: false }]
      : state.recent.map((project) => ({
          label: `${project.name} — ${path.dirname(project.path)}`,
          click: run((ctx) => openProjectAt(ctx, project.path)),
        }));

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: run(newProject) },
      { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: run(openProjectWithDialog) },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      {
        label: 'Import Files…',
        accelerator: 'CmdOrCtrl+Shift+I',
        enabled: state.hasProject,
        click: run(importFiles),
      },
      {
        label: 'Import Participants (CSV)…',
        enabled: state.hasProject,
        click: run(importParticipants),
      },
      { type: 'separator' },
      // Coders on separate machines: the lead packages and merges, the coder opens and returns.
      {
        label: 'Export Coder Package…',
        enabled: state.hasProject,
        click: () => context.send({ type: 'export-coder-package' }),
      },
      { label: 'Open Coder Package…', click: run(openCoderPackage) },
      {
        label: 'Export Coder Return…',
        enabled: state.hasProject,
        click: () => context.send({ type: 'export-coder-return' }),
      },
      {
        label: 'Merge Coder Return…',
        enabled: state.hasProject,
        click: run(mergeCoderReturn),
      },
      { type: 'separator' },
      {
        label: 'Close Project',
        accelerator: 'CmdOrCtrl+Shift+W',
        enabled: state.hasProject,
        click: run(closeProject),
      },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(state.isDevelopment
        ? [
            { role: 'reload' } as const,
            { role: 'toggleDevTools' } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      {
        label: 'Toggle Light/Dark Theme',
        accelerator: 'CmdOrCtrl+Shift+L',
        click: () => context.send({ type: 'toggle-theme' }),
      },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      {
        label: 'Keyboard Shortcuts',
        accelerator: 'CmdOrCtrl+/',
        click: () => context.send({ type: 'show-shortcuts' }),
      },
      ...(isMac ? [] : [{ label: 'About Concord', click: run(showAbout) }]),
    ],
  };

  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: 'Concord',
            submenu: [
              { label: 'About Concord', click: run(showAbout) },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    file,
    edit,
    view,
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    help,
  ];
  return Menu.buildFromTemplate(template);
}
