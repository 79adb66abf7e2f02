import { describe, expect, it } from 'vitest';
import type { Coding } from '../../../shared/domain/types';
import { CodingIndex, overlapDepth } from '../../../renderer/src/editor/codings/codingIndex';

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

/** Deterministic pseudo-random numbers, so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const ids = (rows: readonly Coding[]) => rows.map((row) => row.id);

describe('CodingIndex', () => {
  it('finds exactly the codings overlapping a half-open range, in text order', () => {
    const index = CodingIndex.from([
      coding('late', 50, 60),
      coding('touching-before', 0, 10),
      coding('inside', 12, 15),
      coding('spanning', 5, 100),
      coding('touching-after', 20, 30),
    ]);
    expect(ids(index.overlapping(10, 20))).toEqual(['spanning', 'inside']);
    expect(ids(index.overlapping(0, 1))).toEqual(['touching-before']);
    expect(index.overlapping(15, 15)).toEqual([]);
  });

  it('agrees with a scan of all rows for random codings and ranges', () => {
    const next = random(42);
    const rows = Array.from({ length: 400 }, (_, i) => {
      const start = Math.floor(next() * 5000);
      return coding(`c${i}`, start, start + 1 + Math.floor(next() * (next() < 0.05 ? 3000 : 80)));
    });
    let index = CodingIndex.from(rows.slice(0, 200));
    for (const row of rows.slice(200)) index = index.with(row);
    for (const row of rows.slice(0, 50)) index = index.without(row.id);
    const kept = rows.slice(50);
    for (let trial = 0; trial < 300; trial++) {
      const from = Math.floor(next() * 5200);
      const to = from + Math.floor(next() * 400);
      const expected = kept
        .filter((row) => row.start < to && row.end > from)
        .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
      expect(ids(index.overlapping(from, to))).toEqual(ids(expected));
    }
  });

  it('replaces a row with the same id on upsert and keeps the old index unchanged', () => {
    const before = CodingIndex.from([coding('a', 0, 10), coding('b', 20, 30)]);
    const after = before.with(coding('a', 40, 50));
    expect(ids(after.rows)).toEqual(['b', 'a']);
    expect(after.get('a')?.start).toBe(40);
    expect(before.get('a')?.start).toBe(0);
    expect(after.positionOf('a')).toBe(1);
    expect(before.without('missing')).toBe(before);
  });
});

describe('overlapDepth', () => {
  it('counts the most codings over one offset; touching codings do not overlap', () => {
    expect(overlapDepth([])).toBe(0);
    expect(overlapDepth([coding('a', 0, 10), coding('b', 10, 20)])).toBe(1);
    expect(overlapDepth([coding('a', 0, 10), coding('b', 5, 20), coding('c', 8, 9)])).toBe(3);
  });
});
