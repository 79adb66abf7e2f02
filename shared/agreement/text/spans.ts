/**
 * Codings on one text as half-open character ranges [start, end), and the interval arithmetic the
 * coded-text measures share. Intervals are stored flat (start0, end0, start1, end1, ...) in sorted,
 * merged form, so that lengths, unions and intersections are linear sweeps after one sort:
 * O(k log k) for k codings, independent of the text length.
 */
import { invalidInput } from '../types';
import { sortOffsets } from './sortOffsets';

export interface CodedSpan {
  /** Code (category) id. */
  code: string;
  start: number;
  end: number;
}

/** Sorted, disjoint intervals, flat: [s0, e0, s1, e1, ...]. */
export type MergedIntervals = Float64Array;

/** Rejects ranges that are not whole offsets within [0, length) with start < end. */
export function validateSpans(spans: readonly CodedSpan[], length: number, owner: string): void {
  if (!Array.isArray(spans)) throw invalidInput(`${owner}: codings must be an array.`);
  spans.forEach((span, i) => {
    const { code, start, end } = span ?? ({} as CodedSpan);
    if (typeof code !== 'string' || code === '') {
      throw invalidInput(`${owner}: coding ${i + 1} has no code id.`);
    }
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length) {
      throw invalidInput(
        `${owner}: coding ${i + 1} (${code}) covers [${String(start)}, ${String(end)}), outside the text [0, ${length}).`,
      );
    }
    if (start >= end) {
      throw invalidInput(`${owner}: coding ${i + 1} (${code}) is empty: [${start}, ${end}).`);
    }
  });
}

export function validateTextLength(length: number): void {
  if (!Number.isInteger(length) || length < 0) {
    throw invalidInput(`Text length must be a whole number >= 0, got ${String(length)}.`);
  }
}

/** The spans of each code, in input order. */
export function groupByCode(spans: readonly CodedSpan[]): Map<string, CodedSpan[]> {
  const groups = new Map<string, CodedSpan[]>();
  for (const span of spans) {
    const group = groups.get(span.code);
    if (group) group.push(span);
    else groups.set(span.code, [span]);
  }
  return groups;
}

/**
 * Union of the ranges as merged intervals. Overlapping ranges always fuse; touching ranges fuse
 * unless `keepTouching` (unitizing measures treat two adjacent units as two units).
 *
 * Sweep line over starts and ends sorted independently: coverage depth rises at each start and
 * falls at each end, and a merged interval closes where the depth returns to 0. Sorting two
 * offset arrays (radix sort when large) is many times faster than sorting range objects with a
 * comparator, which matters at 300,000 codings per coder.
 */
export function mergeSpans(
  spans: readonly { start: number; end: number }[],
  keepTouching = false,
): MergedIntervals {
  const count = spans.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    starts[i] = spans[i]!.start;
    ends[i] = spans[i]!.end;
  }
  sortOffsets(starts);
  sortOffsets(ends);
  const merged: number[] = [];
  let nextStart = 0;
  let nextEnd = 0;
  let depth = 0;
  let openedAt = 0;
  while (nextEnd < count) {
    const start = nextStart < count ? starts[nextStart]! : Number.POSITIVE_INFINITY;
    const end = ends[nextEnd]!;
    // At a shared position, a start before an end fuses touching ranges; the reverse keeps them.
    const startComesFirst = keepTouching ? start < end : start <= end;
    if (startComesFirst) {
      if (depth === 0) openedAt = start;
      depth++;
      nextStart++;
    } else {
      depth--;
      nextEnd++;
      if (depth === 0) merged.push(openedAt, end);
    }
  }
  return Float64Array.from(merged);
}

/**
 * Positions of the spans in ascending start order. Packs (start, index) into one exact double so
 * the native numeric sort does the work; falls back to a comparator when offsets are too large.
 */
export function orderByStart(spans: readonly { start: number }[]): Uint32Array {
  const count = spans.length;
  const order = new Uint32Array(count);
  let scale = 1;
  while (scale < count) scale *= 2;
  const maxStart = spans.reduce((max, span) => Math.max(max, span.start), 0);
  if ((maxStart + 1) * scale > Number.MAX_SAFE_INTEGER) {
    const indices = Array.from(spans.keys()).sort((a, b) => spans[a]!.start - spans[b]!.start);
    order.set(indices);
    return order;
  }
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = spans[i]!.start * scale + i;
  keys.sort();
  for (let i = 0; i < count; i++) order[i] = keys[i]! % scale;
  return order;
}

export function coveredLength(intervals: MergedIntervals): number {
  let total = 0;
  for (let i = 0; i < intervals.length; i += 2) total += intervals[i + 1]! - intervals[i]!;
  return total;
}

/** Length of the intersection of two merged interval lists (two-pointer sweep). */
export function intersectionLength(a: MergedIntervals, b: MergedIntervals): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!, b[j]!);
    const end = Math.min(a[i + 1]!, b[j + 1]!);
    if (end > start) total += end - start;
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return total;
}
