import type { IncomingMessage } from 'node:http';

/**
 * The largest request body browser mode accepts. A request carries a file as base64 inside JSON,
 * and the whole body must fit in one JavaScript string (V8 caps strings at about 512 MiB), so this
 * is the practical ceiling; files up to about 370 MB fit. The desktop app and the CLI have no
 * such overhead.
 */
export const MAX_REQUEST_BYTES = 500 * 1024 * 1024;

export class PayloadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(
      `The request is larger than ${Math.floor(limit / (1024 * 1024))} MB. ` +
        'Import very large files with the desktop app or `concord import` instead.',
    );
    this.name = 'PayloadTooLargeError';
  }
}

/**
 * Reads the whole body as UTF-8 text, refusing more than `limit` bytes. On refusal the rest of the
 * body is drained (not kept) so the client still receives the 413 answer instead of a reset.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.reject(new PayloadTooLargeError(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      received += chunk.length;
      if (received > limit) {
        refused = true;
        chunks.length = 0;
        reject(new PayloadTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks, received).toString('utf8'));
    });
    request.on('error', (error) => {
      if (!refused) reject(error);
    });
  });
}
