/**
 * Validation and reshaping of reliability data (rows = coders, columns = units, null = missing).
 * Every measure reads its input through here, so malformed data fails the same way everywhere.
 */
import type { ReliabilityMatrix, ReliabilityValue } from './types';
import { invalidInput } from './types';

export interface ReliabilityUnits {
  coderCount: number;
  /** Number of columns of the matrix, including units nobody coded. */
  unitCount: number;
  /** The values given to each unit (missing cells dropped), one entry per column. */
  units: ReliabilityValue[][];
  /** Every distinct value in the data, in order of first appearance (row by row). */
  values: ReliabilityValue[];
}

function describeCell(cell: unknown): string {
  if (typeof cell === 'number') return String(cell);
  return typeof cell === 'object' ? JSON.stringify(cell) : typeof cell;
}

/** Checks the shape and cell types and regroups the values by unit. */
export function readReliabilityMatrix(
  matrix: ReliabilityMatrix,
  name = 'reliability matrix',
): ReliabilityUnits {
  if (!Array.isArray(matrix) || matrix.length === 0) {
    throw invalidInput(`${name}: expected an array with one row per coder, got no rows.`);
  }
  const first = matrix[0];
  if (!Array.isArray(first)) throw invalidInput(`${name}: row 1 is not an array.`);
  const unitCount = first.length;
  const units: ReliabilityValue[][] = Array.from({ length: unitCount }, () => []);
  const seen = new Set<ReliabilityValue>();
  const values: ReliabilityValue[] = [];
  matrix.forEach((row, r) => {
    if (!Array.isArray(row)) throw invalidInput(`${name}: row ${r + 1} is not an array.`);
    if (row.length !== unitCount) {
      throw invalidInput(
        `${name}: row ${r + 1} has ${row.length} units but row 1 has ${unitCount}; every coder needs one cell per unit (null when missing).`,
      );
    }
    row.forEach((cell, u) => {
      if (cell === null || cell === undefined) return;
      const valid = (typeof cell === 'number' && Number.isFinite(cell)) || typeof cell === 'string';
      if (!valid) {
        throw invalidInput(
          `${name}: row ${r + 1}, unit ${u + 1} holds ${describeCell(cell)}; expected a finite number, a string or null.`,
        );
      }
      units[u]!.push(cell);
      if (!seen.has(cell)) {
        seen.add(cell);
        values.push(cell);
      }
    });
  });
  return { coderCount: matrix.length, unitCount, units, values };
}

/** The values as numbers, for levels that do arithmetic on them. */
export function requireNumericValues(
  values: readonly ReliabilityValue[],
  purpose: string,
): number[] {
  return values.map((value) => {
    if (typeof value !== 'number') {
      throw invalidInput(`${purpose} needs numeric values, but the data contain "${value}".`);
    }
    return value;
  });
}
