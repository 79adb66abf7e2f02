import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../shared/agreement/random';
import { sortOffsets } from '../../../shared/agreement/text/sortOffsets';
import {
  coveredLength,
  intersectionLength,
  mergeSpans,
  orderByStart,
} from '../../../shared/agreement/text/spans';

describe('interval helpers', () => {
  it('sorts large offset arrays (radix path) like the native sort', () => {
    const random = createSeededRandom(5);
    const values = Float64Array.from({ length: 20_000 }, () => Math.floor(random() * 2 ** 32));
    const expected = Float64Array.from(values).sort();
    expect(sortOffsets(values)).toEqual(expected);
  });

  it('merges overlapping ranges and fuses touching ones unless asked to keep them', () => {
    const spans = [
      { start: 30, end: 40 },
      { start: 10, end: 30 },
      { start: 20, end: 25 },
      { start: 50, end: 60 },
    ];
    expect([...mergeSpans(spans)]).toEqual([10, 40, 50, 60]);
    expect([...mergeSpans(spans, true)]).toEqual([10, 30, 30, 40, 50, 60]);
    expect(mergeSpans([]).length).toBe(0);
  });

  it('measures coverage and intersections of merged lists', () => {
    const a = mergeSpans([
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ]);
    const b = mergeSpans([{ start: 5, end: 25 }]);
    expect(coveredLength(a)).toBe(20);
    expect(intersectionLength(a, b)).toBe(10);
  });

  it('orders spans by start', () => {
    const spans = [{ start: 7 }, { start: 2 }, { start: 7 }, { start: 0 }];
    expect([...orderByStart(spans)]).toEqual([3, 1, 0, 2]);
  });
});
