/**
 * The codings of m coders on one text, checked once and grouped by code, in the forms the
 * coded-text measures read: each coder's codings of a code ascending by start (segment matching),
 * their union with touching codings fused (character tables, reliability units) and with touching
 * codings kept apart (the units of the unitizing alphas), and each coder's coverage of the text.
 *
 * A report computes several measures on every text of a project; preparing the text once instead
 * of grouping, sorting and merging the same codings in every measure is most of what keeps a
 * project of 600,000 codings within a couple of seconds. Cost: one numeric sort per coder and
 * linear passes, O(k log k) for k codings.
 */
import { validateSpans, validateTextLength, type CodedSpan, type MergedIntervals } from './spans';

export interface CodeTrack {
  /** The coder's codings of the code, ascending by start (equal starts in input order). */
  byStart: readonly CodedSpan[];
  /** Their union; touching codings fuse. */
  merged: MergedIntervals;
  /** Their union; touching codings stay two units. */
  units: MergedIntervals;
}

export interface PreparedText {
  length: number;
  coderCount: number;
  /** Codes by index, in order of first appearance (coder 0's codings first, then coder 1's...). */
  codes: readonly string[];
  codeIndex: ReadonlyMap<string, number>;
  /** tracks[coder][code index]; EMPTY_TRACK where the coder did not apply the code. */
  tracks: readonly (readonly CodeTrack[])[];
  /** Per coder: the union of all their codings, any code (touching ones fuse). */
  coverage: readonly MergedIntervals[];
}

const NO_INTERVALS: MergedIntervals = new Float64Array(0);

/** The track of a code a coder did not apply. Shared: never modify it. */
export const EMPTY_TRACK: CodeTrack = Object.freeze({
  byStart: Object.freeze([]) as readonly CodedSpan[],
  merged: NO_INTERVALS,
  units: NO_INTERVALS,
});

/**
 * Checks and prepares `coders[i]`'s codings on a text of `length` characters. `owners` names the
 * coders in error messages (default "Coder 1", "Coder 2", ...).
 */
export function prepareCodedText(
  coders: readonly (readonly CodedSpan[])[],
  length: number,
  owners: readonly string[] = coders.map((_, i) => `Coder ${i + 1}`),
): PreparedText {
  validateTextLength(length);
  coders.forEach((spans, i) => validateSpans(spans, length, owners[i]!));
  const codeIndex = new Map<string, number>();
  const codes: string[] = [];
  for (const spans of coders) {
    for (const span of spans) {
      if (!codeIndex.has(span.code)) {
        codeIndex.set(span.code, codes.length);
        codes.push(span.code);
      }
    }
  }
  const tracks: CodeTrack[][] = [];
  const coverage: MergedIntervals[] = [];
  for (const spans of coders) {
    const ordered = inStartOrder(spans);
    const byCode: CodedSpan[][] = codes.map(() => []);
    for (const span of ordered) byCode[codeIndex.get(span.code)!]!.push(span);
    tracks.push(
      byCode.map((group) =>
        group.length === 0
          ? EMPTY_TRACK
          : {
              byStart: group,
              merged: unionInStartOrder(group, true),
              units: unionInStartOrder(group, false),
            },
      ),
    );
    coverage.push(unionInStartOrder(ordered, true));
  }
  return { length, coderCount: coders.length, codes, codeIndex, tracks, coverage };
}

/**
 * The spans ascending by start, equal starts in input order. Packs (start, index) into one exact
 * double so that the native numeric sort does the work; a comparator when offsets are too large.
 */
function inStartOrder(spans: readonly CodedSpan[]): CodedSpan[] {
  const count = spans.length;
  let scale = 1;
  while (scale < count) scale *= 2;
  let maxStart = 0;
  for (let i = 0; i < count; i++) if (spans[i]!.start > maxStart) maxStart = spans[i]!.start;
  if ((maxStart + 1) * scale > Number.MAX_SAFE_INTEGER) {
    return Array.from(spans.keys())
      .sort((a, b) => spans[a]!.start - spans[b]!.start || a - b)
      .map((i) => spans[i]!);
  }
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = spans[i]!.start * scale + i;
  keys.sort();
  const ordered = new Array<CodedSpan>(count);
  for (let i = 0; i < count; i++) ordered[i] = spans[keys[i]! % scale]!;
  return ordered;
}

/**
 * The union of spans given ascending by start, as mergeSpans makes it: a span starting inside the
 * current interval extends it, and one starting exactly at its end extends it when `fuseTouching`.
 */
function unionInStartOrder(spans: readonly CodedSpan[], fuseTouching: boolean): MergedIntervals {
  if (spans.length === 0) return NO_INTERVALS;
  const merged: number[] = [];
  let start = spans[0]!.start;
  let end = spans[0]!.end;
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start < end || (fuseTouching && span.start === end)) {
      if (span.end > end) end = span.end;
    } else {
      merged.push(start, end);
      start = span.start;
      end = span.end;
    }
  }
  merged.push(start, end);
  return Float64Array.from(merged);
}

/** The union of merged interval lists (touching intervals fuse). */
export function unionOfIntervals(lists: readonly MergedIntervals[]): MergedIntervals {
  let union = NO_INTERVALS;
  for (const list of lists) union = unionOfTwo(union, list);
  return union;
}

function unionOfTwo(a: MergedIntervals, b: MergedIntervals): MergedIntervals {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  let start = -1;
  let end = -1;
  while (i < a.length || j < b.length) {
    let nextStart: number;
    let nextEnd: number;
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      nextStart = a[i]!;
      nextEnd = a[i + 1]!;
      i += 2;
    } else {
      nextStart = b[j]!;
      nextEnd = b[j + 1]!;
      j += 2;
    }
    if (start >= 0 && nextStart <= end) {
      if (nextEnd > end) end = nextEnd;
    } else {
      if (start >= 0) merged.push(start, end);
      start = nextStart;
      end = nextEnd;
    }
  }
  merged.push(start, end);
  return Float64Array.from(merged);
}
