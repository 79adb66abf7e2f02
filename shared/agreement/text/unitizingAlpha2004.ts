/**
 * Krippendorff's unitizing alpha per category, |uα (binary: units of the category versus
 * everything else), as defined in Krippendorff (2004, Content Analysis 2nd ed., sec. 11.6) and
 * Krippendorff (1995), for m >= 2 coders on a continuum [start, end) of length L.
 *
 * For category c each coder's continuum is a sequence of sections: units of c and the gaps
 * between them. For sections g (coder i) and h (coder j), with begin b and length l:
 *   both units, overlapping:          d = (b_g - b_h)^2 + (b_g + l_g - b_h - l_h)^2
 *   unit g lying inside gap h:        d = l_g^2        (and symmetrically)
 *   otherwise:                        d = 0
 *   Do = sum_{i != j} sum_gh d(g, h) / (m (m - 1) L^2)
 *   De = (2 / L) * sum_units g [ (N_c - 1)(2 l^3 - 3 l^2 + l) / 3 + l^2 sum_{gaps h, l_h >= l}(l_h - l + 1) ]
 *        / (m L (m L - 1) - sum_units l (l - 1))
 * with N_c the number of units of c over all coders. alpha = 1 - Do / De.
 *
 * A coder's overlapping codings of one code are merged first (adjacent ones stay two units) (the measure assumes a coder's units
 * of one category do not overlap). A category that nobody used has De = 0: its alpha is null
 * with undefinedReason 'no-variation'. Results are per category; an "overall" figure is a
 * package-specific average and deliberately not provided.
 */
import { invalidInput, type UndefinedReason } from '../types';
import { sortOffsets } from './sortOffsets';
import {
  groupByCode,
  mergeSpans,
  validateSpans,
  type CodedSpan,
  type MergedIntervals,
} from './spans';

export interface Continuum {
  start: number;
  end: number;
}

export interface UnitizingCategoryAlpha {
  alpha: number | null;
  undefinedReason?: UndefinedReason;
  Do: number;
  De: number;
}

interface Section {
  begin: number;
  length: number;
  isUnit: boolean;
}

function sections(units: MergedIntervals, continuum: Continuum): Section[] {
  const result: Section[] = [];
  let position = continuum.start;
  for (let i = 0; i < units.length; i += 2) {
    const begin = units[i]!;
    const end = units[i + 1]!;
    if (begin > position) result.push({ begin: position, length: begin - position, isUnit: false });
    result.push({ begin, length: end - begin, isUnit: true });
    position = end;
  }
  if (position < continuum.end) {
    result.push({ begin: position, length: continuum.end - position, isUnit: false });
  }
  return result;
}

function distance(g: Section, h: Section): number {
  const beginDiff = g.begin - h.begin;
  if (g.isUnit && h.isUnit) {
    if (-g.length < beginDiff && beginDiff < h.length) {
      const endDiff = beginDiff + g.length - h.length;
      return beginDiff * beginDiff + endDiff * endDiff;
    }
    return 0;
  }
  if (g.isUnit && !h.isUnit) {
    return beginDiff >= 0 && g.begin + g.length <= h.begin + h.length ? g.length * g.length : 0;
  }
  if (!g.isUnit && h.isUnit) {
    return beginDiff <= 0 && h.begin + h.length <= g.begin + g.length ? h.length * h.length : 0;
  }
  return 0;
}

/** Sum of d over all overlapping section pairs of two coders (each pair visited once). */
function pairDisagreement(a: readonly Section[], b: readonly Section[]): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    total += distance(a[i]!, b[j]!);
    const endA = a[i]!.begin + a[i]!.length;
    const endB = b[j]!.begin + b[j]!.length;
    if (endA <= endB) i++;
    if (endB <= endA) j++;
  }
  return total;
}

function expectedDisagreement(coderSections: readonly Section[][], L: number): number {
  const m = coderSections.length;
  const units: number[] = [];
  const gapList: number[] = [];
  for (const coder of coderSections) {
    for (const section of coder) (section.isUnit ? units : gapList).push(section.length);
  }
  const gaps = sortOffsets(Float64Array.from(gapList));
  // suffixSum[i] = sum of gaps[i..]; with the sorted gaps, sum_{gap >= l}(gap - l + 1) is O(log n).
  const suffixSum = new Float64Array(gaps.length + 1);
  for (let i = gaps.length - 1; i >= 0; i--) suffixSum[i] = suffixSum[i + 1]! + gaps[i]!;
  const firstAtLeast = (length: number) => {
    let low = 0;
    let high = gaps.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (gaps[middle]! < length) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  let numerator = 0;
  let selfPairs = 0;
  for (const l of units) {
    const from = firstAtLeast(l);
    const fitting = suffixSum[from]! - (l - 1) * (gaps.length - from);
    numerator += ((units.length - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * fitting;
    selfPairs += l * (l - 1);
  }
  return numerator === 0 ? 0 : ((2 / L) * numerator) / (m * L * (m * L - 1) - selfPairs);
}

/**
 * |uα for every code used by any coder. `coders[i]` holds coder i's codings; the continuum is
 * usually the whole text, { start: 0, end: text.length }.
 */
export function unitizingAlphaByCategory(
  coders: readonly (readonly CodedSpan[])[],
  continuum: Continuum,
): Map<string, UnitizingCategoryAlpha> {
  const { start, end } = continuum;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    throw invalidInput(`Unitizing alpha: the continuum [${start}, ${end}) must be non-empty.`);
  }
  if (coders.length < 2) {
    throw invalidInput(`Unitizing alpha needs at least two coders, got ${coders.length}.`);
  }
  coders.forEach((spans, i) => {
    validateSpans(spans, end, `Coder ${i + 1}`);
    const before = spans.find((span) => span.start < start);
    if (before) throw invalidInput(`Coder ${i + 1}: a coding starts before the continuum.`);
  });
  const groups = coders.map((spans) => groupByCode(spans));
  const codes = new Set(groups.flatMap((group) => [...group.keys()]));
  const L = end - start;
  const m = coders.length;
  const result = new Map<string, UnitizingCategoryAlpha>();
  for (const code of codes) {
    const perCoder = groups.map((group) =>
      sections(mergeSpans(group.get(code) ?? [], true), continuum),
    );
    let observed = 0;
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) observed += pairDisagreement(perCoder[i]!, perCoder[j]!);
    }
    const Do = (2 * observed) / (m * (m - 1) * L * L);
    const De = expectedDisagreement(perCoder, L);
    result.set(
      code,
      De === 0
        ? { alpha: null, undefinedReason: 'no-variation', Do, De }
        : { alpha: 1 - Do / De, Do, De },
    );
  }
  return result;
}
