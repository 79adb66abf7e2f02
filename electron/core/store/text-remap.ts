import type { TextEdit } from '../../../shared/anchoring';
import { ApiError } from '../../../shared/api/errors';
import type { SpeakerTurn, SyncPoint } from '../../../shared/domain/types';

/**
 * Where an offset lands after `edit`. Offsets before the edit stay, offsets after it shift;
 * an offset inside the replaced span lands after the inserted text, so the text typed over a
 * boundary joins whatever precedes the boundary.
 */
function mapOffset(offset: number, edit: TextEdit): number {
  if (offset <= edit.from) return offset;
  if (offset >= edit.to) return offset + edit.insert.length - (edit.to - edit.from);
  return edit.from + edit.insert.length;
}

/**
 * Moves speaker turns through edits (each edit's offsets refer to the text left by the previous
 * ones). Text typed anywhere in a turn, including at its first or last character and including a
 * '\n', stays in that turn; text typed over a boundary joins the earlier turn. A non-empty turn
 * whose text is deleted entirely is dropped. Turns stay in order and never overlap.
 */
export function remapTurns(
  turns: readonly SpeakerTurn[],
  edits: readonly TextEdit[],
): SpeakerTurn[] {
  let current = turns.map((turn) => ({ ...turn }));
  for (const edit of edits) {
    const inserted = edit.insert.length;
    if (edit.from === edit.to) {
      const owner = current.findIndex((turn) => turn.start <= edit.from && edit.from <= turn.end);
      current = current.map((turn, index) => {
        if (index === owner) return { ...turn, end: turn.end + inserted };
        if (turn.start >= edit.from) {
          return { ...turn, start: turn.start + inserted, end: turn.end + inserted };
        }
        return turn;
      });
      continue;
    }
    const next: SpeakerTurn[] = [];
    let previousEnd = 0;
    for (const turn of current) {
      const start = Math.max(mapOffset(turn.start, edit), previousEnd);
      const end = Math.max(mapOffset(turn.end, edit), start);
      const deleted = turn.end > turn.start && end === start;
      if (deleted) continue;
      next.push({ ...turn, start, end });
      previousEnd = end;
    }
    current = next;
  }
  return current;
}

/** Moves media sync points through edits; a point inside deleted text lands after the insert. */
export function remapSyncPoints(
  points: readonly SyncPoint[],
  edits: readonly TextEdit[],
): SyncPoint[] {
  return points.map((point) => ({
    ...point,
    offset: edits.reduce((offset, edit) => mapOffset(offset, edit), point.offset),
  }));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of one character (a UTF-16 surrogate pair). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Refuses an offset that would cut a character (an emoji, say) in two. */
export function assertWholeCharacters(
  text: string,
  offsets: readonly number[],
  what: string,
): void {
  for (const offset of offsets) {
    if (splitsSurrogatePair(text, offset)) {
      throw new ApiError(
        'bad_input',
        `${what}: offset ${offset} falls inside a character (between the halves of a UTF-16 surrogate pair).`,
      );
    }
  }
}
