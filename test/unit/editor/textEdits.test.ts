import { describe, expect, it } from 'vitest';
import { applyTextEdits, remapCodings } from '../../../shared/anchoring';
import { changedBlocks, editsBetween } from '../../../renderer/src/editor/editing/textEdits';

const never = () => false;

describe('changedBlocks', () => {
  it('finds the one dirty block among unchanged ones', () => {
    const keys = ['a', 'b', 'c'];
    expect(changedBlocks(keys, keys, (key) => key === 'b')).toEqual({
      first: 1,
      prevEnd: 2,
      nextEnd: 2,
    });
  });

  it('reports nothing when no block changed', () => {
    expect(changedBlocks(['a', 'b'], ['a', 'b'], never)).toBeNull();
  });

  it('takes the unchanged neighbour along when a paragraph is inserted whole', () => {
    // Enter at the end of "b": a new empty block "x" after it, "b" itself not dirty.
    expect(changedBlocks(['a', 'b', 'c'], ['a', 'b', 'x', 'c'], never)).toEqual({
      first: 1,
      prevEnd: 2,
      nextEnd: 3,
    });
  });

  it('takes the following block along when the first paragraph is removed', () => {
    expect(changedBlocks(['a', 'b'], ['b'], never)).toEqual({ first: 0, prevEnd: 2, nextEnd: 1 });
  });
});

describe('editsBetween', () => {
  const check = (before: string, after: string, caret: number | null = null, at = 0) => {
    const edits = editsBetween(before, after, at, caret);
    const prefix = 'x'.repeat(at);
    expect(applyTextEdits(prefix + before, edits)).toBe(prefix + after);
    return edits;
  };

  it('turns typing into one insertion at the caret, even inside repeated letters', () => {
    // "see" -> "seee": the caret after the change says where the "e" was typed.
    expect(check('see', 'seee', 2)).toEqual([{ from: 1, to: 1, insert: 'e' }]);
    expect(check('see', 'seee', 4)).toEqual([{ from: 3, to: 3, insert: 'e' }]);
  });

  it('turns Backspace into one deletion before the caret', () => {
    expect(check('seee', 'see', 1)).toEqual([{ from: 1, to: 2, insert: '' }]);
  });

  it('turns a replaced selection into one edit', () => {
    expect(check('the recieve form', 'the receive form', 9)).toEqual([
      { from: 7, to: 9, insert: 'ei' },
    ]);
  });

  it('reads a paragraph split and join as an inserted and removed line break', () => {
    expect(check('one two', 'one\n two', 4, 10)).toEqual([{ from: 13, to: 13, insert: '\n' }]);
    expect(check('one\ntwo', 'onetwo', 3, 10)).toEqual([{ from: 13, to: 14, insert: '' }]);
  });

  it('keeps separate changes in several paragraphs apart, so codings between them stay', () => {
    const before = 'alpha beta\nmiddle coded\ngamma delta';
    const after = 'alpha BETA\nmiddle coded\ngamma DELTA';
    const edits = check(before, after);
    expect(edits.length).toBeGreaterThan(1);
    const coded = { start: 11, end: 23 };
    expect(remapCodings([coded], edits).codings).toEqual([coded]);
  });

  it('keeps a coding on a corrected typo inside it', () => {
    const before = 'we recieve help';
    const coded = { start: 3, end: 10 };
    const edits = check(before, 'we receive help', 8);
    const [moved] = remapCodings([coded], edits).codings;
    expect('we receive help'.slice(moved!.start, moved!.end)).toBe('receive');
  });
});
