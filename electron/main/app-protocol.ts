import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../server/content-security-policy';
import { contentTypeFor, resolveStaticPath } from '../server/static-assets';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Must run before the app is ready. `standard` gives concord://app a real origin (relative URLs,
 * localStorage scoped to it); `secure` makes it a secure context like https.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * Serves the built renderer from `rendererDir` on concord://app/. Only that host, only files
 * inside the directory (the same path checks as browser mode), always with the CSP header.
 */
export function serveRendererFiles(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return notFound();
    }
    const filePath = resolveStaticPath(rendererDir, url.pathname);
    if (filePath === null) return notFound();
    let data: Uint8Array<ArrayBuffer>;
    try {
      // A fresh ArrayBuffer-backed copy: Response wants an ArrayBuffer view, not a pooled Buffer.
      data = new Uint8Array(await readFile(filePath));
    } catch {
      return notFound();
    }
    return new Response(data, {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(filePath),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}
