/**
 * Segment-level agreement of two coders, in the style of MAXQDA's intercoder agreement check.
 *
 * Definition. Take one coded segment s of coder A with code c. It is matched when coder B has a
 * segment t with the same code c such that
 *     |s ∩ t| > 0   and   |s ∩ t| / (max(s.end, t.end) - min(s.start, t.start)) >= minOverlap,
 * i.e. the shared characters make up at least `minOverlap` of the stretch the two segments cover
 * together. The same test runs from B's side. Each segment counts once, as it was coded (no
 * merging; one B segment may match several A segments). Per code and overall:
 *     agreements = matched segments of A + matched segments of B
 *     disagreements = unmatched segments of A + unmatched segments of B
 *     percentAgreement = agreements / (agreements + disagreements)
 * minOverlap = 1 demands identical boundaries.
 *
 * Cost: after sorting each code's segments, only B segments that start within the window that
 * can reach the threshold are inspected: |s ∩ t| >= minOverlap * extent forces
 * s.start - |s| (1 - θ) / θ <= t.start <= s.start + |s| (1 - θ).
 */
import { invalidInput } from '../types';
import type { TwoCoderText } from './characterAgreement';
import { prepareCodedText, type PreparedText } from './preparedText';
import type { CodedSpan } from './spans';

export interface SegmentAgreementOptions {
  /** Share in (0, 1]; default 0.9. */
  minOverlap?: number;
}

export interface SegmentCounts {
  segmentsA: number;
  matchedA: number;
  segmentsB: number;
  matchedB: number;
  agreements: number;
  disagreements: number;
  /** null when neither coder has a segment. */
  percentAgreement: number | null;
}

export interface SegmentAgreementResult {
  minOverlap: number;
  perCode: Map<string, SegmentCounts>;
  overall: SegmentCounts;
}

/** Index of the first segment whose start is >= value (segments sorted by start). */
function lowerBound(sorted: readonly CodedSpan[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.start < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const SLACK = 1e-9; // keeps window bounds inclusive despite floating-point division

function countMatched(
  segments: readonly CodedSpan[],
  others: readonly CodedSpan[],
  minOverlap: number,
): number {
  let matched = 0;
  for (const s of segments) {
    const length = s.end - s.start;
    const from = lowerBound(others, s.start - (length * (1 - minOverlap)) / minOverlap - SLACK);
    const lastStart = s.start + length * (1 - minOverlap) + SLACK;
    for (let i = from; i < others.length && others[i]!.start <= lastStart; i++) {
      const t = others[i]!;
      const shared = Math.min(s.end, t.end) - Math.max(s.start, t.start);
      const extent = Math.max(s.end, t.end) - Math.min(s.start, t.start);
      if (shared > 0 && shared >= minOverlap * extent - SLACK) {
        matched++;
        break;
      }
    }
  }
  return matched;
}

function counts(segmentsA: number, matchedA: number, segmentsB: number, matchedB: number) {
  const agreements = matchedA + matchedB;
  const disagreements = segmentsA - matchedA + (segmentsB - matchedB);
  const total = agreements + disagreements;
  return {
    segmentsA,
    matchedA,
    segmentsB,
    matchedB,
    agreements,
    disagreements,
    percentAgreement: total > 0 ? agreements / total : null,
  };
}

function checkedOverlap(options: SegmentAgreementOptions): number {
  const minOverlap = options.minOverlap ?? 0.9;
  if (!(minOverlap > 0 && minOverlap <= 1)) {
    throw invalidInput(`Segment agreement: minOverlap must lie in (0, 1], got ${minOverlap}.`);
  }
  return minOverlap;
}

export function segmentAgreement(
  text: TwoCoderText,
  options: SegmentAgreementOptions = {},
): SegmentAgreementResult {
  checkedOverlap(options);
  const prepared = prepareCodedText([text.codingsA, text.codingsB], text.length, [
    'Coder A',
    'Coder B',
  ]);
  return segmentTables(prepared, 0, 1, options);
}

/** segmentAgreement of coders `a` and `b` of a prepared text. */
export function segmentTables(
  text: PreparedText,
  a: number,
  b: number,
  options: SegmentAgreementOptions = {},
): SegmentAgreementResult {
  const minOverlap = checkedOverlap(options);
  const tracksA = text.tracks[a]!;
  const tracksB = text.tracks[b]!;
  const perCode = new Map<string, SegmentCounts>();
  const total = { segmentsA: 0, matchedA: 0, segmentsB: 0, matchedB: 0 };
  text.codes.forEach((code, index) => {
    const spansA = tracksA[index]!.byStart;
    const spansB = tracksB[index]!.byStart;
    if (spansA.length === 0 && spansB.length === 0) return;
    const matchedA = countMatched(spansA, spansB, minOverlap);
    const matchedB = countMatched(spansB, spansA, minOverlap);
    perCode.set(code, counts(spansA.length, matchedA, spansB.length, matchedB));
    total.segmentsA += spansA.length;
    total.matchedA += matchedA;
    total.segmentsB += spansB.length;
    total.matchedB += matchedB;
  });
  return {
    minOverlap,
    perCode,
    overall: counts(total.segmentsA, total.matchedA, total.segmentsB, total.matchedB),
  };
}
