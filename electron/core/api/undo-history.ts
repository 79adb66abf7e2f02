import type { UndoState } from '../../../shared/api/contract';
import { isEmptyChangeSet, type ChangeSet } from '../store/history/change-set';

/** One undoable action: what it was called and the rows and texts it changed. */
export interface UndoEntry {
  /** Lower-case phrase, e.g. "apply code 'Trust'". */
  label: string;
  changes: ChangeSet;
}

/** How many actions can be undone; older ones are forgotten. */
export const UNDO_LIMIT = 200;

/**
 * The undo and redo stacks of one user in one open project. Entries are data (ChangeSets), so
 * replaying one is a store operation; this class only keeps the order.
 */
export class UndoHistory {
  private readonly undoStack: UndoEntry[] = [];
  private redoStack: UndoEntry[] = [];

  /** Records a new action; it makes whatever was undone no longer redoable. */
  push(entry: UndoEntry): void {
    if (isEmptyChangeSet(entry.changes)) return;
    this.undoStack.push(entry);
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  nextUndo(): UndoEntry | undefined {
    return this.undoStack.at(-1);
  }

  nextRedo(): UndoEntry | undefined {
    return this.redoStack.at(-1);
  }

  /** The next undo was applied: it becomes the next redo. */
  undone(): void {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
  }

  redone(): void {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push(entry);
  }

  /** The next undo (or redo) can no longer be applied; forget it so the one before is reachable. */
  discardNext(direction: 'undo' | 'redo'): void {
    (direction === 'undo' ? this.undoStack : this.redoStack).pop();
  }

  state(): UndoState {
    const undo = this.nextUndo();
    const redo = this.nextRedo();
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: undo ? `Undo ${undo.label}` : null,
      redoLabel: redo ? `Redo ${redo.label}` : null,
    };
  }
}
