import type { Code, Id } from '../domain/types';
import { fuzzyScore } from './fuzzy';
import { buildTree, type CodeNode } from './tree';

export type FilterMode = 'fuzzy' | 'substring';

export interface FilteredTree {
  /** Matching codes and their ancestors (for context), in display order. */
  tree: CodeNode[];
  /** The codes that matched themselves, as opposed to ancestors kept for context. */
  matchedIds: Set<Id>;
}

/**
 * The code tree narrowed to codes whose name matches `query`, keeping each match's ancestors so
 * that it is shown in place. A blank query keeps the whole tree and marks nothing as matched.
 */
export function filterTree(
  codes: readonly Code[],
  query: string,
  mode: FilterMode = 'fuzzy',
): FilteredTree {
  const tree = buildTree(codes);
  const matchedIds = new Set<Id>();
  if (query.trim() === '') return { tree, matchedIds };

  const needle = foldForSubstring(query.trim());
  const matches = (name: string) =>
    mode === 'fuzzy' ? fuzzyScore(query, name) !== null : foldForSubstring(name).includes(needle);
  const prune = (nodes: readonly CodeNode[]): CodeNode[] =>
    nodes.flatMap((node) => {
      const children = prune(node.children);
      const self = matches(node.code.name);
      if (self) matchedIds.add(node.code.id);
      return self || children.length > 0 ? [{ code: node.code, children }] : [];
    });
  return { tree: prune(tree), matchedIds };
}

/** Case- and accent-insensitive form for substring search. */
function foldForSubstring(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
