import type { SpeakerTurn } from '../domain/types';
import { TextAlongEdits, type TextSource } from './textAlongEdits';
import { assertValidEdit, type TextEdit } from './textEdit';

/**
 * Moves speaker turns through text edits; the core stores what this returns and the editor's
 * gutter shows the same, so the two always agree. `textBefore` is the text the edits apply to
 * (each edit's offsets refer to the text left by the previous ones). A function producing it is
 * called only where an edit makes two turns with text meet, which keeps plain typing cheap; given
 * a string, every edit is also checked to fit the text. A malformed edit, or one found not to
 * fit, throws ApiError 'invalid_argument'.
 *
 * Turns hold whole paragraphs: consecutive turns are separated by the '\n' ending the earlier
 * one's last paragraph. The one exception is a paragraph join: when the '\n' between two turns
 * is deleted, the later turn keeps its text and begins inside the joined paragraph, touching the
 * earlier one (the paragraph shows the earlier turn's label), so that splitting the paragraph
 * there again brings its label back. (Turns stored by an earlier rule, with the earlier turn
 * ending after that '\n', are put right by the next edit made where they touch.) The rules:
 *
 * - Typing inside a turn or at either end of it, '\n' included, adds to that turn.
 * - Typing where two turns touch adds to the earlier turn up to the first '\n' typed; that '\n'
 *   separates them again and the new paragraph belongs to the later turn.
 * - A deletion running from one turn into another leaves their remains meeting at one point.
 *   Inside a paragraph they touch. At the start of a paragraph the later turn owns it and the
 *   earlier turn gives up the '\n' it would end with (deleting whole paragraphs keeps the labels
 *   of those after them); at the end of a paragraph the earlier turn keeps it and the later turn
 *   gives up the '\n' it would begin with. Text typed over the deletion then follows the rule
 *   above for the point where it lands.
 * - A turn whose text is deleted entirely stays, empty, as long as it is still a paragraph of its
 *   own, so that text typed there gets its speaker. It goes when the deletion also took a '\n'
 *   next to it (its paragraph joined a neighbour's, who keeps the paragraph), and when it shared
 *   its paragraph with a touching turn: a joined turn that loses all its text goes, and a turn
 *   whose joined paragraph now begins with the remains of the turn joined into it hands the
 *   paragraph to that turn (the words left are that speaker's). Where only emptied turns meet,
 *   the first one stays (its paragraph is the one left).
 *
 * Sorted, non-overlapping turns come back sorted and non-overlapping; turns that cover the whole
 * text with '\n' separators keep doing so (every paragraph has exactly one turn).
 */
export function remapTurns(
  turns: readonly SpeakerTurn[],
  edits: readonly TextEdit[],
  textBefore: TextSource,
): SpeakerTurn[] {
  const text = new TextAlongEdits(textBefore);
  let current = turns.map((turn) => ({ ...turn }));
  for (const edit of edits) {
    assertValidEdit(edit);
    current = remapThroughEdit(current, edit, text);
    text.advance(edit);
  }
  return current;
}

/** One edit: the replaced span collapses to the point `from`, then the insert lands there. */
function remapThroughEdit(
  turns: readonly SpeakerTurn[],
  edit: TextEdit,
  text: TextAlongEdits,
): SpeakerTurn[] {
  const { from, to } = edit;
  const collapse = (offset: number): number => {
    if (offset <= from) return offset;
    return offset >= to ? offset - (to - from) : from;
  };
  const grown = edit.insert.length;
  const before: SpeakerTurn[] = [];
  const atPoint: SpeakerTurn[] = [];
  const after: SpeakerTurn[] = [];
  for (const turn of turns) {
    const start = collapse(turn.start);
    const end = collapse(turn.end);
    if (end < from) before.push(turn);
    else if (start > from) after.push({ ...turn, start: start + grown, end: end + grown });
    else atPoint.push({ ...turn, start, end });
  }
  return [...before, ...settleAtPoint(atPoint, edit, text), ...after];
}

/**
 * The turns reaching the point `edit.from` once the replaced span is gone (in text order, at most
 * one with text before the point and one with text after it, any others empty there), with the
 * insert placed among them.
 */
function settleAtPoint(
  atPoint: readonly SpeakerTurn[],
  edit: TextEdit,
  text: TextAlongEdits,
): SpeakerTurn[] {
  const point = edit.from;
  const first = atPoint[0];
  const last = atPoint[atPoint.length - 1];
  const earlier = first && first.start < point ? first : undefined;
  const later = last && last.end > point ? last : undefined;
  if (earlier && later && earlier !== later) return meet(earlier, later, edit, text);
  // One turn has text here (or, if none has, the first emptied one): it keeps the paragraph and
  // takes the insert; emptied turns beside it had their paragraph joined into its paragraph.
  const owner = earlier ?? later ?? first;
  return owner ? [{ ...owner, end: owner.end + edit.insert.length }] : [];
}

/** Two turns with text meet at `edit.from`: decide which paragraph is whose. */
function meet(
  earlier: SpeakerTurn,
  later: SpeakerTurn,
  edit: TextEdit,
  text: TextAlongEdits,
): SpeakerTurn[] {
  const point = edit.from;
  const grown = edit.insert.length;
  const laterEnd = later.end + grown;
  // The characters on either side of the point once the replaced span is gone.
  if (text.charAt(point - 1) === '\n') {
    return [
      { ...earlier, end: point - 1 },
      { ...later, start: point, end: laterEnd },
    ];
  }
  if (text.charAt(edit.to) === '\n') {
    return [
      { ...earlier, end: point + grown },
      { ...later, start: point + grown + 1, end: laterEnd },
    ];
  }
  const lineBreak = edit.insert.indexOf('\n');
  const split = lineBreak === -1 ? point + grown : point + lineBreak;
  return [
    { ...earlier, end: split },
    { ...later, start: lineBreak === -1 ? split : split + 1, end: laterEnd },
  ];
}
