import type { TextEdit } from '../../../../shared/anchoring';
import type { SpeakerTurn } from '../../../../shared/domain/types';

/**
 * False when `edits` cannot change any paragraph's speaker label or timestamp, so the gutter need
 * not be compared with the moved turns (the case for nearly every key typed). A label can move
 * only when paragraphs are split or joined (`paragraphsChanged`, or a '\n' typed), a turn
 * disappears, or the edit touches a turn's first or last offset; away from those, paragraph
 * starts and turn boundaries shift together. Several edits at once are not analysed.
 */
export function labelsMayMove(
  turnsBefore: readonly SpeakerTurn[],
  turnsAfter: readonly SpeakerTurn[],
  edits: readonly TextEdit[],
  paragraphsChanged: boolean,
): boolean {
  const [edit] = edits;
  if (edits.length !== 1 || !edit || paragraphsChanged || edit.insert.includes('\n')) return true;
  if (turnsAfter.length !== turnsBefore.length) return true;
  const touches = (offset: number) => edit.from <= offset && offset <= edit.to;
  return turnsBefore.some((turn) => touches(turn.start) || touches(turn.end));
}
