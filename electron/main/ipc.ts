import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { API_METHODS } from '../../shared/api/contract';
import { ApiError, serializeError } from '../../shared/api/errors';
import { apiChannel } from '../../shared/api/host-events';
import type { ApiEnvelope } from '../../shared/api/wire';
import type { CoreService } from '../core/api';
import { isAppUrl, type RendererSource } from './app-origin';

export type MainLog = (message: string, error?: unknown) => void;

/**
 * One ipcMain.handle per API method, on channel `concord:<method>`. A call is served only when it
 * comes from the top frame of the main window showing the app's own page; the core then validates
 * the argument (dispatch). Every answer is an ApiEnvelope, so the preload can rebuild ApiError.
 * Returns a function that removes the handlers.
 */
export function registerApiHandlers(options: {
  core: CoreService;
  source: RendererSource;
  /** The main window's contents, or null while there is none. */
  mainContents: () => WebContents | null;
  log: MainLog;
}): () => void {
  const { core, source, log } = options;

  const isTrustedSender = (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    const main = options.mainContents();
    return (
      frame !== null &&
      main !== null &&
      event.sender.id === main.id &&
      frame.parent === null &&
      isAppUrl(frame.url, source)
    );
  };

  for (const method of API_METHODS) {
    ipcMain.handle(apiChannel(method), async (event, arg: unknown): Promise<ApiEnvelope> => {
      if (!isTrustedSender(event)) {
        log(`Refused IPC call ${method} from ${event.senderFrame?.url ?? 'a detached frame'}`);
        return { ok: false, error: serializeError(new ApiError('forbidden', 'Call refused.')) };
      }
      try {
        return { ok: true, value: await core.dispatch(method, arg) };
      } catch (error) {
        if (!(error instanceof ApiError) || error.code === 'internal') {
          log(`API call ${method} failed`, error);
        }
        return { ok: false, error: serializeError(error) };
      }
    });
  }

  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(apiChannel(method));
  };
}
