import { describe, expect, it } from 'vitest';
import { applyTextEdit, remapRange, remapRangeDetailed } from '../../../shared/anchoring';
import type { OffsetRange, TextEdit } from '../../../shared/anchoring';

const TEXT = 'The quick brown fox';
/** "quick brown" */
const CODED: OffsetRange = { start: 4, end: 15 };

function coveredAfter(edit: TextEdit, range: OffsetRange = CODED): string | null {
  const moved = remapRange(range, edit);
  return moved === null ? null : applyTextEdit(TEXT, edit).slice(moved.start, moved.end);
}

describe('remapRange', () => {
  it('shifts a range when the edit lies entirely before it', () => {
    expect(remapRangeDetailed(CODED, { from: 0, to: 3, insert: 'A' })).toEqual({
      kind: 'shifted',
      range: { start: 2, end: 13 },
      deletedChars: 0,
    });
    expect(coveredAfter({ from: 0, to: 0, insert: 'Oh, ' })).toBe('quick brown');
    // A replacement ending exactly at the start does not touch the coded text.
    expect(coveredAfter({ from: 0, to: 4, insert: 'A ' })).toBe('quick brown');
  });

  it('leaves a range alone when the edit lies entirely after it', () => {
    expect(remapRangeDetailed(CODED, { from: 16, to: 19, insert: 'cat!' })).toEqual({
      kind: 'unchanged',
      range: CODED,
      deletedChars: 0,
    });
    // A replacement starting exactly at the end does not touch the coded text.
    expect(coveredAfter({ from: 15, to: 16, insert: '-' })).toBe('quick brown');
  });

  it('does not extend a coding when typing right next to it', () => {
    expect(remapRangeDetailed(CODED, { from: 4, to: 4, insert: 'very ' })).toMatchObject({
      kind: 'shifted',
      range: { start: 9, end: 20 },
    });
    expect(coveredAfter({ from: 15, to: 15, insert: 'ish' })).toBe('quick brown');
  });

  it('expands a coding for an insertion strictly inside it', () => {
    expect(remapRangeDetailed(CODED, { from: 5, to: 5, insert: 'QQ' })).toEqual({
      kind: 'expanded',
      range: { start: 4, end: 17 },
      deletedChars: 0,
    });
    expect(coveredAfter({ from: 14, to: 14, insert: '\n' })).toBe('quick brow\nn');
    expect(coveredAfter({ from: 10, to: 10, insert: 'dark ' })).toBe('quick dark brown');
  });

  it('shrinks a coding when text inside it is deleted', () => {
    expect(remapRangeDetailed(CODED, { from: 9, to: 15, insert: '' })).toEqual({
      kind: 'shrunk',
      range: { start: 4, end: 9 },
      deletedChars: 6,
    });
    expect(coveredAfter({ from: 5, to: 7, insert: '' })).toBe('qck brown');
  });

  it('shrinks a coding when a deletion overlaps one of its ends', () => {
    expect(coveredAfter({ from: 2, to: 6, insert: '' })).toBe('ick brown');
    expect(remapRangeDetailed(CODED, { from: 2, to: 6, insert: '' })).toMatchObject({
      kind: 'shrunk',
      deletedChars: 2,
    });
    expect(coveredAfter({ from: 13, to: 19, insert: '' })).toBe('quick bro');
  });

  it('keeps a corrected word coded, including the first and last words', () => {
    expect(coveredAfter({ from: 4, to: 9, insert: 'quack' })).toBe('quack brown');
    expect(coveredAfter({ from: 10, to: 15, insert: 'brawn' })).toBe('quick brawn');
    expect(coveredAfter({ from: 6, to: 7, insert: 'I' })).toBe('quIck brown');
    expect(remapRangeDetailed(CODED, { from: 4, to: 9, insert: 'quack' })).toMatchObject({
      kind: 'edited',
      deletedChars: 5,
    });
  });

  it('includes the new text when a replacement overlaps a coded end from outside', () => {
    expect(coveredAfter({ from: 2, to: 6, insert: 'XY' })).toBe('XYick brown');
    expect(coveredAfter({ from: 13, to: 17, insert: 'XY' })).toBe('quick broXY');
  });

  it('turns a coding into the inserted text when a replacement covers all of it', () => {
    expect(remapRangeDetailed(CODED, { from: 4, to: 15, insert: 'slow grey' })).toEqual({
      kind: 'replaced',
      range: { start: 4, end: 13 },
      deletedChars: 11,
    });
    expect(coveredAfter({ from: 0, to: 19, insert: 'Gone.' })).toBe('Gone.');
  });

  it('removes a coding whose text is deleted entirely', () => {
    expect(remapRangeDetailed(CODED, { from: 4, to: 15, insert: '' })).toEqual({
      kind: 'removed',
      range: null,
      deletedChars: 11,
    });
    expect(remapRange(CODED, { from: 0, to: 19, insert: '' })).toBeNull();
  });

  it('handles a single-character coding exhaustively around it', () => {
    const one = { start: 2, end: 3 };
    expect(remapRange(one, { from: 2, to: 2, insert: 'x' })).toEqual({ start: 3, end: 4 });
    expect(remapRange(one, { from: 3, to: 3, insert: 'x' })).toEqual(one);
    expect(remapRange(one, { from: 2, to: 3, insert: '' })).toBeNull();
    expect(remapRange(one, { from: 2, to: 3, insert: 'yz' })).toEqual({ start: 2, end: 4 });
    expect(remapRange(one, { from: 1, to: 2, insert: '' })).toEqual({ start: 1, end: 2 });
  });

  it('rejects malformed ranges and edits with a clear message', () => {
    expect(() => remapRange({ start: 3, end: 3 }, { from: 0, to: 0, insert: '' })).toThrow(
      /Range \[3, 3\) is malformed/,
    );
    expect(() => remapRange(CODED, { from: 5, to: 4, insert: '' })).toThrow(
      /Text edit \[5, 4\) is malformed/,
    );
    expect(() => applyTextEdit('abc', { from: 2, to: 9, insert: '' })).toThrow(
      /reaches past the end of a text of length 3/,
    );
  });
});

