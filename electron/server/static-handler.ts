import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './api-handler';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { contentTypeFor, resolveStaticPath } from './static-assets';

/** Serves the built renderer from `root` (GET and HEAD only, never outside `root`). */
export async function handleStaticFile(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  urlPath: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendPlain(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    return;
  }
  const filePath = resolveStaticPath(root, urlPath);
  if (filePath === null) {
    sendPlain(response, 404, 'Not found.');
    return;
  }
  const info = await stat(filePath).catch(() => null);
  if (info === null || !info.isFile()) {
    sendPlain(response, 404, 'Not found.');
    return;
  }
  const contentType = contentTypeFor(filePath);
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': info.size,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    // Vite fingerprints assets; index.html must be re-read so a rebuilt UI is picked up.
    'Cache-Control': contentType.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(filePath);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

export function sendPlain(
  response: ServerResponse,
  status: number,
  message: string,
  extraHeaders: Record<string, string> = {},
): void {
  if (response.headersSent) return;
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(message),
    'Cache-Control': 'no-store',
  });
  response.end(message);
}
