import { remapRangeDetailed } from './remapRange';
import { assertValidEdit, type OffsetRange, type TextEdit } from './textEdit';

/** A coding whose coded text lost characters but which survives the edits. */
export interface ShrunkCoding<T extends OffsetRange> {
  before: T;
  after: T;
  /** Coded characters deleted by the edits (counting inserted ones deleted again). */
  deletedChars: number;
  /** True when at some point all its coded text was replaced and only new text remains coded. */
  replaced: boolean;
}

export interface CodingsRemap<T extends OffsetRange> {
  /** Every surviving coding with its new offsets, in input order. */
  codings: T[];
  /** The surviving codings whose offsets changed (new offsets): the rows to write back. */
  updated: T[];
  /** Codings whose coded text was deleted entirely, as they were before the edits. */
  removed: T[];
  /** Surviving codings that lost coded text, for the audit log. */
  shrunk: ShrunkCoding<T>[];
}

/**
 * Moves codings through a sequence of edits; each edit's offsets refer to the text after the
 * previous edits (the order diffToEdits and the editor report them in).
 * Codings are copied, never mutated: other fields are carried over unchanged.
 */
export function remapCodings<T extends OffsetRange>(
  codings: readonly T[],
  edits: readonly TextEdit[],
): CodingsRemap<T> {
  for (const edit of edits) assertValidEdit(edit);
  const result: CodingsRemap<T> = { codings: [], updated: [], removed: [], shrunk: [] };

  for (const coding of codings) {
    let range: OffsetRange = { start: coding.start, end: coding.end };
    let deletedChars = 0;
    let replaced = false;
    let survived = true;
    for (const edit of edits) {
      const step = remapRangeDetailed(range, edit);
      deletedChars += step.deletedChars;
      if (step.kind === 'replaced') replaced = true;
      if (step.range === null) {
        survived = false;
        break;
      }
      range = step.range;
    }
    if (!survived) {
      result.removed.push(coding);
      continue;
    }
    const moved = range.start !== coding.start || range.end !== coding.end;
    const after = moved ? { ...coding, start: range.start, end: range.end } : coding;
    result.codings.push(after);
    if (moved) result.updated.push(after);
    if (deletedChars > 0) result.shrunk.push({ before: coding, after, deletedChars, replaced });
  }
  return result;
}