/**
 * The rules restated over character identities rather than offsets: which characters of the
 * edited text the coding must cover.
 */
function oracle(length: number, range: OffsetRange, edit: TextEdit): OffsetRange | null {
  const ids = Array.from({ length }, (_, i) => i);
  const covered = (id: number | undefined) =>
    id !== undefined && id >= range.start && id < range.end;
  const deleted = ids.slice(edit.from, edit.to);
  const touchesInterior =
    edit.from === edit.to
      ? covered(ids[edit.from - 1]) && covered(ids[edit.from])
      : deleted.some(covered);
  const insertedIds = Array.from({ length: edit.insert.length }, (_, i) => length + i);
  const after = [...ids.slice(0, edit.from), ...insertedIds, ...ids.slice(edit.to)];
  const keep = (id: number) => covered(id) || (touchesInterior && id >= length);
  const positions = after.flatMap((id, offset) => (keep(id) ? [offset] : []));
  if (positions.length === 0) return null;
  const start = positions[0]!;
  const end = positions.at(-1)! + 1;
  expect(positions).toHaveLength(end - start); // the covered characters stay contiguous
  return { start, end };
}

describe('remapRange, exhaustively on a six-character text', () => {
  it('follows the rules for every range and every edit', () => {
    const length = 6;
    let checked = 0;
    for (let start = 0; start < length; start++) {
      for (let end = start + 1; end <= length; end++) {
        for (let from = 0; from <= length; from++) {
          for (let to = from; to <= length; to++) {
            for (const insert of ['', 'X', 'XY']) {
              const edit = { from, to, insert };
              const range = { start, end };
              const label = JSON.stringify({ range, edit });
              expect(remapRange(range, edit), label).toEqual(oracle(length, range, edit));
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBe(21 * 28 * 3);
  });
});
