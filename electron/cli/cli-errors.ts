import { ApiError } from '../../shared/api/errors';

export const EXIT_OK = 0;
/** Bad input or usage: the user can fix it. */
export const EXIT_BAD_INPUT = 1;
/** A bug or an environment failure. */
export const EXIT_INTERNAL = 2;

/** Wrong command line; the message says what to change. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An input file or project the user named cannot be used; the message names it. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError || error instanceof InputError) return EXIT_BAD_INPUT;
  if (error instanceof ApiError) return error.code === 'internal' ? EXIT_INTERNAL : EXIT_BAD_INPUT;
  return EXIT_INTERNAL;
}

/** One line for stderr: the user's mistake in words, or a pointer for a bug. */
export function describeError(error: unknown): string {
  if (error instanceof UsageError) {
    return error.hint ? `${error.message}\n${error.hint}` : error.message;
  }
  if (error instanceof InputError) return error.message;
  if (error instanceof ApiError) return error.message;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `Internal error: ${detail}`;
}
