import type { Id } from '../../../shared/domain/types';
import type { CodeDialogRequest } from './dialogRequest';
import type { KeyboardMove } from './treeMoves';

/** What the tree's keys, toolbar and context menu can ask the pane to do. */
export interface TreeCommands {
  newCode(parentId: Id | null): void;
  rename(codeId: Id): void;
  openDetails(codeId: Id): void;
  apply(codeId: Id): void;
  openDialog(request: CodeDialogRequest): void;
  move(codeId: Id, move: KeyboardMove): void;
  /** Opens the context menu of a code (null: of the tree itself) at a window point. */
  openMenu(codeId: Id | null, x: number, y: number): void;
}
