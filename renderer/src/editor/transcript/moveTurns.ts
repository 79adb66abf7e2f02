import type { TextEdit } from '../../../../shared/anchoring';
import type { SpeakerTurn } from '../../../../shared/domain/types';

/**
 * Moves speaker turns through text edits exactly as the core does when it stores them
 * (electron/core/store/text-remap.ts, remapTurns; the renderer may not import the core, and a
 * unit test holds the two to the same results). Text typed anywhere in a turn, including at its
 * first or last character and including a '\n', stays in that turn; text typed over a boundary
 * joins the earlier turn; a non-empty turn whose text is deleted entirely is dropped. Each edit's
 * offsets refer to the text left by the previous ones.
 */
export function moveTurns(
  turns: readonly SpeakerTurn[],
  edits: readonly TextEdit[],
): SpeakerTurn[] {
  let current = turns.map((turn) => ({ ...turn }));
  for (const edit of edits) {
    current = edit.from === edit.to ? insertInto(current, edit) : replaceIn(current, edit);
  }
  return current;
}

/** A pure insertion grows the first turn holding its offset and shifts the turns after it. */
function insertInto(turns: SpeakerTurn[], edit: TextEdit): SpeakerTurn[] {
  const inserted = edit.insert.length;
  const owner = turns.findIndex((turn) => turn.start <= edit.from && edit.from <= turn.end);
  return turns.map((turn, index) => {
    if (index === owner) return { ...turn, end: turn.end + inserted };
    if (turn.start >= edit.from) {
      return { ...turn, start: turn.start + inserted, end: turn.end + inserted };
    }
    return turn;
  });
}

/** A replacement maps both ends of every turn, keeping them in order and dropping erased turns. */
function replaceIn(turns: SpeakerTurn[], edit: TextEdit): SpeakerTurn[] {
  const next: SpeakerTurn[] = [];
  let previousEnd = 0;
  for (const turn of turns) {
    const start = Math.max(mapOffset(turn.start, edit), previousEnd);
    const end = Math.max(mapOffset(turn.end, edit), start);
    if (turn.end > turn.start && end === start) continue;
    next.push({ ...turn, start, end });
    previousEnd = end;
  }
  return next;
}

/** An offset inside the replaced span lands after the inserted text. */
function mapOffset(offset: number, edit: TextEdit): number {
  if (offset <= edit.from) return offset;
  if (offset >= edit.to) return offset + edit.insert.length - (edit.to - edit.from);
  return edit.from + edit.insert.length;
}
