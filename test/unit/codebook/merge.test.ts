import { describe, expect, it } from 'vitest';
import { mergePlan } from '../../../shared/codebook';
import { coding } from './fixtures';

describe('mergePlan', () => {
  it('moves every coding of the source code to the target', () => {
    const a = coding('source', 0, 5);
    const b = coding('source', 10, 20, { coderId: 'coder-2' });
    const other = coding('unrelated', 0, 5);
    const plan = mergePlan([a, b, other], 'source', 'target');
    expect(plan.moved).toEqual([
      { ...a, codeId: 'target' },
      { ...b, codeId: 'target' },
    ]);
    expect(plan.collapsed).toEqual([]);
    expect(plan.memoUpdates).toEqual([]);
  });

  it('collapses a coding duplicating a target coding of the same coder, source and span', () => {
    const kept = coding('target', 0, 5, { memo: 'Target memo' });
    const duplicate = coding('source', 0, 5, { memo: 'Source memo' });
    const otherCoder = coding('source', 0, 5, { coderId: 'coder-2' });
    const otherSource = coding('source', 0, 5, { sourceId: 'source-2' });
    const otherSpan = coding('source', 0, 6);
    const plan = mergePlan(
      [kept, duplicate, otherCoder, otherSource, otherSpan],
      'source',
      'target',
    );
    expect(plan.collapsed).toEqual([{ removed: duplicate, keptId: kept.id }]);
    expect(plan.memoUpdates).toEqual([{ codingId: kept.id, memo: 'Target memo\n\nSource memo' }]);
    expect(plan.moved.map((c) => c.id)).toEqual([otherCoder.id, otherSource.id, otherSpan.id]);
  });

  it('collapses duplicates among the source codings into the first one', () => {
    const first = coding('source', 3, 9);
    const second = coding('source', 3, 9, { memo: 'Only memo' });
    const plan = mergePlan([first, second], 'source', 'target');
    expect(plan.moved).toEqual([{ ...first, codeId: 'target', memo: 'Only memo' }]);
    expect(plan.collapsed).toEqual([{ removed: second, keptId: first.id }]);
  });

  it('does not repeat identical memos', () => {
    const kept = coding('target', 0, 5, { memo: 'Same' });
    const duplicate = coding('source', 0, 5, { memo: 'Same' });
    expect(mergePlan([kept, duplicate], 'source', 'target').memoUpdates).toEqual([]);
  });

  it('refuses to merge a code into itself', () => {
    expect(() => mergePlan([], 'a', 'a')).toThrow('A code cannot be merged into itself.');
  });
});
