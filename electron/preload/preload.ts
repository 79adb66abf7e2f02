/**
 * The preload of the main window. It runs sandboxed (no Node), so Vite bundles it to one
 * CommonJS file that requires only 'electron'. It exposes exactly two objects to the page:
 *   window.api          one function per API method (API_METHODS), each an IPC invoke;
 *   window.concordHost  a subscription to native-menu commands.
 * Never ipcRenderer itself: the page cannot send on arbitrary channels or listen to others.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS } from '../../shared/api/contract';
import { deserializeError } from '../../shared/api/errors';
import {
  MENU_CHANNEL,
  apiChannel,
  type ConcordHost,
  type MenuCommand,
} from '../../shared/api/host-events';
import type { ApiEnvelope } from '../../shared/api/wire';

/**
 * Errors lose their class and custom properties when they cross the context bridge (only the
 * message survives), so a failed call rejects with the plain serialized error { name, code,
 * message } instead; renderer/src/api/preload-adapter.ts turns it back into an ApiError.
 */
async function invoke(method: string, arg: unknown): Promise<unknown> {
  const envelope = (await ipcRenderer.invoke(apiChannel(method), arg)) as ApiEnvelope;
  if (envelope.ok) return envelope.value;
  const error = deserializeError(envelope.error);
  throw { name: 'ApiError', code: error.code, message: error.message };
}

const api: Record<string, (arg?: unknown) => Promise<unknown>> = {};
for (const method of API_METHODS) {
  api[method] = (arg?: unknown) => invoke(method, arg);
}

const concordHost: ConcordHost = {
  onMenuCommand(listener) {
    // The page's listener never sees the IPC event (it would expose event.sender).
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('concordHost', concordHost);
