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
import {
  groupByCode,
  orderByStart,
  validateSpans,
  validateTextLength,
  type CodedSpan,
} from './spans';

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

export function segmentAgreement(
  text: TwoCoderText,
  options: SegmentAgreementOptions = {},
): SegmentAgreementResult {
  const minOverlap = options.minOverlap ?? 0.9;
  if (!(minOverlap > 0 && minOverlap <= 1)) {
    throw invalidInput(`Segment agreement: minOverlap must lie in (0, 1], got ${minOverlap}.`);
  }
  validateTextLength(text.length);
  validateSpans(text.codingsA, text.length, 'Coder A');
  validateSpans(text.codingsB, text.length, 'Coder B');
  const byStart = (spans: CodedSpan[]) => Array.from(orderByStart(spans), (i) => spans[i]!);
  const groupsA = groupByCode(text.codingsA);
  const groupsB = groupByCode(text.codingsB);
  const perCode = new Map<string, SegmentCounts>();
  const total = { segmentsA: 0, matchedA: 0, segmentsB: 0, matchedB: 0 };
  for (const code of new Set([...groupsA.keys(), ...groupsB.keys()])) {
    const a = byStart(groupsA.get(code) ?? []);
    const b = byStart(groupsB.get(code) ?? []);
    const matchedA = countMatched(a, b, minOverlap);
    const matchedB = countMatched(b, a, minOverlap);
    perCode.set(code, counts(a.length, matchedA, b.length, matchedB));
    total.segmentsA += a.length;
    total.matchedA += matchedA;
    total.segmentsB += b.length;
    total.matchedB += matchedB;
  }
  return {
    minOverlap,
    perCode,
    overall: counts(total.segmentsA, total.matchedA, total.segmentsB, total.matchedB),
  };
}
