import type { TextEdit } from '../../../../shared/anchoring';
import type { Id, SpeakerTurn, SyncPoint } from '../../../../shared/domain/types';
import type { CodeRow, CodingRow } from './rows';

/** One row as it was before an action and as the action left it (null: absent). */
export interface RowChange<Row> {
  id: Id;
  before: Row | null;
  after: Row | null;
}

/** A text edit with its exact inverse; the hashes tell whether the text is still as left. */
export interface TextChange {
  sourceId: Id;
  forward: TextEdit[];
  inverse: TextEdit[];
  hashBefore: string;
  hashAfter: string;
  /** Turns and sync points are restored exactly, not re-derived by reversing the edits. */
  turnsBefore: SpeakerTurn[];
  turnsAfter: SpeakerTurn[];
  syncPointsBefore: SyncPoint[];
  syncPointsAfter: SyncPoint[];
}

/**
 * Everything one undoable action changed, as data: undo writes the `before` rows back (after
 * reversing the text edits), redo the `after` rows. Codings moved by a text edit are listed, so
 * undoing the edit restores them exactly, including ones the edit removed.
 */
export interface ChangeSet {
  texts: TextChange[];
  codes: RowChange<CodeRow>[];
  codings: RowChange<CodingRow>[];
}

export function isEmptyChangeSet(changes: ChangeSet): boolean {
  return changes.texts.length === 0 && changes.codes.length === 0 && changes.codings.length === 0;
}
