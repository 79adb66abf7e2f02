import type { CodeNode } from '../../../shared/codebook';
import type { Code, Id } from '../../../shared/domain/types';

/** One row of the code tree as shown: a code with where it sits. */
export interface TreeRow {
  code: Code;
  /** 0 for a top-level code. */
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  /** 1-based position among its shown siblings, and how many there are (aria-posinset/setsize). */
  position: number;
  siblingCount: number;
}

/**
 * The rows of the tree in display order: every node whose ancestors are all expanded. While a
 * filter is active (`expandAll`) every kept node shows, so that each match is visible in place.
 */
export function visibleRows(
  nodes: readonly CodeNode[],
  expandedIds: ReadonlySet<Id>,
  expandAll: boolean,
): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (siblings: readonly CodeNode[], depth: number) => {
    siblings.forEach((node, index) => {
      const hasChildren = node.children.length > 0;
      const expanded = hasChildren && (expandAll || expandedIds.has(node.code.id));
      rows.push({
        code: node.code,
        depth,
        hasChildren,
        expanded,
        position: index + 1,
        siblingCount: siblings.length,
      });
      if (expanded) visit(node.children, depth + 1);
    });
  };
  visit(nodes, 0);
  return rows;
}

/**
 * Where the input row for a new code goes: after the last shown row of `parentId`'s subtree (the
 * end of the tree for a top-level code), one level deeper than the parent.
 */
export function draftRowPlacement(
  rows: readonly TreeRow[],
  parentId: Id | null,
): { afterIndex: number; depth: number } {
  if (parentId === null) return { afterIndex: rows.length - 1, depth: 0 };
  const parentIndex = rows.findIndex((row) => row.code.id === parentId);
  if (parentIndex === -1) return { afterIndex: rows.length - 1, depth: 0 };
  const parentDepth = rows[parentIndex]!.depth;
  let last = parentIndex;
  while (last + 1 < rows.length && rows[last + 1]!.depth > parentDepth) last++;
  return { afterIndex: last, depth: parentDepth + 1 };
}
