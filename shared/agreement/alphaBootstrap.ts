/**
 * Bootstrap confidence interval for Krippendorff's alpha.
 *
 * Method: nonparametric unit-resampling bootstrap with percentile interval. Each replicate draws
 * as many pairable units as the data have, with replacement, rebuilds the coincidence matrix
 * from them and recomputes alpha (for ordinal data the rank distances are recomputed from the
 * replicate's marginals). Unpairable units never enter alpha, so they are not resampled. The
 * interval bounds are the (1 - confidence) / 2 and (1 + confidence) / 2 quantiles of the
 * replicate alphas, linearly interpolated (Hyndman & Fan type 7). Replicates whose alpha is
 * undefined (all drawn units carry one value) are skipped and counted.
 *
 * This differs from Krippendorff's own bootstrap (Hayes & Krippendorff 2007), which resamples
 * pairs of values from the coincidence matrix; unit resampling keeps the dependence between the
 * values of one unit, which is the design of coding studies.
 *
 * Reproducibility: the same data, options and seed give the same interval on every platform.
 */
import { accumulateCoincidences } from './coincidences';
import {
  alphaFromCoincidences,
  krippendorffAlpha,
  prepareAlpha,
  type KrippendorffAlphaOptions,
  type KrippendorffAlphaResult,
} from './krippendorffAlpha';
import { createSeededRandom, type RandomSource } from './random';
import type { ReliabilityMatrix } from './types';
import { invalidInput } from './types';

export interface AlphaBootstrapOptions extends KrippendorffAlphaOptions {
  /** Number of replicates; default 1000. */
  resamples?: number;
  /** Coverage of the interval in (0, 1); default 0.95. */
  confidence?: number;
  /** Seed of the built-in generator; default 1. Ignored when `random` is given. */
  seed?: number;
  /** A generator returning uniform numbers in [0, 1), e.g. createSeededRandom(seed). */
  random?: RandomSource;
  /** Report the share of replicates below each of these minimum acceptable alphas. */
  minimumAlphas?: readonly number[];
}

export interface AlphaBootstrapResult {
  estimate: KrippendorffAlphaResult;
  method: 'unit-resampling-percentile';
  confidence: number;
  lower: number | null;
  upper: number | null;
  resamples: number;
  /** Replicates whose alpha was defined; the interval is computed from these. */
  definedResamples: number;
  /**
   * For each requested minimum, the share of defined replicates with alpha below it: an estimate
   * of the chance that the data fail to reach that reliability. null when no replicate is defined.
   */
  probabilityBelow: { minimum: number; probability: number | null }[];
}

/** Type-7 quantile of ascending `sorted` (non-empty). */
function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function bootstrapAlpha(
  matrix: ReliabilityMatrix,
  options: AlphaBootstrapOptions = {},
): AlphaBootstrapResult {
  const resamples = options.resamples ?? 1000;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw invalidInput(`Bootstrap: resamples must be a positive integer, got ${resamples}.`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw invalidInput(
      `Bootstrap: confidence must lie strictly between 0 and 1, got ${confidence}.`,
    );
  }
  const random = options.random ?? createSeededRandom(options.seed ?? 1);
  const estimate = krippendorffAlpha(matrix, options);
  const { level, tallies, scores } = prepareAlpha(matrix, options);
  const unitCount = tallies.length;
  const alphas: number[] = [];
  if (unitCount > 0) {
    const multiplicity = new Uint32Array(unitCount);
    for (let r = 0; r < resamples; r++) {
      multiplicity.fill(0);
      for (let draw = 0; draw < unitCount; draw++) {
        multiplicity[Math.floor(random() * unitCount)]! += 1;
      }
      const coincidences = accumulateCoincidences(tallies, scores.length, multiplicity);
      const { alpha } = alphaFromCoincidences(coincidences, scores, level, unitCount);
      if (alpha !== null) alphas.push(alpha);
    }
  }
  alphas.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  const defined = alphas.length > 0;
  return {
    estimate,
    method: 'unit-resampling-percentile',
    confidence,
    lower: defined ? quantile(alphas, tail) : null,
    upper: defined ? quantile(alphas, 1 - tail) : null,
    resamples,
    definedResamples: alphas.length,
    probabilityBelow: (options.minimumAlphas ?? []).map((minimum) => ({
      minimum,
      probability: defined
        ? alphas.filter((alpha) => alpha < minimum).length / alphas.length
        : null,
    })),
  };
}
