/**
 * Shared vocabulary of the agreement statistics.
 *
 * Reliability data follow Krippendorff's layout: one row per coder, one column per unit, `null`
 * where a coder gave no value. Values are category labels (strings) or numbers; two values agree
 * exactly when they are `===`, so `1` and `'1'` are different categories.
 */
import { ApiError } from '../api/errors';

export type ReliabilityValue = number | string;
export type ReliabilityCell = ReliabilityValue | null;
/** rows = coders, columns = units, null = missing. */
export type ReliabilityMatrix = readonly (readonly ReliabilityCell[])[];

export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';
export const MEASUREMENT_LEVELS: readonly MeasurementLevel[] = [
  'nominal',
  'ordinal',
  'interval',
  'ratio',
];

/** Why a chance-corrected coefficient has no value (its formula would divide 0 by 0). */
export type UndefinedReason =
  /** No unit has two or more values, so nothing can be compared. */
  | 'no-pairable-units'
  /** Every pairable value is the same (or expected disagreement is 0): agreement equals chance. */
  | 'no-variation';

/** Thrown for malformed input; the message names the argument and the problem. */
export function invalidInput(message: string): ApiError {
  return new ApiError('invalid_argument', message);
}
