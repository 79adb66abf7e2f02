/**
 * Krippendorff's squared difference functions (delta^2) for the four levels of measurement.
 * Values are given in ascending order (`scores`), with their coincidence marginals `n` (needed by
 * the ordinal metric, whose distance counts how many pairable values lie between two ranks).
 */
import type { MeasurementLevel } from './types';

export type SquaredDistance = (c: number, k: number) => number;

export function squaredDistance(
  level: MeasurementLevel,
  scores: readonly number[],
  marginals: ArrayLike<number>,
): SquaredDistance {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (scores[c]! - scores[k]!) ** 2;
    case 'ratio':
      return (c, k) => {
        const sum = scores[c]! + scores[k]!;
        return sum === 0 ? 0 : ((scores[c]! - scores[k]!) / sum) ** 2;
      };
    case 'ordinal': {
      // cumulative[i] = n_0 + ... + n_(i-1), so a rank range sums in O(1).
      const cumulative = new Float64Array(scores.length + 1);
      for (let i = 0; i < scores.length; i++) cumulative[i + 1] = cumulative[i]! + marginals[i]!;
      return (c, k) => {
        const low = Math.min(c, k);
        const high = Math.max(c, k);
        const between = cumulative[high + 1]! - cumulative[low]!;
        return (between - (marginals[c]! + marginals[k]!) / 2) ** 2;
      };
    }
  }
}
