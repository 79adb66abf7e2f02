import { API_METHODS, type ConcordApi } from '../../../shared/api/contract';
import { ApiError, deserializeError } from '../../../shared/api/errors';

/**
 * Wraps the preload's `window.api` so that failures reject with a real ApiError. The context
 * bridge copies only plain data: the preload rejects with `{ name, code, message }`, and an Error
 * thrown inside the bridge itself arrives as a bare Error with its message.
 */
export function adaptPreloadApi(bridged: ConcordApi): ConcordApi {
  const raw = bridged as unknown as Record<string, (arg?: unknown) => Promise<unknown>>;
  const api: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    const call = raw[method];
    api[method] = async (arg?: unknown) => {
      if (typeof call !== 'function') {
        throw new ApiError('internal', `The desktop host does not provide ${method}.`);
      }
      try {
        return await call(arg);
      } catch (error) {
        throw toApiError(error);
      }
    };
  }
  return Object.freeze(api) as unknown as ConcordApi;
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (typeof error === 'object' && error !== null && 'code' in error)
    return deserializeError(error);
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', `The desktop host failed: ${message}`);
}
