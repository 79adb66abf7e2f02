/**
 * Reliability statistics of binary units summarised as pattern counts. A unit's pattern is the
 * set of coders who applied the code there (bit i: coder i), and every coder rates every unit, so
 * m coders give at most 2^m distinct units. Counting patterns instead of keeping millions of unit
 * columns is what lets a project with 600,000 codings be compared in a second or two.
 *
 * Alpha uses shared/agreement itself: the distinct patterns become a small reliability matrix,
 * and the counts enter as the unit multiplicities of accumulateCoincidences (the mechanism the
 * shared bootstrap uses for resampled units), so alpha is exactly krippendorffAlpha of the
 * expanded data. Fleiss' kappa on complete data (every coder rates every unit) is Fleiss (1971)
 * with unit weights; tests check both against the shared functions on expanded matrices.
 */
import { accumulateCoincidences } from '../agreement/coincidences';
import { alphaFromCoincidences, prepareAlpha } from '../agreement/krippendorffAlpha';
import type { RandomSource } from '../agreement';

/** Pattern (coder bit mask) -> number of units with it. */
export type PatternCounts = Map<number, number>;

export function unitCount(patterns: PatternCounts): number {
  let total = 0;
  for (const count of patterns.values()) total += count;
  return total;
}

interface AlphaBasis {
  counts: Float64Array;
  tallies: ReturnType<typeof prepareAlpha>['tallies'];
  scores: number[];
  units: number;
}

function alphaBasis(patterns: PatternCounts, coders: number): AlphaBasis {
  const masks = [...patterns.keys()];
  // coders x distinct patterns; every cell is 0 or 1, no missing values.
  const matrix = Array.from({ length: coders }, (_, i) => masks.map((mask) => (mask >> i) & 1));
  const { tallies, scores } = prepareAlpha(matrix, { level: 'nominal' });
  return {
    counts: Float64Array.from(masks, (mask) => patterns.get(mask)!),
    tallies,
    scores,
    units: unitCount(patterns),
  };
}

/** Nominal Krippendorff's alpha of the expanded units; null when undefined. */
export function patternAlpha(patterns: PatternCounts, coders: number): number | null {
  if (patterns.size === 0) return null;
  const basis = alphaBasis(patterns, coders);
  const coincidences = accumulateCoincidences(basis.tallies, basis.scores.length, basis.counts);
  return alphaFromCoincidences(coincidences, basis.scores, 'nominal', basis.units).alpha;
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
    const coincidences = accumulateCoincidences(basis.tallies, basis.scores.length, drawn);
    const { alpha } = alphaFromCoincidences(coincidences, basis.scores, 'nominal', basis.units);
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
