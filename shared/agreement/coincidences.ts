/**
 * Krippendorff's coincidence matrix. Each pairable unit (two or more values) contributes every
 * ordered pair of its values from different coders with weight 1 / (m_u - 1), so each pairable
 * unit adds exactly m_u to the total n. Units with a single value are unpairable and dropped.
 */
import type { ReliabilityValue } from './types';

/** One pairable unit as value indices with their counts; kept so a bootstrap can reuse it. */
export interface UnitTally {
  valueIndices: number[];
  counts: number[];
  size: number;
}

export function tallyPairableUnits(
  units: readonly (readonly ReliabilityValue[])[],
  indexOf: ReadonlyMap<ReliabilityValue, number>,
): UnitTally[] {
  const tallies: UnitTally[] = [];
  for (const unit of units) {
    if (unit.length < 2) continue;
    const counts = new Map<number, number>();
    for (const value of unit) {
      const index = indexOf.get(value)!;
      counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    tallies.push({
      valueIndices: [...counts.keys()],
      counts: [...counts.values()],
      size: unit.length,
    });
  }
  return tallies;
}

/**
 * Adds the units' pairs into a V x V matrix (row-major). `multiplicity[u]` repeats unit u, which is
 * how a bootstrap replicate is accumulated without copying units.
 */
export function accumulateCoincidences(
  tallies: readonly UnitTally[],
  valueCount: number,
  multiplicity?: ArrayLike<number>,
): Float64Array {
  const matrix = new Float64Array(valueCount * valueCount);
  tallies.forEach((tally, u) => {
    const times = multiplicity ? multiplicity[u]! : 1;
    if (times === 0) return;
    const scale = times / (tally.size - 1);
    const { valueIndices, counts } = tally;
    for (let a = 0; a < valueIndices.length; a++) {
      const c = valueIndices[a]!;
      const nc = counts[a]!;
      for (let b = 0; b < valueIndices.length; b++) {
        const k = valueIndices[b]!;
        const pairs = a === b ? nc * (nc - 1) : nc * counts[b]!;
        matrix[c * valueCount + k]! += pairs * scale;
      }
    }
  });
  return matrix;
}
