/**
 * Reliability units over coded text. For one code and a set of coders, a text is cut at every
 * boundary of any coder's coding of that code; each piece is a "stretch" on which every coder
 * either applied the code (1) or not (0). Consecutive stretches nobody coded with the code are
 * joined into one gap unit, so a unit is either part of a coded passage or one uncoded gap
 * between passages: the units are the passages the coders (dis)agree on, not characters.
 */
import { mergeSpans } from '../agreement/text/spans';

export interface Stretch {
  start: number;
  end: number;
  /** Per coder (in the order given): 1 when the coder applied the code to the stretch. */
  values: (0 | 1)[];
}

/** Merged intervals, flat [s0, e0, s1, e1, ...], as shared/agreement's mergeSpans makes them. */
export type Intervals = Float64Array;

export function mergedIntervals(spans: readonly { start: number; end: number }[]): Intervals {
  return mergeSpans(spans);
}

/** Whether [start, end) meets any interval of `intervals` (sorted, disjoint). */
export function intersects(intervals: Intervals, start: number, end: number): boolean {
  let low = 0;
  let high = intervals.length / 2;
  // First interval whose end is after `start`.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (intervals[middle * 2 + 1]! <= start) low = middle + 1;
    else high = middle;
  }
  return low < intervals.length / 2 && intervals[low * 2]! < end;
}

/**
 * Calls `visit(start, end, mask)` for every stretch of one code on a text of `length`
 * characters, in text order; bit i of `mask` is set when coder i applied the code there.
 * `perCoder[i]` holds coder i's merged intervals of the code (at most 31 coders). With
 * `universe` (the text any coder coded with any code), gap units outside it are left out, as
 * excludeUncoded asks. Allocates nothing per stretch, so it scales to millions of units.
 */
export function forEachStretch(
  perCoder: readonly Intervals[],
  length: number,
  universe: Intervals | null,
  visit: (start: number, end: number, mask: number) => void,
): void {
  let boundaryCount = 2;
  for (const intervals of perCoder) boundaryCount += intervals.length;
  const sorted = new Float64Array(boundaryCount);
  sorted[0] = 0;
  sorted[1] = length;
  let at = 2;
  for (const intervals of perCoder) {
    sorted.set(intervals, at);
    at += intervals.length;
  }
  sorted.sort();
  const cursor = new Int32Array(perCoder.length);
  let gapStart = -1;
  const closeGap = (end: number) => {
    if (gapStart >= 0 && (universe === null || intersects(universe, gapStart, end))) {
      visit(gapStart, end, 0);
    }
    gapStart = -1;
  };
  for (let b = 0; b + 1 < sorted.length; b++) {
    const start = sorted[b]!;
    const end = sorted[b + 1]!;
    if (end <= start) continue;
    let mask = 0;
    for (let i = 0; i < perCoder.length; i++) {
      const intervals = perCoder[i]!;
      while (cursor[i]! < intervals.length && intervals[cursor[i]! + 1]! <= start) cursor[i]! += 2;
      if (cursor[i]! < intervals.length && intervals[cursor[i]!]! <= start) mask |= 1 << i;
    }
    if (mask !== 0) {
      closeGap(start);
      visit(start, end, mask);
    } else if (gapStart < 0) {
      gapStart = start;
    }
  }
  closeGap(length);
}

/** The stretches of one code as objects (for listing passages); see forEachStretch. */
export function codeStretches(
  perCoder: readonly Intervals[],
  length: number,
  universe: Intervals | null,
): Stretch[] {
  const stretches: Stretch[] = [];
  forEachStretch(perCoder, length, universe, (start, end, mask) => {
    stretches.push({ start, end, values: perCoder.map((_, i) => ((mask >> i) & 1) as 0 | 1) });
  });
  return stretches;
}
