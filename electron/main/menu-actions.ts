import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { ConcordApi, FileUpload } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { MenuCommand } from '../../shared/api/host-events';
import { MAX_UPLOAD_BYTES } from '../../shared/api/schemas';
import type { MainLog } from './ipc';
import { withProjectExtension } from './project-arguments';

/** What the menu's actions need from the running app. */
export interface MenuActionContext {
  api: ConcordApi;
  window(): BrowserWindow | null;
  /** Sends a command to the UI (no-op without a window). */
  send(command: MenuCommand): void;
  /** Tells the UI the open project changed and refreshes the menu. */
  projectChanged(): Promise<void>;
  log: MainLog;
}

const PROJECT_FILTERS = [{ name: 'Concord project', extensions: ['concord'] }];
const SOURCE_FILTERS = [
  { name: 'Transcripts and notes', extensions: ['txt', 'text', 'md', 'docx', 'srt', 'vtt', 'rtf'] },
  { name: 'All files', extensions: ['*'] },
];
const PACKAGE_FILTERS = [
  { name: 'Concord coder package', extensions: ['concord-package', 'zip'] },
  { name: 'All files', extensions: ['*'] },
];
const RETURN_FILTERS = [
  { name: 'Concord coder return', extensions: ['concord-return', 'zip'] },
  { name: 'All files', extensions: ['*'] },
];
const CSV_FILTERS = [
  { name: 'CSV', extensions: ['csv'] },
  { name: 'All files', extensions: ['*'] },
];

export async function newProject(context: MenuActionContext): Promise<void> {
  const result = await showSaveDialog(context.window(), {
    title: 'New Project',
    buttonLabel: 'Create',
    defaultPath: path.join(app.getPath('documents'), 'Untitled.concord'),
    filters: PROJECT_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return;
  const filePath = withProjectExtension(result.filePath);
  if (
    await report(context, 'Could not create the project', () =>
      context.api.createProject({ path: filePath }),
    )
  ) {
    await context.projectChanged();
  }
}

export async function openProjectWithDialog(context: MenuActionContext): Promise<void> {
  const result = await showOpenDialog(context.window(), {
    title: 'Open Project',
    filters: PROJECT_FILTERS,
    properties: ['openFile'],
  });
  const filePath = result.filePaths[0];
  if (result.canceled || !filePath) return;
  await openProjectAt(context, filePath);
}

export async function openProjectAt(context: MenuActionContext, filePath: string): Promise<void> {
  if (
    await report(context, 'Could not open the project', () =>
      context.api.openProject({ path: filePath }),
    )
  ) {
    await context.projectChanged();
  }
}

export async function closeProject(context: MenuActionContext): Promise<void> {
  if (await report(context, 'Could not close the project', () => context.api.closeProject())) {
    await context.projectChanged();
  }
}

/** Reads the chosen files and hands them to the UI, which asks for participant and kind. */
export async function importFiles(context: MenuActionContext): Promise<void> {
  const result = await showOpenDialog(context.window(), {
    title: 'Import Files',
    buttonLabel: 'Import',
    filters: SOURCE_FILTERS,
    properties: ['openFile', 'multiSelections'],
  });
  if (result.canceled || result.filePaths.length === 0) return;
  const files: FileUpload[] = [];
  for (const filePath of result.filePaths) {
    const upload = await report(context, 'Could not read the file', () => readUpload(filePath));
    if (upload) files.push(upload);
  }
  if (files.length > 0) context.send({ type: 'import-files', files });
}

export async function importParticipants(context: MenuActionContext): Promise<void> {
  const result = await showOpenDialog(context.window(), {
    title: 'Import Participants (CSV)',
    buttonLabel: 'Import',
    filters: CSV_FILTERS,
    properties: ['openFile'],
  });
  const filePath = result.filePaths[0];
  if (result.canceled || !filePath) return;
  const file = await report(context, 'Could not read the file', () => readUpload(filePath));
  if (file) context.send({ type: 'import-participants', file });
}

/** Reads the chosen package; the UI asks where to create the project (beside the package). */
export async function openCoderPackage(context: MenuActionContext): Promise<void> {
  const result = await showOpenDialog(context.window(), {
    title: 'Open Coder Package',
    buttonLabel: 'Open',
    filters: PACKAGE_FILTERS,
    properties: ['openFile'],
  });
  const filePath = result.filePaths[0];
  if (result.canceled || !filePath) return;
  const file = await report(context, 'Could not read the file', () => readUpload(filePath));
  if (!file) return;
  const suggestedProjectPath = withProjectExtension(
    path.join(path.dirname(filePath), path.parse(filePath).name),
  );
  context.send({ type: 'open-coder-package', file, suggestedProjectPath });
}

/** Reads the chosen return; the UI shows what merging it would change before it is merged. */
export async function mergeCoderReturn(context: MenuActionContext): Promise<void> {
  const result = await showOpenDialog(context.window(), {
    title: 'Merge Coder Return',
    buttonLabel: 'Review',
    filters: RETURN_FILTERS,
    properties: ['openFile'],
  });
  const filePath = result.filePaths[0];
  if (result.canceled || !filePath) return;
  const file = await report(context, 'Could not read the file', () => readUpload(filePath));
  if (file) context.send({ type: 'merge-coder-return', file });
}

export async function showAbout(context: MenuActionContext): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'About Concord',
    message: `Concord ${app.getVersion()}`,
    detail:
      'A local-first workbench for team-based qualitative research.\n' +
      'Your projects stay on this computer; Concord makes no network requests.\n\n' +
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node.js ${process.versions.node}`,
    buttons: ['OK'],
  };
  const window = context.window();
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

async function readUpload(filePath: string): Promise<FileUpload> {
  const name = path.basename(filePath);
  const info = await stat(filePath);
  if (!info.isFile()) throw new ApiError('bad_input', `${name} is not a file.`);
  if (info.size > MAX_UPLOAD_BYTES) {
    throw new ApiError(
      'bad_input',
      `${name} is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`,
    );
  }
  const data = await readFile(filePath);
  return { fileName: name, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/**
 * Runs a menu action; a failure is shown in a native error box (the user chose the file, so the
 * message is for them) and logged when it is not a user mistake. Resolves with the result, or
 * undefined after a failure.
 */
async function report<T>(
  context: MenuActionContext,
  title: string,
  action: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    const userMistake = error instanceof ApiError && error.code !== 'internal';
    if (!userMistake) context.log(title, error);
    const message =
      userMistake || (error instanceof Error && 'code' in error)
        ? (error as Error).message
        : 'An internal error occurred. See the log for details.';
    dialog.showErrorBox(title, message);
    return undefined;
  }
}

function showSaveDialog(window: BrowserWindow | null, options: SaveDialogOptions) {
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}

function showOpenDialog(window: BrowserWindow | null, options: OpenDialogOptions) {
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}
