import { ApiError } from '../../../shared/api/errors';

/** The message to show a user for anything thrown by the API or the UI. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
