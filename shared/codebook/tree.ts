import type { Code, Id } from '../domain/types';

export interface CodeNode {
  code: Code;
  /** Sorted by position (then name, then id, so that the order is stable). */
  children: CodeNode[];
}

/** Sibling order: position, then name, then id. */
export function compareSiblings(a: Code, b: Code): number {
  return a.position - b.position || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/**
 * Children of each parent id, sorted; null holds the roots. A code whose parent does not exist
 * is listed as a root, so that a dangling reference can never hide a code.
 */
export function childrenByParent(codes: readonly Code[]): Map<Id | null, Code[]> {
  const ids = new Set(codes.map((code) => code.id));
  const children = new Map<Id | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(code);
    else children.set(parent, [code]);
  }
  for (const siblings of children.values()) siblings.sort(compareSiblings);
  return children;
}

/** Looks codes up by id. */
export function indexCodes(codes: readonly Code[]): Map<Id, Code> {
  return new Map(codes.map((code) => [code.id, code]));
}

/**
 * The code tree, roots first, children sorted by position. Every code appears exactly once:
 * codes caught in a parent cycle (which moveCode never creates, but imported data might hold)
 * are shown as extra roots rather than dropped.
 */
export function buildTree(codes: readonly Code[]): CodeNode[] {
  const children = childrenByParent(codes);
  const placed = new Set<Id>();
  const build = (code: Code): CodeNode => {
    placed.add(code.id);
    const kids = (children.get(code.id) ?? []).filter((child) => !placed.has(child.id));
    return { code, children: kids.map(build) };
  };
  const roots = (children.get(null) ?? []).map(build);
  for (const code of [...codes].sort(compareSiblings)) {
    if (!placed.has(code.id)) roots.push(build(code));
  }
  return roots;
}

/** Visits nodes depth-first, parents before children, in display order. */
export function walkTree(
  nodes: readonly CodeNode[],
  visit: (node: CodeNode, depth: number) => void,
) {
  const walk = (node: CodeNode, depth: number) => {
    visit(node, depth);
    for (const child of node.children) walk(child, depth + 1);
  };
  for (const node of nodes) walk(node, 0);
}
