import type { TextEdit } from '../../../shared/anchoring';
import { ApiError } from '../../../shared/api/errors';
import type { SyncPoint } from '../../../shared/domain/types';

/**
 * Where an offset lands after `edit`. Offsets before the edit stay, offsets after it shift;
 * an offset inside the replaced span lands after the inserted text. (Speaker turns follow their
 * own rule: remapTurns in shared/anchoring.)
 */
function mapOffset(offset: number, edit: TextEdit): number {
  if (offset <= edit.from) return offset;
  if (offset >= edit.to) return offset + edit.insert.length - (edit.to - edit.from);
  return edit.from + edit.insert.length;
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
