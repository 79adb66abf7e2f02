import { useState, type DragEvent } from 'react';
import type { Code, Id } from '../../../shared/domain/types';
import type { RowDragHandlers } from './CodeTreeRow';
import { dropMove, dropPositionAt, type CodeMove, type DropPosition } from './treeMoves';

/** The data type a dragged code carries, so drops from elsewhere (files, text) are ignored. */
const CODE_DRAG_TYPE = 'application/x-concord-code';

export interface DropTarget {
  codeId: Id;
  position: DropPosition;
}

/**
 * Drag and drop in the code tree: the top or bottom quarter of a row drops before or after it,
 * the middle inside it. Drops that would put a code inside its own subtree are refused (no
 * indicator, a "not allowed" cursor). Dropping on the empty space below the rows makes the code
 * the last top-level code.
 */
export function useTreeDrag(codes: readonly Code[], onMove: (move: CodeMove) => void) {
  const [dragId, setDragId] = useState<Id | null>(null);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);

  const clear = () => {
    setDragId(null);
    setDropTarget(null);
  };

  const isCodeDrag = (event: DragEvent) => event.dataTransfer.types.includes(CODE_DRAG_TYPE);

  const rowHandlers: RowDragHandlers = {
    onDragStart(event, codeId) {
      event.dataTransfer.setData(CODE_DRAG_TYPE, codeId);
      event.dataTransfer.setData('text/plain', codes.find((c) => c.id === codeId)?.name ?? '');
      event.dataTransfer.effectAllowed = 'move';
      setDragId(codeId);
    },
    onDragOver(event, codeId) {
      if (!dragId || !isCodeDrag(event)) return;
      event.stopPropagation();
      const rect = event.currentTarget.getBoundingClientRect();
      const position = dropPositionAt(event.clientY - rect.top, rect.height);
      const move = dropMove(codes, dragId, codeId, position);
      if (!move) {
        event.dataTransfer.dropEffect = 'none';
        if (dropTarget) setDropTarget(null);
        return;
      }
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (dropTarget?.codeId !== codeId || dropTarget.position !== position) {
        setDropTarget({ codeId, position });
      }
    },
    onDrop(event, codeId) {
      if (!dragId || !isCodeDrag(event)) return;
      event.preventDefault();
      event.stopPropagation();
      const rect = event.currentTarget.getBoundingClientRect();
      const move = dropMove(
        codes,
        dragId,
        codeId,
        dropPositionAt(event.clientY - rect.top, rect.height),
      );
      clear();
      if (move) onMove(move);
    },
    onDragEnd: clear,
  };

  /** Handlers for the tree's blank area: a drop there makes the code the last top-level code. */
  const blankHandlers = {
    onDragOver(event: DragEvent<HTMLElement>) {
      if (!dragId || !isCodeDrag(event) || event.target !== event.currentTarget) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (dropTarget) setDropTarget(null);
    },
    onDrop(event: DragEvent<HTMLElement>) {
      if (!dragId || !isCodeDrag(event) || event.target !== event.currentTarget) return;
      event.preventDefault();
      const roots = codes.filter((c) => c.parentId === null && c.id !== dragId).length;
      const id = dragId;
      clear();
      onMove({ id, parentId: null, index: roots });
    },
  };

  return { dragId, dropTarget, rowHandlers, blankHandlers };
}
