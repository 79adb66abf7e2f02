import type { ApiMethod, ConcordApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { apiInputSchemas, describeValidationError } from '../../../shared/api/schemas';

export type Dispatch = (method: string, arg: unknown) => Promise<unknown>;
export type ServiceLog = (message: string, error?: unknown) => void;

function isApiMethod(method: string): method is ApiMethod {
  // hasOwn, not `in`: '__proto__' or 'toString' must not reach an implementation.
  return Object.hasOwn(apiInputSchemas, method);
}

/**
 * The single entry point for calls from outside the process (Electron IPC, HTTP). Unknown
 * methods and invalid arguments are refused before any implementation runs; errors that are not
 * ApiErrors are logged and replaced by a generic 'internal' error.
 */
export function createDispatcher(implementation: ConcordApi, log: ServiceLog): Dispatch {
  return async (method, arg) => {
    if (typeof method !== 'string' || !isApiMethod(method)) {
      throw new ApiError('invalid_argument', `Unknown API method: ${String(method)}.`);
    }
    const parsed = apiInputSchemas[method].safeParse(arg);
    if (!parsed.success) {
      throw new ApiError('invalid_argument', describeValidationError(method, parsed.error));
    }
    const call = implementation[method] as (input: unknown) => Promise<unknown>;
    try {
      return await call.call(implementation, parsed.data);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      log(`${method} failed`, error);
      throw new ApiError('internal', 'An internal error occurred. See the log for details.');
    }
  };
}
