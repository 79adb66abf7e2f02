import { ApiError } from '../api/errors';

/**
 * One change to a source text: replace text[from, to) with `insert`.
 * Offsets are UTF-16 code units (JavaScript string indices), like every offset in Concord.
 * A pure insertion has from === to; a pure deletion has insert === ''.
 */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** A half-open span of text, end exclusive, as codings store it. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** Throws a clear error when an edit is malformed or does not fit a text of `textLength`. */
export function assertValidEdit(edit: TextEdit, textLength?: number): void {
  const { from, to } = edit;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from) {
    throw new ApiError(
      'invalid_argument',
      `Text edit [${from}, ${to}) is malformed: offsets must be integers with 0 <= from <= to.`,
    );
  }
  if (typeof edit.insert !== 'string') {
    throw new ApiError('invalid_argument', `Text edit [${from}, ${to}) has no insert string.`);
  }
  if (textLength !== undefined && to > textLength) {
    throw new ApiError(
      'invalid_argument',
      `Text edit [${from}, ${to}) reaches past the end of a text of length ${textLength}.`,
    );
  }
}

/** Throws a clear error when a range is not a non-empty span with integer offsets. */
export function assertValidRange(range: OffsetRange): void {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    throw new ApiError(
      'invalid_argument',
      `Range [${start}, ${end}) is malformed: offsets must be integers with 0 <= start < end.`,
    );
  }
}

/** Returns the text after `edit`; throws (changing nothing) if the edit does not fit the text. */
export function applyTextEdit(text: string, edit: TextEdit): string {
  assertValidEdit(edit, text.length);
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

/** Applies edits in order; each edit's offsets refer to the text left by the previous ones. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return edits.reduce(applyTextEdit, text);
}
