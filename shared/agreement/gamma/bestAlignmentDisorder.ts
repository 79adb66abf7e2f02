/**
 * The deterministic part of Mathet et al.'s (2015) gamma: the disorder of the best alignment of a
 * continuum annotated by TWO annotators, with the combined positional-sporadic + nominal
 * categorical dissimilarity
 *   d(u, v) = alpha * ((|s_u - s_v| + |e_u - e_v|) / (l_u + l_v))^2 * deltaEmpty
 *           + beta * [cat_u != cat_v] * deltaEmpty,
 * and deltaEmpty for a unit aligned with nothing. With two annotators every unitary alignment is
 * a pair (cost d) or a lone unit (cost deltaEmpty), so the best alignment is a minimum-cost
 * assignment where leaving u and v both alone costs 2 deltaEmpty; the Hungarian algorithm finds
 * it exactly. Disorder = total cost / mean number of units per annotator.
 *
 * Gamma itself, 1 - disorder / expected disorder, needs random resampling of the continuum and is
 * not computed here. With three or more annotators the best alignment is a multidimensional
 * assignment problem (NP-hard) that needs an integer-programming solver, so it is rejected.
 */
import { invalidInput } from '../types';
import { minimumCostAssignment } from './hungarian';

export interface AnnotatedUnit {
  annotator: string;
  start: number;
  end: number;
  category: string;
}

export interface GammaParameters {
  alpha: number;
  beta: number;
  deltaEmpty: number;
}

export interface BestAlignment {
  disorder: number;
  /** Pairs of unit indices (into the input array) aligned together. */
  pairs: [number, number][];
  /** Indices of units aligned with nothing. */
  alone: number[];
}

function dissimilarity(u: AnnotatedUnit, v: AnnotatedUnit, p: GammaParameters): number {
  const positional =
    ((Math.abs(u.start - v.start) + Math.abs(u.end - v.end)) /
      (u.end - u.start + (v.end - v.start))) **
    2;
  const categorical = u.category === v.category ? 0 : 1;
  return (p.alpha * positional + p.beta * categorical) * p.deltaEmpty;
}

export function bestAlignmentDisorder(
  units: readonly AnnotatedUnit[],
  parameters: GammaParameters = { alpha: 1, beta: 1, deltaEmpty: 1 },
): BestAlignment {
  units.forEach((unit, i) => {
    if (!(Number.isFinite(unit.start) && Number.isFinite(unit.end) && unit.start < unit.end)) {
      throw invalidInput(`Gamma: unit ${i + 1} has an empty or invalid range.`);
    }
  });
  const annotators = [...new Set(units.map((unit) => unit.annotator))];
  if (annotators.length !== 2) {
    throw invalidInput(
      `Gamma best alignment is computed exactly for two annotators only, got ${annotators.length}.`,
    );
  }
  const a = units.flatMap((unit, i) => (unit.annotator === annotators[0] ? [i] : []));
  const b = units.flatMap((unit, i) => (unit.annotator === annotators[1] ? [i] : []));
  const size = a.length + b.length;
  const forbidden = Number.MAX_SAFE_INTEGER / 4; // never chosen while a finite option exists
  // Rows: A's units, then one "alone" slot per B unit. Columns: B's units, then one per A unit.
  const cost = Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => {
      if (row < a.length && column < b.length) {
        return dissimilarity(units[a[row]!]!, units[b[column]!]!, parameters);
      }
      if (row < a.length) return column - b.length === row ? parameters.deltaEmpty : forbidden;
      if (column < b.length) return row - a.length === column ? parameters.deltaEmpty : forbidden;
      return 0;
    }),
  );
  const assignment = minimumCostAssignment(cost);
  const pairs: [number, number][] = [];
  const alone: number[] = [];
  let total = 0;
  assignment.forEach((column, row) => {
    total += cost[row]![column]!;
    if (row < a.length && column < b.length) pairs.push([a[row]!, b[column]!]);
    else if (row < a.length) alone.push(a[row]!);
    else if (column < b.length) alone.push(b[column]!);
  });
  const meanUnits = size / 2;
  return { disorder: meanUnits === 0 ? 0 : total / meanUnits, pairs, alone };
}
