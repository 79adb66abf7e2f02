import { ApiError } from '../api/errors';
import type { Code, Id } from '../domain/types';
import { childrenByParent, indexCodes } from './tree';

/** The code with `id`, or a not_found error naming it. */
export function requireCode(byId: ReadonlyMap<Id, Code>, id: Id): Code {
  const code = byId.get(id);
  if (!code) throw new ApiError('not_found', `Code ${id} does not exist.`);
  return code;
}

/** The ancestors of a code, root first, its parent last. Stops at a cycle rather than looping. */
export function ancestors(codes: readonly Code[], id: Id): Code[] {
  const byId = indexCodes(codes);
  const chain: Code[] = [];
  const seen = new Set<Id>([id]);
  let parentId = requireCode(byId, id).parentId;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    chain.push(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return chain.reverse();
}

/** Every code below `id` (not `id` itself), depth-first in display order. */
export function descendants(codes: readonly Code[], id: Id): Code[] {
  requireCode(indexCodes(codes), id);
  const children = childrenByParent(codes);
  const found: Code[] = [];
  const seen = new Set<Id>([id]);
  const visit = (parentId: Id) => {
    for (const child of children.get(parentId) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      found.push(child);
      visit(child.id);
    }
  };
  visit(id);
  return found;
}

/** 0 for a root code, 1 for its children, and so on. */
export function depthOf(codes: readonly Code[], id: Id): number {
  return ancestors(codes, id).length;
}

/** The code's names from the root down, e.g. "Processes / Benefits". */
export function pathOf(codes: readonly Code[], id: Id, separator = ' / '): string {
  const code = requireCode(indexCodes(codes), id);
  return [...ancestors(codes, id), code].map((c) => c.name).join(separator);
}
