/**
 * One-call summary of reliability data, the shape the CLI prints. Keys are snake_case because
 * they are part of that output format.
 *
 * `level` applies to Krippendorff's alpha only; the kappa family is nominal (unweighted).
 * A coefficient is null when it is undefined for the data (see each function's undefinedReason).
 */
import { krippendorffAlpha } from './krippendorffAlpha';
import { multiCoderCoefficients } from './multiCoderCoefficients';
import { readReliabilityMatrix } from './reliabilityData';
import { cohenKappa } from './twoCoderCoefficients';
import type { MeasurementLevel, ReliabilityMatrix } from './types';

export interface ReliabilitySummary {
  /** Columns of the matrix, including units nobody coded. */
  n_units: number;
  /** Rows of the matrix. */
  n_coders: number;
  percent_agreement: number | null;
  krippendorff_alpha: number | null;
  fleiss_kappa: number | null;
  scott_pi: number | null;
  brennan_prediger: number | null;
  gwet_ac1: number | null;
  /** Present only with exactly two coders. */
  cohen_kappa?: number | null;
}

export function computeReliability(
  matrix: ReliabilityMatrix,
  level: MeasurementLevel = 'nominal',
): ReliabilitySummary {
  const { coderCount, unitCount } = readReliabilityMatrix(matrix);
  const family = multiCoderCoefficients(matrix);
  const summary: ReliabilitySummary = {
    n_units: unitCount,
    n_coders: coderCount,
    percent_agreement: family.percentAgreement,
    krippendorff_alpha: krippendorffAlpha(matrix, { level }).alpha,
    fleiss_kappa: family.fleissKappa.value,
    scott_pi: family.scottPi.value,
    brennan_prediger: family.brennanPrediger.value,
    gwet_ac1: family.gwetAc1.value,
  };
  if (coderCount === 2) summary.cohen_kappa = cohenKappa(matrix).value;
  return summary;
}
