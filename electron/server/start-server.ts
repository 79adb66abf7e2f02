import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createCoreService } from '../core/api';
import type { Log } from './api-handler';
import { closeServer, createConcordHttpServer, listenOnLoopback } from './http-server';

export interface StartServerOptions {
  /** The .concord project to open; it must exist. */
  projectPath: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** Browser mode never listens beyond the loopback interface. */
  host?: '127.0.0.1';
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** Where the core keeps recent projects and settings. */
  configDir: string;
  /** Reported by getAppInfo. */
  version: string;
  log?: Log;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>/#token=<token>`; the token sits in the fragment, which browsers never send. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const defaultLog: Log = (message, error) => {
  console.error(error === undefined ? message : `${message}:`, error ?? '');
};

/**
 * Browser mode: opens the project in a core service and serves the renderer and the API on
 * 127.0.0.1 with a fresh random token. The same core and dispatch as the Electron host.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const log = options.log ?? defaultLog;
  const core = createCoreService({
    host: 'browser',
    version: options.version,
    configDir: options.configDir,
    log,
  });
  try {
    await core.api.openProject({ path: path.resolve(options.projectPath) });
  } catch (error) {
    core.close();
    throw error;
  }

  const token = randomBytes(32).toString('base64url');
  const server = createConcordHttpServer({
    dispatch: (method, arg) => core.dispatch(method, arg),
    staticDir: path.resolve(options.staticDir),
    token,
    log,
  });
  let port: number;
  try {
    port = await listenOnLoopback(server, options.port ?? 0);
  } catch (error) {
    core.close();
    throw error;
  }

  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    close() {
      closing ??= closeServer(server).finally(() => core.close());
      return closing;
    },
  };
}
