import type { Code, Id, Timestamp } from '../domain/types';
import { descendants, requireCode } from './lineage';
import { uniqueSiblingName } from './names';
import { indexCodes } from './tree';

export interface CopiedSubtree {
  /** The new codes, the copied root first, parents before children. */
  codes: Code[];
  /** Original id -> id of its copy. */
  idMap: Map<Id, Id>;
}

/**
 * Copies a code and everything below it under `newParentId` (null: a root), with fresh ids from
 * `idFactory` and the same shape, names, colours and texts. The copied root goes last among its
 * new siblings under a name none of them has. The copy is taken before it is placed, so copying
 * a code into its own subtree is safe. `createdAt` stamps the copies (default: kept).
 */
export function copySubtree(
  codes: readonly Code[],
  rootId: Id,
  newParentId: Id | null,
  idFactory: () => Id,
  createdAt?: Timestamp,
): CopiedSubtree {
  const byId = indexCodes(codes);
  const root = requireCode(byId, rootId);
  if (newParentId !== null) requireCode(byId, newParentId);

  const originals = [root, ...descendants(codes, rootId)];
  const idMap = new Map(originals.map((code) => [code.id, idFactory()]));
  if (
    new Set(idMap.values()).size !== idMap.size ||
    [...idMap.values()].some((id) => byId.has(id))
  ) {
    throw new Error('copySubtree: idFactory returned an id that is already in use.');
  }
  const siblings = codes.filter((code) => code.parentId === newParentId);
  const copies = originals.map((code): Code => {
    const copy: Code = { ...code, id: idMap.get(code.id)! };
    if (createdAt !== undefined) copy.createdAt = createdAt;
    if (code === root) {
      copy.parentId = newParentId;
      copy.name = uniqueSiblingName(codes, newParentId, root.name);
      copy.position = siblings.reduce((max, s) => Math.max(max, s.position + 1), 0);
    } else {
      copy.parentId = idMap.get(code.parentId!)!;
    }
    return copy;
  });
  return { codes: copies, idMap };
}
