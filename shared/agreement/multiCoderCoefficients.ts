/**
 * Agreement coefficients for any number of coders with missing values, in Gwet's (2014, ch. 2 and
 * 4) formulation for raw ratings. With r_i values on unit i, r_ik of them in category k:
 *   pa   = mean over units with r_i >= 2 of sum_k r_ik (r_ik - 1) / (r_i (r_i - 1))
 *   pi_k = mean over the units of r_ik / r_i
 * and chance agreement
 *   Fleiss (1971):             pe = sum_k pi_k^2
 *   Brennan & Prediger (1981): pe = 1 / q
 *   Gwet AC1 (2008):           pe = sum_k pi_k (1 - pi_k) / (q - 1)
 *
 * Missing values (Fleiss' kappa): Fleiss assumed every unit rated by the same number of raters.
 * Following Gwet, units with fewer than two values do not enter pa, but every unit with at least
 * one value enters the category shares pi_k. With complete data this is Fleiss' original kappa.
 *
 * Scott's pi: Fleiss' kappa generalises Scott's pi; we report Scott's pi as the same chance model
 * computed over pairable units only (r_i >= 2), which for two coders is exactly Scott's pi of the
 * units both coded, and equals Fleiss' kappa whenever no unit is single-coded.
 *
 * q is the number of distinct values in the data unless `categories` lists the coding scheme.
 */
import { chanceCorrected, noPairableUnits, type ChanceCorrected } from './chance';
import { readReliabilityMatrix } from './reliabilityData';
import type { ReliabilityMatrix, ReliabilityValue } from './types';
import { invalidInput } from './types';

export interface MultiCoderOptions {
  /** All categories of the coding scheme; values outside it are rejected. */
  categories?: readonly ReliabilityValue[];
}

export interface MultiCoderCoefficients {
  /** Units with at least two values. */
  pairableUnits: number;
  percentAgreement: number | null;
  fleissKappa: ChanceCorrected;
  scottPi: ChanceCorrected;
  brennanPrediger: ChanceCorrected;
  gwetAc1: ChanceCorrected;
}

/** Mean over `units` of each category's share r_ik / r_i. */
function categoryShares(
  units: readonly (readonly ReliabilityValue[])[],
  index: ReadonlyMap<ReliabilityValue, number>,
  q: number,
): number[] {
  const shares = new Array<number>(q).fill(0);
  for (const unit of units) {
    for (const value of unit) shares[index.get(value)!]! += 1 / unit.length / units.length;
  }
  return shares;
}

export function multiCoderCoefficients(
  matrix: ReliabilityMatrix,
  options: MultiCoderOptions = {},
): MultiCoderCoefficients {
  const { units, values } = readReliabilityMatrix(matrix);
  const categories = options.categories ? [...options.categories] : values;
  const index = new Map(categories.map((value, i) => [value, i]));
  const stray = values.find((value) => !index.has(value));
  if (stray !== undefined) {
    throw invalidInput(`Value "${stray}" occurs in the data but not in the given categories.`);
  }
  const q = categories.length;
  const rated = units.filter((unit) => unit.length >= 1);
  const pairable = units.filter((unit) => unit.length >= 2);
  if (pairable.length === 0) {
    const none = noPairableUnits();
    return {
      pairableUnits: 0,
      percentAgreement: null,
      fleissKappa: none,
      scottPi: none,
      brennanPrediger: none,
      gwetAc1: none,
    };
  }
  let agreementSum = 0;
  for (const unit of pairable) {
    const counts = new Map<ReliabilityValue, number>();
    for (const value of unit) counts.set(value, (counts.get(value) ?? 0) + 1);
    let agreeingPairs = 0;
    for (const count of counts.values()) agreeingPairs += count * (count - 1);
    agreementSum += agreeingPairs / (unit.length * (unit.length - 1));
  }
  const pa = agreementSum / pairable.length;
  const sumOfSquares = (shares: number[]) => shares.reduce((sum, p) => sum + p * p, 0);
  const ratedShares = categoryShares(rated, index, q);
  const pairableShares = categoryShares(pairable, index, q);
  const spread = ratedShares.reduce((sum, p) => sum + p * (1 - p), 0);
  return {
    pairableUnits: pairable.length,
    percentAgreement: pa,
    fleissKappa: chanceCorrected(pa, sumOfSquares(ratedShares)),
    scottPi: chanceCorrected(pa, sumOfSquares(pairableShares)),
    brennanPrediger: chanceCorrected(pa, 1 / q),
    gwetAc1: chanceCorrected(pa, q > 1 ? spread / (q - 1) : 1),
  };
}

/** Fleiss' kappa from a subjects x categories count matrix (Fleiss 1971's own layout). */
export function fleissKappaFromCounts(counts: readonly (readonly number[])[]): ChanceCorrected {
  const matrix = countsToReliabilityMatrix(counts);
  return multiCoderCoefficients(matrix).fleissKappa;
}

/**
 * Expands counts (cell = number of raters choosing category j for subject i) into reliability
 * data with category indices as values, padding with missing cells where subjects have fewer
 * raters. Coder identity does not matter to Fleiss' kappa, so any assignment is equivalent.
 */
export function countsToReliabilityMatrix(
  counts: readonly (readonly number[])[],
): (number | null)[][] {
  const perSubject = counts.map((row, i) =>
    row.flatMap((count, category) => {
      if (!(Number.isInteger(count) && count >= 0)) {
        throw invalidInput(
          `Count matrix: subject ${i + 1}, category ${category + 1} is ${String(count)}; expected a whole number >= 0.`,
        );
      }
      return new Array<number>(count).fill(category);
    }),
  );
  const raters = Math.max(0, ...perSubject.map((values) => values.length));
  return Array.from({ length: Math.max(raters, 1) }, (_, r) =>
    perSubject.map((values) => values[r] ?? null),
  );
}
