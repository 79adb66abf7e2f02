import { assertValidEdit, assertValidRange, type OffsetRange, type TextEdit } from './textEdit';

/**
 * What one edit did to a coded range:
 * - unchanged: the edit lies after the range (or is an insertion exactly at its end).
 * - shifted:   the edit lies before the range (or is an insertion exactly at its start).
 * - expanded:  a pure insertion strictly inside the range; the range grows by it.
 * - shrunk:    some coded characters were deleted and nothing was inserted into the range.
 * - edited:    some coded characters were replaced; the survivors and the new text stay coded.
 * - replaced:  every coded character was replaced; the range is now exactly the inserted text.
 * - removed:   every coded character was deleted and nothing was inserted: the coding is gone.
 */
export type RemapKind =
  'unchanged' | 'shifted' | 'expanded' | 'shrunk' | 'edited' | 'replaced' | 'removed';

export interface RangeRemap {
  kind: RemapKind;
  /** The range in the edited text; null when kind is 'removed'. */
  range: OffsetRange | null;
  /** How many of the range's characters the edit deleted. */
  deletedChars: number;
}

/**
 * Moves a coded range [start, end) through one edit so that it keeps covering exactly the
 * characters it covered (minus deleted ones). Inserted text joins the range only when the edit
 * touched the range's interior: typing right next to a coded passage does not extend it, but
 * retyping a coded word (even its first or last word) keeps the correction coded.
 */
export function remapRangeDetailed(range: OffsetRange, edit: TextEdit): RangeRemap {
  assertValidRange(range);
  assertValidEdit(edit);
  const { start, end } = range;
  const { from, to } = edit;
  const inserted = edit.insert.length;
  const delta = inserted - (to - from);

  if (from === to) {
    // Pure insertion: only an insertion strictly inside joins the range.
    if (from <= start) return shifted(start + inserted, end + inserted);
    if (from >= end) return { kind: 'unchanged', range: { start, end }, deletedChars: 0 };
    return { kind: 'expanded', range: { start, end: end + inserted }, deletedChars: 0 };
  }
  if (to <= start) return shifted(start + delta, end + delta);
  if (from >= end) return { kind: 'unchanged', range: { start, end }, deletedChars: 0 };

  // The replaced span [from, to) overlaps the coded characters: the inserted text (placed at
  // `from`) joins the range, and the coded characters after `to` survive, shifted by delta.
  const deletedChars = Math.min(to, end) - Math.max(from, start);
  const wholeRangeDeleted = from <= start && to >= end;
  const newStart = Math.min(start, from);
  const newEnd = to >= end ? from + inserted : end + delta;
  if (wholeRangeDeleted) {
    if (inserted === 0) return { kind: 'removed', range: null, deletedChars };
    return { kind: 'replaced', range: { start: newStart, end: newEnd }, deletedChars };
  }
  const kind = inserted === 0 ? 'shrunk' : 'edited';
  return { kind, range: { start: newStart, end: newEnd }, deletedChars };
}

/** The range after `edit`, or null when the edit deleted all of it and inserted nothing into it. */
export function remapRange(range: OffsetRange, edit: TextEdit): OffsetRange | null {
  return remapRangeDetailed(range, edit).range;
}

function shifted(start: number, end: number): RangeRemap {
  return { kind: 'shifted', range: { start, end }, deletedChars: 0 };
}
