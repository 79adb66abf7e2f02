import { ApiError } from '../api/errors';
import type { Code, Id } from '../domain/types';
import { descendants, requireCode } from './lineage';
import { childrenByParent, indexCodes } from './tree';

/** Whether `id` may become a child of `newParentId` (null: a root) without creating a cycle. */
export function canMove(codes: readonly Code[], id: Id, newParentId: Id | null): boolean {
  const byId = indexCodes(codes);
  if (!byId.has(id)) return false;
  if (newParentId === null) return true;
  if (newParentId === id || !byId.has(newParentId)) return false;
  return !descendants(codes, id).some((code) => code.id === newParentId);
}

/**
 * Moves a code (with its subtree) under `newParentId` at `index` among its new siblings, the
 * index counting siblings without the moved code and clamped to the list. Returns copies of the
 * codes whose parent or position changed; positions of both sibling lists are renumbered 0..n-1.
 * Throws, changing nothing, when the code or parent is unknown or the move would make a cycle.
 */
export function moveCode(
  codes: readonly Code[],
  id: Id,
  newParentId: Id | null,
  index: number,
): Code[] {
  const byId = indexCodes(codes);
  const moving = requireCode(byId, id);
  if (newParentId !== null) requireCode(byId, newParentId);
  if (!canMove(codes, id, newParentId)) {
    throw new ApiError(
      'invalid_argument',
      `Code "${moving.name}" cannot move under "${byId.get(newParentId ?? '')?.name}": ` +
        'a code cannot be placed inside itself or its own subcodes.',
    );
  }

  const children = childrenByParent(codes);
  const oldParentId = parentKey(byId, moving);
  const oldSiblings = (children.get(oldParentId) ?? []).filter((code) => code.id !== id);
  const newSiblings =
    oldParentId === newParentId
      ? oldSiblings
      : (children.get(newParentId) ?? []).filter((code) => code.id !== id);
  const at = Math.max(
    0,
    Math.min(Number.isFinite(index) ? Math.trunc(index) : 0, newSiblings.length),
  );
  const placed = [...newSiblings.slice(0, at), moving, ...newSiblings.slice(at)];

  const changed = new Map<Id, Code>();
  const renumber = (list: readonly Code[], parentId: Id | null) =>
    list.forEach((code, position) => {
      const current = changed.get(code.id) ?? code;
      if (current.position !== position || current.parentId !== parentId) {
        changed.set(code.id, { ...code, parentId, position });
      }
    });
  if (oldParentId !== newParentId) renumber(oldSiblings, oldParentId);
  renumber(placed, newParentId);
  return [...changed.values()];
}

/** The parent a code is shown under: its parentId, or null when that parent does not exist. */
function parentKey(byId: ReadonlyMap<Id, Code>, code: Code): Id | null {
  return code.parentId !== null && byId.has(code.parentId) ? code.parentId : null;
}
