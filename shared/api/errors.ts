/**
 * Errors that cross the API boundary. Hosts serialise them as { code, message } and adapters
 * rebuild an ApiError, so the renderer can tell a user mistake from a bug.
 */
export type ApiErrorCode =
  | 'invalid_argument'
  | 'not_found'
  | 'bad_input'
  | 'conflict'
  | 'no_project'
  | 'unsupported_version'
  | 'forbidden'
  | 'cancelled'
  | 'internal';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface SerializedApiError {
  code: ApiErrorCode;
  message: string;
}

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'invalid_argument',
  'not_found',
  'bad_input',
  'conflict',
  'no_project',
  'unsupported_version',
  'forbidden',
  'cancelled',
  'internal',
]);

export function serializeError(error: unknown): SerializedApiError {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  // Internal details stay in the host's log; the caller gets a stable, non-leaking message.
  return { code: 'internal', message: 'An internal error occurred. See the log for details.' };
}

export function deserializeError(value: unknown): ApiError {
  if (typeof value === 'object' && value !== null) {
    const { code, message } = value as Record<string, unknown>;
    if (typeof code === 'string' && KNOWN_CODES.has(code) && typeof message === 'string') {
      return new ApiError(code as ApiErrorCode, message);
    }
  }
  return new ApiError('internal', 'Malformed error from the core.');
}
