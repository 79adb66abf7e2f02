import type { FileUpload } from './contract';

/**
 * Messages from the desktop host to the UI, and the IPC channel names both sides agree on.
 * The Electron main process sends a MenuCommand when a native menu action needs the UI: the UI
 * subscribes through `window.concordHost.onMenuCommand` (renderer/src/api/host-events.ts).
 * Browser mode has no native menus and never sends any.
 */
export type MenuCommand =
  /** The main process created, opened or closed a project: reload everything from the API. */
  | { type: 'project-changed' }
  /** Files chosen in File ▸ Import Files…; the UI decides participant and kind, then imports. */
  | { type: 'import-files'; files: FileUpload[] }
  /** The CSV chosen in File ▸ Import Participants (CSV)…; the UI imports it and shows the result. */
  | { type: 'import-participants'; file: FileUpload }
  /** File ▸ Export Coder Package…: the UI asks for the round and coder, then saves the package. */
  | { type: 'export-coder-package' }
  /**
   * The package chosen in File ▸ Open Coder Package…; the UI asks where to create the project,
   * proposing `suggestedProjectPath` (beside the package).
   */
  | { type: 'open-coder-package'; file: FileUpload; suggestedProjectPath: string }
  /** File ▸ Export Coder Return…: the UI exports the return and saves it. */
  | { type: 'export-coder-return' }
  /** The return chosen in File ▸ Merge Coder Return…; the UI reviews it before merging. */
  | { type: 'merge-coder-return'; file: FileUpload }
  | { type: 'toggle-theme' }
  | { type: 'show-shortcuts' };

export type MenuCommandType = MenuCommand['type'];

/** What the preload exposes as `window.concordHost`, next to `window.api`. */
export interface ConcordHost {
  /** Calls `listener` for every menu command until the returned function is called. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Each API method M is invoked on IPC channel `concord:M`. */
export const API_CHANNEL_PREFIX = 'concord:';
/** The main process sends MenuCommands on this channel. */
export const MENU_CHANNEL = 'concord:menu';

export function apiChannel(method: string): string {
  return `${API_CHANNEL_PREFIX}${method}`;
}
