import type { Coding } from '../../../../shared/domain/types';
import type { CodingIndex } from './codingIndex';

/**
 * The coding to move to from the selected one (or, with none selected, from the caret offset
 * `pivot`) in text order, skipping codings hidden by the coder toggles. Null at either end.
 */
export function adjacentCoding(
  index: CodingIndex,
  selectedId: string | null,
  pivot: number,
  direction: 1 | -1,
  isVisible: (coding: Coding) => boolean,
): Coding | null {
  const rows = index.rows;
  const selected = selectedId === null ? -1 : index.positionOf(selectedId);
  let position: number;
  if (selected !== -1) position = selected + direction;
  else {
    // First coding starting at or after the pivot; going back, the one before it.
    const firstAtPivot = lowerBound(rows, pivot);
    position = direction === 1 ? firstAtPivot : firstAtPivot - 1;
  }
  for (; position >= 0 && position < rows.length; position += direction) {
    const coding = rows[position] as Coding;
    if (isVisible(coding)) return coding;
  }
  return null;
}

function lowerBound(rows: readonly Coding[], offset: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((rows[mid] as Coding).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
