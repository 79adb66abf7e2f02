import { ApiError } from '../../../shared/api/errors';

/** The one kind of error importers raise for a file they cannot read: it names the file. */
export function badInput(fileName: string, problem: string): ApiError {
  return new ApiError('bad_input', `${fileName}: ${problem}`);
}

const MAX_QUOTED_CHARS = 60;

/** A piece of the file, trimmed, shortened and in quotes, to show in an error message. */
export function quoted(text: string): string {
  const trimmed = text.trim();
  const shown =
    trimmed.length > MAX_QUOTED_CHARS ? `${trimmed.slice(0, MAX_QUOTED_CHARS)}…` : trimmed;
  return `"${shown}"`;
}
