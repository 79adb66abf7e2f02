import { buildTree, fuzzyMatch, walkTree } from '../../../shared/codebook';
import type { Code } from '../../../shared/domain/types';

/** A code as the quick-code list shows it. */
export interface RankedCode {
  code: Code;
  /** "Processes / Benefits": the code's path, which the query is matched against. */
  path: string;
  /** Offsets in `path` of the matched characters, for highlighting. */
  positions: number[];
  recent: boolean;
}

/** Every code with its path, in tree order. */
export function codePaths(codes: readonly Code[]): { code: Code; path: string }[] {
  const out: { code: Code; path: string }[] = [];
  const trail: string[] = [];
  walkTree(buildTree(codes), (node, depth) => {
    trail.length = depth;
    trail.push(node.code.name);
    out.push({ code: node.code, path: trail.join(' / ') });
  });
  return out;
}

/**
 * The codes matching `query` (fuzzy, over the whole path), best first. With an empty query:
 * recently used codes first (most recent first), then the others in tree order. With a query,
 * a recent code wins a tie, so the codes in use rise without hiding better matches.
 */
export function rankCodes(
  paths: readonly { code: Code; path: string }[],
  query: string,
  recentOrder: readonly string[],
): RankedCode[] {
  const recency = new Map(recentOrder.map((id, i) => [id, i]));
  if (query.trim() === '') {
    const recent = paths
      .filter((entry) => recency.has(entry.code.id))
      .sort((a, b) => (recency.get(a.code.id) ?? 0) - (recency.get(b.code.id) ?? 0));
    const others = paths.filter((entry) => !recency.has(entry.code.id));
    return [
      ...recent.map((entry) => ({ ...entry, positions: [], recent: true })),
      ...others.map((entry) => ({ ...entry, positions: [], recent: false })),
    ];
  }
  const RECENT_BONUS = 0.5;
  const scored: (RankedCode & { score: number; order: number })[] = [];
  for (const [order, entry] of paths.entries()) {
    const match = fuzzyMatch(query, entry.path);
    if (!match) continue;
    const recent = recency.has(entry.code.id);
    scored.push({
      ...entry,
      positions: match.positions,
      recent,
      score: match.score + (recent ? RECENT_BONUS : 0),
      order,
    });
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map(({ code, path, positions, recent }) => ({ code, path, positions, recent }));
}
