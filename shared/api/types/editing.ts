import type { TextEdit } from '../../anchoring/textEdit';
import type { Id } from '../../domain/types';

// Editing source text and undoing: the edit, its outcome and the undo state.

export type SourceTextEdit = { sourceId: Id; expectedRevision?: number } & (
  { edits: TextEdit[] } | { text: string; baseText?: string }
);

export interface SourceTextEditResult {
  sourceId: Id;
  revision: number;
  /** The edits applied, in order (computed with diffToEdits when a whole text was given). */
  edits: TextEdit[];
  codingsMoved: number;
  /** Codings that lost some of their text but survive. */
  codingsShrunk: number;
  /** Codings whose whole text was deleted. */
  codingsRemoved: number;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  /** e.g. "Undo apply code 'Trust'"; null when there is nothing to undo. */
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface UndoOutcome {
  /** What was done, e.g. "Undo apply code 'Trust'". */
  description: string;
  state: UndoState;
}
