/**
 * The common form of all kappa-like coefficients: (pa - pe) / (1 - pe), with pa the observed and
 * pe the chance agreement. When pe is 1 (within rounding) the ratio is 0/0 and the coefficient
 * is undefined rather than a made-up 0 or 1.
 */
import type { UndefinedReason } from './types';

export interface ChanceCorrected {
  value: number | null;
  /** Observed agreement; null when nothing could be compared. */
  pa: number | null;
  /** Agreement expected by chance under the coefficient's model; null with pa. */
  pe: number | null;
  undefinedReason?: UndefinedReason;
}

const ROUNDING = 1e-12;

export function chanceCorrected(pa: number, pe: number): ChanceCorrected {
  if (1 - pe <= ROUNDING) return { value: null, pa, pe, undefinedReason: 'no-variation' };
  return { value: (pa - pe) / (1 - pe), pa, pe };
}

export function noPairableUnits(): ChanceCorrected {
  return { value: null, pa: null, pe: null, undefinedReason: 'no-pairable-units' };
}
