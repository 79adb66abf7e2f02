/**
 * Krippendorff's alpha for reliability data (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"): alpha = 1 - Do / De with
 *   Do = (1 / n) * sum_ck o_ck * delta^2_ck
 *   De = (1 / (n (n - 1))) * sum_ck n_c * n_k * delta^2_ck
 * over the coincidence matrix o of the pairable values (n of them).
 *
 * Convention for 0/0: when no unit has two values, or when De is 0 (a single value occurs in the
 * whole pairable data), alpha is undefined and returned as `null` with `undefinedReason`. Some
 * packages report 1 or 0 there; we refuse to invent agreement that the data cannot show.
 */
import { accumulateCoincidences, tallyPairableUnits, type UnitTally } from './coincidences';
import { squaredDistance } from './distance';
import { readReliabilityMatrix, requireNumericValues } from './reliabilityData';
import type {
  MeasurementLevel,
  ReliabilityMatrix,
  ReliabilityValue,
  UndefinedReason,
} from './types';
import { MEASUREMENT_LEVELS, invalidInput } from './types';

export interface KrippendorffAlphaOptions {
  level?: MeasurementLevel;
  /**
   * Rank order of the values, lowest first. Required for ordinal data with string values; numbers
   * default to ascending order.
   */
  order?: readonly ReliabilityValue[];
}

export interface KrippendorffAlphaResult {
  alpha: number | null;
  undefinedReason?: UndefinedReason;
  /** Observed disagreement. */
  Do: number;
  /** Expected disagreement. */
  De: number;
  level: MeasurementLevel;
  /** Units with at least two values; the others are unpairable and dropped. */
  pairableUnits: number;
  /** n: the number of pairable values. */
  pairableValues: number;
}

/** Everything alpha needs, computed once and reused by the bootstrap. */
export interface AlphaPreparation {
  level: MeasurementLevel;
  tallies: UnitTally[];
  /** Numeric score of each value index, ascending for every level but nominal. */
  scores: number[];
}

function orderValues(
  values: readonly ReliabilityValue[],
  level: MeasurementLevel,
  order: readonly ReliabilityValue[] | undefined,
): { ordered: ReliabilityValue[]; scores: number[] } {
  if (level === 'nominal') return { ordered: [...values], scores: values.map((_, i) => i) };
  if (level === 'ordinal' && order) {
    const rank = new Map(order.map((value, i) => [value, i]));
    const missing = values.find((value) => !rank.has(value));
    if (missing !== undefined) {
      throw invalidInput(`Ordinal alpha: value "${missing}" is not in the given rank order.`);
    }
    const ordered = [...values].sort((a, b) => rank.get(a)! - rank.get(b)!);
    return { ordered, scores: ordered.map((_, i) => i) };
  }
  const numbers = requireNumericValues(values, `Krippendorff's alpha at the ${level} level`);
  if (level === 'ratio' && numbers.some((value) => value < 0)) {
    throw invalidInput("Krippendorff's alpha at the ratio level needs non-negative values.");
  }
  const sorted = [...numbers].sort((a, b) => a - b);
  return { ordered: sorted, scores: level === 'ordinal' ? sorted.map((_, i) => i) : sorted };
}

export function prepareAlpha(
  matrix: ReliabilityMatrix,
  options: KrippendorffAlphaOptions = {},
): AlphaPreparation {
  const level = options.level ?? 'nominal';
  if (!MEASUREMENT_LEVELS.includes(level)) {
    throw invalidInput(
      `Unknown level of measurement "${String(level)}"; use ${MEASUREMENT_LEVELS.join(', ')}.`,
    );
  }
  const { units } = readReliabilityMatrix(matrix);
  // Only pairable values enter the coincidence matrix, so only they need a scale position.
  const pairable = units.filter((unit) => unit.length >= 2);
  const distinct = [...new Set(pairable.flat())];
  const { ordered, scores } = orderValues(distinct, level, options.order);
  const indexOf = new Map(ordered.map((value, i) => [value, i]));
  return { level, tallies: tallyPairableUnits(pairable, indexOf), scores };
}

/** Alpha from an accumulated coincidence matrix (V x V, row-major). */
export function alphaFromCoincidences(
  coincidences: Float64Array,
  scores: readonly number[],
  level: MeasurementLevel,
  pairableUnits: number,
): KrippendorffAlphaResult {
  const size = scores.length;
  const marginals = new Float64Array(size);
  let n = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) marginals[c]! += coincidences[c * size + k]!;
    n += marginals[c]!;
  }
  const base = { level, pairableUnits, pairableValues: Math.round(n) };
  if (n < 2) return { ...base, alpha: null, undefinedReason: 'no-pairable-units', Do: 0, De: 0 };
  const delta = squaredDistance(level, scores, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue; // delta(c, c) is 0 at every level
      const d = delta(c, k);
      observed += coincidences[c * size + k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  const Do = observed / n;
  const De = expected / (n * (n - 1));
  if (De === 0) return { ...base, alpha: null, undefinedReason: 'no-variation', Do, De };
  return { ...base, alpha: 1 - Do / De, Do, De };
}

export function krippendorffAlpha(
  matrix: ReliabilityMatrix,
  options: KrippendorffAlphaOptions = {},
): KrippendorffAlphaResult {
  const { level, tallies, scores } = prepareAlpha(matrix, options);
  const coincidences = accumulateCoincidences(tallies, scores.length);
  return alphaFromCoincidences(coincidences, scores, level, tallies.length);
}
