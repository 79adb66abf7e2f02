import { buildTree, fuzzyMatch, walkTree } from '../../../shared/codebook';
import type { Code } from '../../../shared/domain/types';

/** A code as the picker lists it: with its full path, e.g. "Processes / Referral / Challenges". */
export interface CodeOption {
  code: Code;
  path: string;
  depth: number;
  hasChildren: boolean;
}

export interface RankedCodeOption extends CodeOption {
  /** Offsets in `path` of the letters the query matched, for highlighting. */
  positions: number[];
}

export const PATH_SEPARATOR = ' / ';

/** Every code in display order (parents before children), each with its path. */
export function codeOptions(codes: readonly Code[]): CodeOption[] {
  const options: CodeOption[] = [];
  const paths: string[] = [];
  walkTree(buildTree(codes), (node, depth) => {
    paths.length = depth;
    paths.push(node.code.name);
    options.push({
      code: node.code,
      path: paths.join(PATH_SEPARATOR),
      depth,
      hasChildren: node.children.length > 0,
    });
  });
  return options;
}

/**
 * The options whose path fuzzily matches `query`, best first (ties keep tree order), at most
 * `limit`. Matching the whole path lets "ref chal" find "Processes / Referral / Challenges" among
 * the many codes named "Challenges". A blank query keeps every option in tree order.
 */
export function rankCodeOptions(
  options: readonly CodeOption[],
  query: string,
  limit: number,
): RankedCodeOption[] {
  if (query.trim() === '') {
    return options.slice(0, limit).map((option) => ({ ...option, positions: [] }));
  }
  const ranked: { option: RankedCodeOption; score: number; order: number }[] = [];
  options.forEach((option, order) => {
    const match = fuzzyMatch(query, option.path);
    if (match)
      ranked.push({ option: { ...option, positions: match.positions }, score: match.score, order });
  });
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.slice(0, limit).map((entry) => entry.option);
}
