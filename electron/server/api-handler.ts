import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_METHODS } from '../../shared/api/contract';
import {
  ApiError,
  serializeError,
  type ApiErrorCode,
  type SerializedApiError,
} from '../../shared/api/errors';
import { decodeWire, encodeWire, type ApiEnvelope } from '../../shared/api/wire';
import { PayloadTooLargeError, readBody } from './read-body';

export type Dispatch = (method: string, arg: unknown) => Promise<unknown>;
export type Log = (message: string, error?: unknown) => void;

const KNOWN_METHODS: ReadonlySet<string> = new Set(API_METHODS);

/** HTTP status per error code; the envelope carries the code itself, the status serves logs and tools. */
const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  invalid_argument: 400,
  bad_input: 400,
  not_found: 404,
  conflict: 409,
  no_project: 409,
  unsupported_version: 422,
  forbidden: 403,
  cancelled: 409,
  internal: 500,
};

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Runs one API call: POST /api/<method> with body `encodeWire({ arg })`. */
export async function handleApiCall(
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  options: { dispatch: Dispatch; maxBodyBytes: number; log: Log },
): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    sendError(response, 405, 'invalid_argument', 'API calls must use POST.');
    request.resume();
    return;
  }
  if (!KNOWN_METHODS.has(method)) {
    sendError(response, 404, 'not_found', `Unknown API method "${method}".`);
    request.resume();
    return;
  }

  let text: string;
  try {
    text = await readBody(request, options.maxBodyBytes);
  } catch (error) {
    if (error instanceof PayloadTooLargeError) {
      sendError(response, 413, 'bad_input', error.message);
    } else {
      options.log(`Reading the body of ${method} failed`, error);
      sendError(response, 400, 'bad_input', 'The request body could not be read.');
    }
    return;
  }

  let arg: unknown;
  try {
    arg = parseArgument(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    sendError(response, 400, 'invalid_argument', `The request body is not valid JSON: ${detail}`);
    return;
  }

  let value: unknown;
  try {
    value = await options.dispatch(method, arg);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'internal') {
      options.log(`API call ${method} failed`, error);
    }
    const serialized = serializeError(error);
    send(response, STATUS_BY_CODE[serialized.code], { ok: false, error: serialized });
    return;
  }

  let body: string;
  try {
    body = encodeWire({ ok: true, value } satisfies ApiEnvelope);
  } catch (error) {
    options.log(`Encoding the result of ${method} failed`, error);
    sendError(response, 500, 'internal', 'An internal error occurred. See the log for details.');
    return;
  }
  sendText(response, 200, body);
}

/** An empty body means "no argument"; otherwise the body is `{ "arg": ... }`. */
function parseArgument(text: string): unknown {
  if (text.trim() === '') return undefined;
  const body = decodeWire(text);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new SyntaxError('expected an object of the form {"arg": ...}');
  }
  const keys = Object.keys(body);
  if (keys.some((key) => key !== 'arg')) {
    throw new SyntaxError('expected an object of the form {"arg": ...}');
  }
  return (body as { arg?: unknown }).arg;
}

export function sendError(
  response: ServerResponse,
  status: number,
  code: ApiErrorCode,
  message: string,
): void {
  const error: SerializedApiError = { code, message };
  send(response, status, { ok: false, error });
}

function send(response: ServerResponse, status: number, envelope: ApiEnvelope): void {
  sendText(response, status, encodeWire(envelope));
}

function sendText(response: ServerResponse, status: number, body: string): void {
  if (response.headersSent) return;
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
