import { ApiError } from '../api/errors';
import type { Coding, Id } from '../domain/types';

export interface MergePlan {
  /**
   * Codings of the source code that move to the target code, as they should be written:
   * codeId set to the target, memo including the memos of duplicates collapsed into them.
   */
  moved: Coding[];
  /**
   * Codings of the source code to delete because the same coder already coded the same span of
   * the same source with the target (or with another source coding that moves): they collapse
   * into the coding `keptId`.
   */
  collapsed: Array<{ removed: Coding; keptId: Id }>;
  /** Target codings whose memo absorbs the memos of codings collapsed into them. */
  memoUpdates: Array<{ codingId: Id; memo: string }>;
}

/**
 * What merging code `sourceCodeId` into `targetCodeId` does to the codings: every coding of the
 * source becomes a coding of the target, except that codings of one coder on one source with
 * an identical [start, end) collapse into one, keeping every memo. Other codings are untouched.
 */
export function mergePlan(
  codings: readonly Coding[],
  sourceCodeId: Id,
  targetCodeId: Id,
): MergePlan {
  if (sourceCodeId === targetCodeId) {
    throw new ApiError('invalid_argument', 'A code cannot be merged into itself.');
  }
  const kept = new Map<string, { coding: Coding; moved: boolean; memos: string[] }>();
  for (const coding of codings) {
    if (coding.codeId !== targetCodeId) continue;
    const key = spanKey(coding);
    if (!kept.has(key)) kept.set(key, { coding, moved: false, memos: [coding.memo] });
  }

  const collapsed: MergePlan['collapsed'] = [];
  for (const coding of codings) {
    if (coding.codeId !== sourceCodeId) continue;
    const key = spanKey(coding);
    const existing = kept.get(key);
    if (existing) {
      collapsed.push({ removed: coding, keptId: existing.coding.id });
      existing.memos.push(coding.memo);
    } else {
      kept.set(key, { coding, moved: true, memos: [coding.memo] });
    }
  }

  const moved: Coding[] = [];
  const memoUpdates: MergePlan['memoUpdates'] = [];
  for (const { coding, moved: isMoved, memos } of kept.values()) {
    const memo = joinMemos(memos);
    if (isMoved) moved.push({ ...coding, codeId: targetCodeId, memo });
    else if (memo !== coding.memo) memoUpdates.push({ codingId: coding.id, memo });
  }
  return { moved, collapsed, memoUpdates };
}

function spanKey(coding: Coding): string {
  return JSON.stringify([coding.sourceId, coding.coderId, coding.start, coding.end]);
}

/** Distinct non-empty memos, in order, separated by a blank line. */
function joinMemos(memos: readonly string[]): string {
  const distinct: string[] = [];
  for (const memo of memos) {
    const trimmed = memo.trim();
    if (trimmed !== '' && !distinct.some((d) => d.trim() === trimmed)) distinct.push(memo);
  }
  return distinct.join('\n\n');
}
