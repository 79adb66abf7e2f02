import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PATH_PREFIX } from '../../shared/api/wire';
import { handleApiCall, sendError, type Dispatch, type Log } from './api-handler';
import { MAX_REQUEST_BYTES } from './read-body';
import { hasValidToken, isAllowedHost, isSameOriginRequest } from './request-guard';
import { handleStaticFile, sendPlain } from './static-handler';

export interface ConcordHttpServerOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** Every /api request must carry `Authorization: Bearer <token>`. */
  token: string;
  maxBodyBytes?: number;
  log: Log;
}

/**
 * The HTTP transport of browser mode: static renderer files plus POST /api/<method>. It holds no
 * state of its own; `dispatch` is the core service's, exactly as in the Electron host.
 */
export function createConcordHttpServer(options: ConcordHttpServerOptions): Server {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_REQUEST_BYTES;
  const server = createServer((request, response) => {
    route(server, request, response).catch((error: unknown) => {
      options.log('Request handling failed', error);
      if (!response.headersSent) sendPlain(response, 500, 'Internal error.');
      else response.destroy();
    });
  });

  async function route(
    self: Server,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const port = (self.address() as AddressInfo).port;
    if (!isAllowedHost(request.headers.host, port)) {
      request.resume();
      sendPlain(response, 421, 'Unknown host. Open the address printed by `concord serve`.');
      return;
    }
    const urlPath = (request.url ?? '/').split('?')[0] ?? '/';
    if (!urlPath.startsWith(API_PATH_PREFIX)) {
      request.resume();
      await handleStaticFile(request, response, options.staticDir, urlPath);
      return;
    }
    if (!isSameOriginRequest(request, port)) {
      request.resume();
      sendError(response, 403, 'forbidden', 'Cross-origin requests are refused.');
      return;
    }
    if (!hasValidToken(request, options.token)) {
      request.resume();
      response.setHeader('WWW-Authenticate', 'Bearer');
      sendError(response, 401, 'forbidden', 'Missing or wrong access token.');
      return;
    }
    const method = urlPath.slice(API_PATH_PREFIX.length);
    await handleApiCall(request, response, method, {
      dispatch: options.dispatch,
      maxBodyBytes,
      log: options.log,
    });
  }

  return server;
}

/** Listens on the loopback interface only; port 0 picks a free port. Resolves with the port. */
export function listenOnLoopback(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Browsers keep idle keep-alive connections open; without this close() would wait for them.
    server.closeAllConnections();
  });
}
