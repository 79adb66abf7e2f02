import type { Code, Id } from '../domain/types';
import { buildTree, type CodeNode } from './tree';

/**
 * Per code, its own count plus the counts of all codes below it (codes missing from
 * `directCounts` count 0). Every code of `codes` gets an entry.
 */
export function aggregateCounts(
  codes: readonly Code[],
  directCounts: ReadonlyMap<Id, number>,
): Map<Id, number> {
  const totals = new Map<Id, number>();
  const total = (node: CodeNode): number => {
    const sum = node.children.reduce(
      (acc, child) => acc + total(child),
      directCounts.get(node.code.id) ?? 0,
    );
    totals.set(node.code.id, sum);
    return sum;
  };
  for (const root of buildTree(codes)) total(root);
  return totals;
}
