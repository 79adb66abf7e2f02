/**
 * Reliability statistics of binary units summarised as pattern counts. A unit's pattern is the
 * set of coders who applied the code there (bit i: coder i), and every coder rates every unit, so
 * m coders give at most 2^m distinct units. Counting patterns instead of keeping millions of unit
 * columns is what lets a project with 600,000 codings be compared in a second or two.
 *
 * Alpha is krippendorffAlpha of the expanded data (nominal, two values, no missing values), with
 * the 2 x 2 coincidence matrix summed in closed form: a pattern with k of m coders applying the
 * code adds k(k - 1), k(m - k) twice and (m - k)(m - k - 1) pairs, each weighted count / (m - 1).
 * The additions are those of shared/agreement's accumulateCoincidences and alphaFromCoincidences,
 * in the same order, so the figures are bit for bit the same; but a report computes alpha for
 * thousands of rows and a thousand bootstrap replicates each, and the general path (a
 * reliability matrix, value maps, a V x V matrix per replicate) cost more than the rest of the
 * row. Fleiss' kappa on complete data (every coder rates every unit) is Fleiss (1971) with unit
 * weights; tests check both against the shared functions on expanded matrices.
 */
import type { RandomSource } from '../agreement';

/** Pattern (coder bit mask) -> number of units with it. */
export type PatternCounts = Map<number, number>;

export function unitCount(patterns: PatternCounts): number {
  let total = 0;
  for (const count of patterns.values()) total += count;
  return total;
}

/**
 * The patterns of a pool as alpha reads them. The coincidence cells are indexed by value in order
 * of first appearance (pattern order, then coder order), as krippendorffAlpha indexes values.
 */
interface AlphaBasis {
  counts: Float64Array;
  /** Per pattern: pairs it adds to the cells (value 1, value 1), (1, 0) and (0, 1), (0, 0). */
  onePairs: Float64Array;
  mixedPairs: Float64Array;
  zeroPairs: Float64Array;
  /** Whether the value 1 (applied) is value index 0, and how many values occur (1 or 2). */
  oneFirst: boolean;
  valueCount: number;
  coders: number;
  units: number;
}

function alphaBasis(patterns: PatternCounts, coders: number): AlphaBasis {
  const size = patterns.size;
  const basis: AlphaBasis = {
    counts: new Float64Array(size),
    onePairs: new Float64Array(size),
    mixedPairs: new Float64Array(size),
    zeroPairs: new Float64Array(size),
    oneFirst: false,
    valueCount: 0,
    coders,
    units: 0,
  };
  let seenOne = false;
  let seenZero = false;
  let j = 0;
  for (const [mask, count] of patterns) {
    let ones = 0;
    for (let i = 0; i < coders; i++) {
      const bit = (mask >> i) & 1;
      ones += bit;
      if (bit && !seenOne) {
        seenOne = true;
        if (!seenZero) basis.oneFirst = true;
      } else if (!bit) seenZero = true;
    }
    const zeros = coders - ones;
    basis.counts[j] = count;
    basis.onePairs[j] = ones * (ones - 1);
    basis.mixedPairs[j] = ones * zeros;
    basis.zeroPairs[j] = zeros * (zeros - 1);
    basis.units += count;
    j++;
  }
  basis.valueCount = (seenOne ? 1 : 0) + (seenZero ? 1 : 0);
  return basis;
}

/**
 * Nominal alpha of the units, each pattern taken `times[j]` times: the arithmetic of
 * accumulateCoincidences and alphaFromCoincidences for two values, step for step.
 */
function alphaOfBasis(basis: AlphaBasis, times: ArrayLike<number>): number | null {
  // A single value in the data: no disagreement can be expected, alpha is undefined.
  if (basis.valueCount < 2) return null;
  // Cell cK: value index c with value index K.
  let c00 = 0;
  let c01 = 0;
  let c10 = 0;
  let c11 = 0;
  for (let j = 0; j < basis.counts.length; j++) {
    const count = times[j]!;
    if (count === 0) continue;
    const scale = count / (basis.coders - 1);
    const first = basis.oneFirst ? basis.onePairs[j]! : basis.zeroPairs[j]!;
    const second = basis.oneFirst ? basis.zeroPairs[j]! : basis.onePairs[j]!;
    const mixed = basis.mixedPairs[j]!;
    c00 += first * scale;
    c01 += mixed * scale;
    c10 += mixed * scale;
    c11 += second * scale;
  }
  const marginal0 = c00 + c01;
  const marginal1 = c10 + c11;
  const n = marginal0 + marginal1;
  if (n < 2) return null;
  const observed = c01 + c10;
  const expected = marginal0 * marginal1 + marginal1 * marginal0;
  const Do = observed / n;
  const De = expected / (n * (n - 1));
  return De === 0 ? null : 1 - Do / De;
}

