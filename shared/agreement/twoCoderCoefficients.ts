/**
 * Agreement coefficients of two coders from their contingency table (rows = coder A's category,
 * columns = coder B's, same category order). All share pa = sum_kl w_kl p_kl and differ in the
 * chance model pe:
 *   Cohen (1960/1968):        pe = sum_kl w_kl p_k. p_.l          (each coder's own marginals)
 *   Scott (1955):             pe = sum_kl w_kl pi_k pi_l, pi_k = (p_k. + p_.k) / 2
 *   Brennan & Prediger (1981): pe = sum_kl w_kl / q^2             (uniform marginals, q = #categories)
 *   Gwet AC1/AC2 (2008, 2014): pe = T_w / (q (q - 1)) * sum_k pi_k (1 - pi_k), T_w = sum_kl w_kl
 * With identity weights these are the unweighted coefficients. q is the table size, so list every
 * category of the coding scheme (zero rows included) when unused categories should count.
 */
import { chanceCorrected, noPairableUnits, type ChanceCorrected } from './chance';
import { readReliabilityMatrix } from './reliabilityData';
import type { ReliabilityMatrix, ReliabilityValue } from './types';
import { invalidInput } from './types';
import { agreementWeights, type AgreementWeighting } from './weights';

export interface ContingencyTable {
  categories: ReliabilityValue[];
  /** counts[a][b] = number of units coder A put in category a and coder B in category b. */
  counts: number[][];
}

export interface TwoCoderCoefficients {
  /** Units both coders coded (the table total). */
  pairedUnits: number;
  /** Weighted share of agreement; the plain proportion with identity weights. */
  percentAgreement: number | null;
  cohenKappa: ChanceCorrected;
  scottPi: ChanceCorrected;
  brennanPrediger: ChanceCorrected;
  /** AC1 with identity weights, AC2 otherwise. */
  gwetAc: ChanceCorrected;
}

/**
 * The contingency table of a two-row reliability matrix, over the units both coders coded.
 * Categories are every value in the matrix (first appearance), so a category that only occurs in
 * single-coded units still counts for Brennan-Prediger and Gwet.
 */
export function contingencyTable(matrix: ReliabilityMatrix): ContingencyTable {
  const { coderCount, values } = readReliabilityMatrix(matrix);
  if (coderCount !== 2) {
    throw invalidInput(`A contingency table needs exactly two coders, got ${coderCount}.`);
  }
  const index = new Map(values.map((value, i) => [value, i]));
  const counts = values.map(() => values.map(() => 0));
  const [rowA, rowB] = matrix as [readonly ReliabilityValue[], readonly ReliabilityValue[]];
  rowA.forEach((a, u) => {
    const b = rowB[u];
    if (a === null || a === undefined || b === null || b === undefined) return;
    counts[index.get(a)!]![index.get(b)!]! += 1;
  });
  return { categories: values, counts };
}

function validateCounts(counts: readonly (readonly number[])[]): number {
  const q = counts.length;
  let total = 0;
  counts.forEach((row, a) => {
    if (!Array.isArray(row) || row.length !== q) {
      throw invalidInput(`Contingency table: row ${a + 1} must have ${q} cells (a square table).`);
    }
    row.forEach((cell, b) => {
      if (!(Number.isFinite(cell) && cell >= 0)) {
        throw invalidInput(
          `Contingency table: cell (${a + 1}, ${b + 1}) is ${String(cell)}; expected a count >= 0.`,
        );
      }
      total += cell;
    });
  });
  return total;
}

export function twoCoderCoefficients(
  counts: readonly (readonly number[])[],
  weighting: AgreementWeighting = 'identity',
): TwoCoderCoefficients {
  const total = validateCounts(counts);
  const q = counts.length;
  if (total === 0) {
    const none = noPairableUnits();
    return {
      pairedUnits: 0,
      percentAgreement: null,
      cohenKappa: none,
      scottPi: none,
      brennanPrediger: none,
      gwetAc: none,
    };
  }
  const w = agreementWeights(weighting, q);
  const rowShare = counts.map((row) => row.reduce((sum, cell) => sum + cell, 0) / total);
  const colShare = counts[0]!.map((_, b) => counts.reduce((sum, row) => sum + row[b]!, 0) / total);
  const pi = rowShare.map((share, k) => (share + colShare[k]!) / 2);
  let pa = 0;
  let peCohen = 0;
  let peScott = 0;
  let weightTotal = 0;
  for (let k = 0; k < q; k++) {
    for (let l = 0; l < q; l++) {
      const wkl = w[k]![l]!;
      pa += (wkl * counts[k]![l]!) / total;
      peCohen += wkl * rowShare[k]! * colShare[l]!;
      peScott += wkl * pi[k]! * pi[l]!;
      weightTotal += wkl;
    }
  }
  const spread = pi.reduce((sum, p) => sum + p * (1 - p), 0);
  // With one category Gwet's pe is 0/0; treat it as "no variation" like the others.
  const peGwet = q > 1 ? (weightTotal / (q * (q - 1))) * spread : 1;
  return {
    pairedUnits: total,
    percentAgreement: pa,
    cohenKappa: chanceCorrected(pa, peCohen),
    scottPi: chanceCorrected(pa, peScott),
    brennanPrediger: chanceCorrected(pa, weightTotal / (q * q)),
    gwetAc: chanceCorrected(pa, peGwet),
  };
}

/** Cohen's kappa of a two-row reliability matrix, over the units both coders coded. */
export function cohenKappa(matrix: ReliabilityMatrix): ChanceCorrected {
  return twoCoderCoefficients(contingencyTable(matrix).counts).cohenKappa;
}
