import { describe, expect, it } from 'vitest';
import { remapCodings, type TextEdit } from '../../../shared/anchoring';
import type { Coding } from '../../../shared/domain/types';
import { CodingIndex } from '../../../renderer/src/editor/codings/codingIndex';
import { Random } from '../anchoring/random';

function coding(id: string, start: number, end: number, coderId = 'u1'): Coding {
  return {
    id,
    sourceId: 's1',
    coderId,
    codeId: 'c1',
    start,
    end,
    memo: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

function randomCodings(random: Random, count: number, textLength: number): Coding[] {
  return Array.from({ length: count }, (_, i) => {
    const start = random.int(0, textLength - 1);
    const end = random.int(start + 1, Math.min(textLength, start + 40));
    return coding(`c${i}`, start, end, `u${random.int(1, 3)}`);
  });
}

/** A typing-like edit (insert, delete, replace; sometimes wide) that fits a text of `length`. */
function randomEdit(random: Random, length: number): TextEdit {
  const from = random.int(0, length);
  const kind = random.int(0, 3);
  const width = kind === 3 ? random.int(0, 60) : random.int(0, 3);
  const to = kind === 0 ? from : Math.min(length, from + width);
  const insert = kind === 1 ? '' : 'x'.repeat(random.int(kind === 0 ? 1 : 0, 4));
  return { from, to, insert };
}

const spans = (rows: readonly Coding[]) => rows.map((row) => [row.id, row.start, row.end]);

/** What a full rebuild gives: every row remapped by the core's function, then sorted. */
function rebuilt(rows: readonly Coding[], edits: readonly TextEdit[]): CodingIndex {
  return CodingIndex.from(remapCodings(rows, edits).codings);
}

describe('CodingIndex.remapped (the incremental remap while typing)', () => {
  it('equals a full rebuild after every one of many random edits', () => {
    for (const seed of [1, 2, 3]) {
      const random = new Random(seed);
      let length = 2_000;
      let index = CodingIndex.from(randomCodings(random, 300, length));
      for (let step = 0; step < 150; step++) {
        const edit = randomEdit(random, length);
        const expected = rebuilt(index.rows, [edit]);
        const { index: next, removed } = index.remapped([edit]);
        expect(spans(next.rows), `seed ${seed}, step ${step}`).toEqual(spans(expected.rows));
        expect(removed.map((row) => row.id).sort()).toEqual(
          remapCodings(index.rows, [edit])
            .removed.map((row) => row.id)
            .sort(),
        );
        // Lookups and interval queries agree with the rebuilt index too.
        const lookups = (of: CodingIndex) =>
          expected.rows.map((row) => [
            of.get(row.id)?.start,
            of.get(row.id)?.end,
            of.positionOf(row.id),
          ]);
        expect(lookups(next)).toEqual(lookups(expected));
        const from = random.int(0, length);
        expect(spans(next.overlapping(from, from + 50))).toEqual(
          spans(expected.overlapping(from, from + 50)),
        );
        expect(next.countsByCoder()).toEqual(expected.countsByCoder());
        length += edit.insert.length - (edit.to - edit.from);
        index = next;
      }
    }
  });

  it('applies a batch of edits in order, like remapCodings', () => {
    const random = new Random(42);
    for (let round = 0; round < 50; round++) {
      let length = 500;
      const rows = randomCodings(random, 60, length);
      const edits: TextEdit[] = [];
      for (let i = 0; i < 4; i++) {
        const edit = randomEdit(random, length);
        edits.push(edit);
        length += edit.insert.length - (edit.to - edit.from);
      }
      const { index } = CodingIndex.from(rows).remapped(edits);
      expect(spans(index.rows)).toEqual(spans(rebuilt(rows, edits).rows));
    }
  });

  it('keeps the row objects of codings before the edit and the index when nothing moves', () => {
    const before = coding('before', 0, 10);
    const after = coding('after', 20, 30);
    const index = CodingIndex.from([before, after]);

    const typed = index.remapped([{ from: 15, to: 15, insert: 'abc' }]);
    expect(typed.changed).toBe(true);
    expect(typed.index.get('before')).toBe(before);
    expect(typed.index.get('after')).toMatchObject({ start: 23, end: 33 });

    const atTheEnd = index.remapped([{ from: 40, to: 40, insert: 'abc' }]);
    expect(atTheEnd.changed).toBe(false);
    expect(atTheEnd.index).toBe(index);
  });

  it('reports codings whose text was deleted entirely and keeps the order of collapsed ones', () => {
    const index = CodingIndex.from([
      coding('gone', 12, 14),
      coding('long', 11, 40),
      coding('short', 13, 20),
      coding('kept', 0, 5),
    ]);
    const { index: next, removed } = index.remapped([{ from: 10, to: 15, insert: '' }]);
    expect(removed.map((row) => row.id)).toEqual(['gone']);
    // 'long' and 'short' now both start at 10: ordered by end.
    expect(spans(next.rows)).toEqual([
      ['kept', 0, 5],
      ['short', 10, 15],
      ['long', 10, 35],
    ]);
    expect(next.get('gone')).toBeUndefined();
    expect(next.countsByCoder()).toEqual(new Map([['u1', 3]]));
  });
});
