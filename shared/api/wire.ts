/**
 * The JSON encoding of API arguments and results on the browser-mode HTTP transport.
 *
 * Plain JSON cannot carry the `Uint8Array` of a file upload, so bytes travel as
 * `{"$bytes": "<base64>"}`. A plain object that itself has the shape of a tag (its only key is
 * `$bytes` or `$literal`) is wrapped as `{"$literal": {...}}`, so any value round-trips exactly.
 *
 * Pure TypeScript (no Buffer, no btoa/atob) because both the Node server and the renderer use it.
 */

import type { SerializedApiError } from './errors';

const BYTES_TAG = '$bytes';
const LITERAL_TAG = '$literal';

export function encodeWire(value: unknown): string {
  return JSON.stringify(toWireValue(value));
}

export function decodeWire(text: string): unknown {
  return fromWireValue(JSON.parse(text) as unknown);
}

function toWireValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_TAG]: encodeBase64(value) };
  if (Array.isArray(value))
    return value.map((item) => (item === undefined ? null : toWireValue(item)));
  if (isPlainObject(value)) {
    const encoded: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // JSON drops undefined properties; dropping them here keeps tag detection honest.
      if (item !== undefined) encoded[key] = toWireValue(item);
    }
    return looksLikeTag(encoded) ? { [LITERAL_TAG]: encoded } : encoded;
  }
  return value;
}

function fromWireValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWireValue);
  if (!isPlainObject(value)) return value;
  if (looksLikeTag(value)) {
    const [key, inner] = Object.entries(value)[0] as [string, unknown];
    if (key === BYTES_TAG) {
      if (typeof inner !== 'string') throw new SyntaxError('Malformed $bytes value on the wire.');
      return decodeBase64(inner);
    }
    if (!isPlainObject(inner)) throw new SyntaxError('Malformed $literal value on the wire.');
    return decodeObjectEntries(inner);
  }
  return decodeObjectEntries(value);
}

function decodeObjectEntries(value: Record<string, unknown>): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) decoded[key] = fromWireValue(item);
  return decoded;
}

function looksLikeTag(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === BYTES_TAG || keys[0] === LITERAL_TAG);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

// ---------------------------------------------------------------------------------------------
// Base64 (RFC 4648, standard alphabet, padded). Table-driven and chunked so that a 50 MB upload
// encodes without building one huge argument list or an intermediate array of strings per byte.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE_TABLE = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const DECODE_TABLE = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();
/** Bytes per chunk; a multiple of 3 so that only the last chunk needs padding. */
const ENCODE_CHUNK_BYTES = 3 * 8192;
const PAD = '='.charCodeAt(0);

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const out = new Uint8Array((ENCODE_CHUNK_BYTES / 3) * 4);
  for (let chunkStart = 0; chunkStart < bytes.length; chunkStart += ENCODE_CHUNK_BYTES) {
    const chunkEnd = Math.min(chunkStart + ENCODE_CHUNK_BYTES, bytes.length);
    let o = 0;
    let i = chunkStart;
    for (; i + 2 < chunkEnd; i += 3) {
      const n =
        ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
      out[o++] = ENCODE_TABLE[n >>> 18] as number;
      out[o++] = ENCODE_TABLE[(n >>> 12) & 63] as number;
      out[o++] = ENCODE_TABLE[(n >>> 6) & 63] as number;
      out[o++] = ENCODE_TABLE[n & 63] as number;
    }
    const rest = chunkEnd - i;
    if (rest > 0) {
      const n = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
      out[o++] = ENCODE_TABLE[n >>> 18] as number;
      out[o++] = ENCODE_TABLE[(n >>> 12) & 63] as number;
      out[o++] = rest === 2 ? (ENCODE_TABLE[(n >>> 6) & 63] as number) : PAD;
      out[o++] = PAD;
    }
    parts.push(String.fromCharCode.apply(null, out.subarray(0, o) as unknown as number[]));
  }
  return parts.join('');
}

export function decodeBase64(text: string): Uint8Array {
  let length = text.length;
  if (length % 4 !== 0) throw new SyntaxError('Invalid base64: length is not a multiple of 4.');
  let padding = 0;
  if (length > 0 && text.charCodeAt(length - 1) === PAD) padding++;
  if (length > 1 && text.charCodeAt(length - 2) === PAD) padding++;
  const bytes = new Uint8Array((length / 4) * 3 - padding);
  length -= padding;
  let o = 0;
  let i = 0;
  for (; i + 3 < length; i += 4) {
    const n =
      (sextet(text, i) << 18) |
      (sextet(text, i + 1) << 12) |
      (sextet(text, i + 2) << 6) |
      sextet(text, i + 3);
    bytes[o++] = n >>> 16;
    bytes[o++] = (n >>> 8) & 255;
    bytes[o++] = n & 255;
  }
  const rest = length - i;
  if (rest === 1) throw new SyntaxError('Invalid base64: truncated input.');
  if (rest >= 2) {
    const n =
      (sextet(text, i) << 18) |
      (sextet(text, i + 1) << 12) |
      (rest === 3 ? sextet(text, i + 2) << 6 : 0);
    bytes[o] = n >>> 16;
    if (rest === 3) bytes[o + 1] = (n >>> 8) & 255;
  }
  return bytes;
}

function sextet(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const value = code < 128 ? (DECODE_TABLE[code] as number) : -1;
  if (value < 0) throw new SyntaxError(`Invalid base64 character at offset ${index}.`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Envelopes shared by the hosts: the HTTP server and the Electron IPC handlers both answer every
// call with one of these, so that a user mistake (ApiError) is told apart from a transport failure.

/** Browser mode serves method M at POST `${API_PATH_PREFIX}M`; the body is `encodeWire({ arg })`. */
export const API_PATH_PREFIX = '/api/';

export type ApiEnvelope = { ok: true; value?: unknown } | { ok: false; error: SerializedApiError };
