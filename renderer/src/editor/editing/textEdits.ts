import { diffToEdits, type TextEdit } from '../../../../shared/anchoring';
import { commonPrefixLength, commonSuffixLength } from '../../../../shared/anchoring/diffToEdits';

/**
 * The changed stretch of the document between two editor states, in blocks: blocks before
 * `first` and from `prevEnd` (old) / `nextEnd` (new) on are the same blocks with the same text.
 */
export interface ChangedBlocks {
  first: number;
  prevEnd: number;
  nextEnd: number;
}

/**
 * Which blocks an editor update changed, from the block keys before and after and whether a
 * block was marked dirty (its text may have changed). Null when nothing changed. The changed
 * stretch is widened by one unchanged neighbour when one side is empty (a paragraph inserted or
 * removed whole), so that both sides have text and the '\n' between blocks is part of it.
 */
export function changedBlocks(
  prevKeys: readonly string[],
  nextKeys: readonly string[],
  isDirty: (key: string) => boolean,
): ChangedBlocks | null {
  const same = (prevIndex: number, nextIndex: number) => {
    const key = prevKeys[prevIndex];
    return key === nextKeys[nextIndex] && key !== undefined && !isDirty(key);
  };
  const limit = Math.min(prevKeys.length, nextKeys.length);
  let first = 0;
  while (first < limit && same(first, first)) first++;
  let tail = 0;
  while (tail < limit - first && same(prevKeys.length - 1 - tail, nextKeys.length - 1 - tail)) {
    tail++;
  }
  let prevEnd = prevKeys.length - tail;
  let nextEnd = nextKeys.length - tail;
  if (first === prevEnd && first === nextEnd) return null;
  if (first === prevEnd || first === nextEnd) {
    if (first > 0) first--;
    else if (tail > 0) {
      prevEnd++;
      nextEnd++;
    }
  }
  return { first, prevEnd, nextEnd };
}

/**
 * The edits turning `before` into `after`, two versions of the text found at source offset `at`.
 * A single change (typing, deleting, replacing a selection, splitting or joining paragraphs)
 * becomes one minimal edit. Where text repeats ("see" -> "seee"), several placements of the
 * change are equally minimal; `caret`, the caret's offset in `after` (relative to `at`) after
 * the change, picks the one the user made, which matters when a coding starts or ends there.
 * Changes that touch several separate places fall back to the word diff (diffToEdits) so that
 * codings between them are left alone.
 */
export function editsBetween(
  before: string,
  after: string,
  at: number,
  caret: number | null = null,
): TextEdit[] {
  if (before === after) return [];
  let prefix = commonPrefixLength(before, after);
  const grown = after.length - before.length;
  if (caret !== null) {
    // Typed text ends at the caret, deleted text ended where the caret now is.
    const latestStart = caret - Math.max(0, grown);
    if (latestStart >= 0) prefix = Math.min(prefix, latestStart);
  }
  const suffix = commonSuffixLength(before, after, prefix);
  const removed = before.slice(prefix, before.length - suffix);
  const inserted = after.slice(prefix, after.length - suffix);
  const single: TextEdit = {
    from: at + prefix,
    to: at + prefix + removed.length,
    insert: inserted,
  };
  // A replacement spanning paragraphs on both sides may be several changes in one update.
  if (removed.includes('\n') && inserted.includes('\n')) {
    return diffToEdits(before, after).map((edit) => ({
      from: edit.from + at,
      to: edit.to + at,
      insert: edit.insert,
    }));
  }
  return [single];
}
