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
import { prepareCodedText } from './preparedText';
import { sortOffsets } from './sortOffsets';
import { validateSpans, type CodedSpan, type MergedIntervals } from './spans';

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

/**
 * One coder's sections of a category in continuum order, flat: units and the gaps between them.
 * Typed arrays rather than objects: a project's continuum has over a million sections.
 */
interface Sections {
  count: number;
  begin: Float64Array;
  length: Float64Array;
  isUnit: Uint8Array;
}

function sections(units: MergedIntervals, continuum: Continuum): Sections {
  const capacity = units.length + 1;
  const result: Sections = {
    count: 0,
    begin: new Float64Array(capacity),
    length: new Float64Array(capacity),
    isUnit: new Uint8Array(capacity),
  };
  const push = (begin: number, length: number, isUnit: boolean) => {
    result.begin[result.count] = begin;
    result.length[result.count] = length;
    result.isUnit[result.count++] = isUnit ? 1 : 0;
  };
  let position = continuum.start;
  for (let i = 0; i < units.length; i += 2) {
    const begin = units[i]!;
    const end = units[i + 1]!;
    if (begin > position) push(position, begin - position, false);
    push(begin, end - begin, true);
    position = end;
  }
  if (position < continuum.end) push(position, continuum.end - position, false);
  return result;
}

/** d of section i of `a` and section j of `b` (see the definition above). */
function distance(a: Sections, i: number, b: Sections, j: number): number {
  const gBegin = a.begin[i]!;
  const gLength = a.length[i]!;
  const hBegin = b.begin[j]!;
  const hLength = b.length[j]!;
  const gUnit = a.isUnit[i] === 1;
  const hUnit = b.isUnit[j] === 1;
  const beginDiff = gBegin - hBegin;
  if (gUnit && hUnit) {
    if (-gLength < beginDiff && beginDiff < hLength) {
      const endDiff = beginDiff + gLength - hLength;
      return beginDiff * beginDiff + endDiff * endDiff;
    }
    return 0;
  }
  if (gUnit && !hUnit) {
    return beginDiff >= 0 && gBegin + gLength <= hBegin + hLength ? gLength * gLength : 0;
  }
  if (!gUnit && hUnit) {
    return beginDiff <= 0 && hBegin + hLength <= gBegin + gLength ? hLength * hLength : 0;
  }
  return 0;
}

/** Sum of d over all overlapping section pairs of two coders (each pair visited once). */
function pairDisagreement(a: Sections, b: Sections): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.count && j < b.count) {
    total += distance(a, i, b, j);
    const endA = a.begin[i]! + a.length[i]!;
    const endB = b.begin[j]! + b.length[j]!;
    if (endA <= endB) i++;
    if (endB <= endA) j++;
  }
  return total;
}

/** Unit lengths below this have their gap search remembered. */
const MEMO_LENGTHS = 1 << 16;

function expectedDisagreement(coderSections: readonly Sections[], L: number): number {
  const m = coderSections.length;
  let unitCount = 0;
  let gapCount = 0;
  for (const coder of coderSections) {
    for (let i = 0; i < coder.count; i++) {
      if (coder.isUnit[i]) unitCount++;
      else gapCount++;
    }
  }
  const units = new Float64Array(unitCount);
  const gaps = new Float64Array(gapCount);
  let u = 0;
  let g = 0;
  for (const coder of coderSections) {
    for (let i = 0; i < coder.count; i++) {
      if (coder.isUnit[i]) units[u++] = coder.length[i]!;
      else gaps[g++] = coder.length[i]!;
    }
  }
  sortOffsets(gaps);
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
  // Unit lengths repeat (a project has a million units of a few thousand lengths): each search
  // is done once per length.
  const firstOfLength = new Int32Array(Math.min(MEMO_LENGTHS, L + 1)).fill(-1);
  let numerator = 0;
  let selfPairs = 0;
  for (let i = 0; i < units.length; i++) {
    const l = units[i]!;
    let from: number;
    if (l < firstOfLength.length) {
      from = firstOfLength[l]!;
      if (from < 0) firstOfLength[l] = from = firstAtLeast(l);
    } else {
      from = firstAtLeast(l);
    }
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
  const prepared = prepareCodedText(coders, end);
  const result = new Map<string, UnitizingCategoryAlpha>();
  prepared.codes.forEach((code, index) => {
    result.set(
      code,
      unitizingAlphaOfUnits(
        prepared.tracks.map((tracks) => tracks[index]!.units),
        continuum,
      ),
    );
  });
  return result;
}

/**
 * |uα of one category from each coder's units of it: sorted, disjoint intervals inside the
 * continuum, touching units kept apart (PreparedText's `units`). A report builds these once for
 * every source and lays them end to end instead of re-sorting a project's codings.
 */
export function unitizingAlphaOfUnits(
  perCoderUnits: readonly MergedIntervals[],
  continuum: Continuum,
): UnitizingCategoryAlpha {
  const L = continuum.end - continuum.start;
  const m = perCoderUnits.length;
  const perCoder = perCoderUnits.map((units) => sections(units, continuum));
  let observed = 0;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) observed += pairDisagreement(perCoder[i]!, perCoder[j]!);
  }
  const Do = (2 * observed) / (m * (m - 1) * L * L);
  const De = expectedDisagreement(perCoder, L);
  return De === 0
    ? { alpha: null, undefinedReason: 'no-variation', Do, De }
    : { alpha: 1 - Do / De, Do, De };
}