/** Nominal Krippendorff's alpha of the expanded units; null when undefined. */
export function patternAlpha(patterns: PatternCounts, coders: number): number | null {
  if (patterns.size === 0) return null;
  const basis = alphaBasis(patterns, coders);
  return alphaOfBasis(basis, basis.counts);
}

/** Fleiss' kappa of complete binary data given as pattern counts; null when undefined. */
export function patternFleissKappa(patterns: PatternCounts, coders: number): number | null {
  const units = unitCount(patterns);
  if (units === 0 || coders < 2) return null;
  let agreement = 0;
  let ones = 0;
  for (const [mask, count] of patterns) {
    let yes = 0;
    for (let i = 0; i < coders; i++) yes += (mask >> i) & 1;
    const no = coders - yes;
    agreement += (count * (yes * (yes - 1) + no * (no - 1))) / (coders * (coders - 1));
    ones += count * yes;
  }
  const pa = agreement / units;
  const share = ones / (units * coders);
  const pe = share * share + (1 - share) * (1 - share);
  return 1 - pe <= 1e-12 ? null : (pa - pe) / (1 - pe);
}

/** A binomial(n, p) draw: exact inversion for small means, else the normal approximation. */
function binomial(n: number, p: number, random: RandomSource): number {
  if (n === 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const mean = n * p;
  if (mean < 30 || n * (1 - p) < 30) {
    // Inversion, on the smaller tail so the loop stays short.
    const flip = p > 0.5;
    const q = flip ? 1 - p : p;
    const u = random();
    let k = 0;
    let probability = Math.pow(1 - q, n);
    let cumulative = probability;
    while (cumulative < u && k < n) {
      probability *= ((n - k) / (k + 1)) * (q / (1 - q));
      k++;
      cumulative += probability;
    }
    return flip ? n - k : k;
  }
  // Box-Muller normal deviate; rounding and clamping give a draw within 0..n.
  const u1 = Math.max(random(), 1e-300);
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random());
  return Math.min(n, Math.max(0, Math.round(mean + z * Math.sqrt(mean * (1 - p)))));
}

export interface PatternInterval {
  lower: number | null;
  upper: number | null;
  confidence: number;
  resamples: number;
}

/** Type-7 quantile of ascending `sorted` (non-empty), as shared/agreement's bootstrap uses. */
function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/**
 * Percentile bootstrap interval of alpha by resampling units, as bootstrapAlpha does: each
 * replicate draws as many units as there are, with replacement. Drawing units uniformly is
 * drawing pattern counts from a multinomial, done here as successive binomials, so a replicate
 * costs one draw per distinct pattern instead of one per unit.
 */
export function patternAlphaInterval(
  patterns: PatternCounts,
  coders: number,
  resamples: number,
  random: RandomSource,
  confidence = 0.95,
): PatternInterval {
  const basis = alphaBasis(patterns, coders);
  const alphas: number[] = [];
  const drawn = new Float64Array(basis.counts.length);
  for (let r = 0; r < resamples; r++) {
    let left = basis.units;
    let mass = 1;
    for (let j = 0; j < basis.counts.length; j++) {
      const p = basis.counts[j]! / basis.units;
      const count =
        j === basis.counts.length - 1 ? left : binomial(left, Math.min(1, p / mass), random);
      drawn[j] = count;
      left -= count;
      mass -= p;
    }
    const alpha = alphaOfBasis(basis, drawn);
    if (alpha !== null) alphas.push(alpha);
  }
  alphas.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  const defined = alphas.length > 0;
  return {
    lower: defined ? quantile(alphas, tail) : null,
    upper: defined ? quantile(alphas, 1 - tail) : null,
    confidence,
    resamples,
  };
}
