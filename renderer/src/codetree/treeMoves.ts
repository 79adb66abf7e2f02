import { canMove, childrenByParent, indexCodes } from '../../../shared/codebook';
import type { Code, Id } from '../../../shared/domain/types';

/** A moveCode call: put `id` under `parentId` at `index` among its new siblings (without it). */
export interface CodeMove {
  id: Id;
  parentId: Id | null;
  index: number;
}

export type KeyboardMove = 'up' | 'down' | 'outdent' | 'indent';
export type DropPosition = 'before' | 'after' | 'inside';

function siblingsOf(codes: readonly Code[], code: Code): Code[] {
  const parentId =
    code.parentId !== null && indexCodes(codes).has(code.parentId) ? code.parentId : null;
  return childrenByParent(codes).get(parentId) ?? [];
}

/**
 * The move an Alt+Arrow asks for, or null when there is nowhere to go: up/down swap with the
 * neighbouring sibling; outdent makes the code the next sibling of its parent; indent makes it
 * the last child of its previous sibling.
 */
export function keyboardMove(codes: readonly Code[], id: Id, move: KeyboardMove): CodeMove | null {
  const byId = indexCodes(codes);
  const code = byId.get(id);
  if (!code) return null;
  const siblings = siblingsOf(codes, code);
  const at = siblings.findIndex((sibling) => sibling.id === id);
  const parentId = siblings[at]?.parentId ?? null;
  switch (move) {
    case 'up':
      return at > 0 ? { id, parentId, index: at - 1 } : null;
    case 'down':
      return at < siblings.length - 1 ? { id, parentId, index: at + 1 } : null;
    case 'outdent': {
      const parent = parentId !== null ? byId.get(parentId) : undefined;
      if (!parent) return null;
      const parentSiblings = siblingsOf(codes, parent);
      const parentAt = parentSiblings.findIndex((sibling) => sibling.id === parent.id);
      return { id, parentId: parent.parentId, index: parentAt + 1 };
    }
    case 'indent': {
      const previous = siblings[at - 1];
      if (!previous) return null;
      const children = childrenByParent(codes).get(previous.id) ?? [];
      return { id, parentId: previous.id, index: children.length };
    }
  }
}

/**
 * The move a drop of `id` on `targetId` asks for, or null when it is refused: a code cannot go
 * inside itself or its own subtree (canMove), and dropping a code on itself does nothing.
 */
export function dropMove(
  codes: readonly Code[],
  id: Id,
  targetId: Id,
  position: DropPosition,
): CodeMove | null {
  const byId = indexCodes(codes);
  const target = byId.get(targetId);
  if (!target || !byId.has(id) || id === targetId) return null;
  if (position === 'inside') {
    if (!canMove(codes, id, targetId)) return null;
    const children = (childrenByParent(codes).get(targetId) ?? []).filter((c) => c.id !== id);
    return { id, parentId: targetId, index: children.length };
  }
  const parentId = target.parentId !== null && byId.has(target.parentId) ? target.parentId : null;
  if (!canMove(codes, id, parentId)) return null;
  const siblings = siblingsOf(codes, target).filter((sibling) => sibling.id !== id);
  const at = siblings.findIndex((sibling) => sibling.id === targetId);
  return { id, parentId, index: position === 'before' ? at : at + 1 };
}

/** Where on a row a drag is: the top quarter drops before, the bottom quarter after, else inside. */
export function dropPositionAt(offsetY: number, rowHeight: number): DropPosition {
  if (offsetY < rowHeight * 0.25) return 'before';
  if (offsetY > rowHeight * 0.75) return 'after';
  return 'inside';
}
