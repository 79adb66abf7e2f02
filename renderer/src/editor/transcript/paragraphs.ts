import type { SpeakerTurn } from '../../../../shared/domain/types';

/** What a paragraph's gutter shows: its turn's speaker and time, on the turn's first paragraph. */
export interface ParagraphGutter {
  /** Index into the source's turns of the turn this paragraph belongs to, or -1. */
  turnIndex: number;
  /** The first paragraph of its turn carries the turn's speaker label and timestamp. */
  firstOfTurn: boolean;
  speaker: string | null;
  timeMs: number | null;
}

/**
 * One paragraph of a source: the text between two '\n' (or the text's ends). The document shows one
 * block per paragraph, so the document's text is exactly the source's text with blocks joined by
 * '\n' and every source offset has one place in the document.
 */
export interface ParagraphSpan extends ParagraphGutter {
  start: number;
  /** Exclusive; text[end] is the '\n' before the next paragraph, or the end of the text. */
  end: number;
}

/**
 * The gutters of consecutive paragraphs of the given text lengths (joined by one '\n' each).
 * A paragraph belongs to the turn holding its start. Where one turn ends exactly where the next
 * begins (stored that way by older versions, or two turns joined inside one paragraph; see
 * shared/anchoring/remapTurns), the turn that begins there owns the paragraph; a turn's end
 * still owns an empty paragraph after it that no turn begins at (Enter at the end of a turn).
 */
export function paragraphGutters(
  lengths: readonly number[],
  turns: readonly SpeakerTurn[],
): ParagraphGutter[] {
  const gutters: ParagraphGutter[] = [];
  let turnIndex = 0;
  let lastTurnSeen = -1;
  let start = 0;
  for (const length of lengths) {
    while (turnIndex < turns.length && (turns[turnIndex]?.end ?? 0) < start) turnIndex++;
    // The next turn may begin right where this one ends: then it owns the paragraph.
    if (turns[turnIndex]?.end === start && turns[turnIndex + 1]?.start === start) turnIndex++;
    const turn = turns[turnIndex];
    const inTurn = turn !== undefined && turn.start <= start && start <= turn.end;
    const index = inTurn ? turnIndex : -1;
    const firstOfTurn = inTurn && index !== lastTurnSeen;
    if (inTurn) lastTurnSeen = index;
    gutters.push({
      turnIndex: index,
      firstOfTurn,
      speaker: firstOfTurn ? (turn?.speaker ?? null) : null,
      timeMs: firstOfTurn ? (turn?.timeMs ?? null) : null,
    });
    start += length + 1;
  }
  return gutters;
}

/** Splits a source into paragraphs and attaches each to the turn containing its start. */
export function splitIntoParagraphs(text: string, turns: readonly SpeakerTurn[]): ParagraphSpan[] {
  const lengths = text.split('\n').map((paragraph) => paragraph.length);
  const gutters = paragraphGutters(lengths, turns);
  let start = 0;
  return gutters.map((gutter, index) => {
    const end = start + (lengths[index] ?? 0);
    const span = { start, end, ...gutter };
    start = end + 1;
    return span;
  });
}

/** True when two gutters show the same thing. */
export function sameGutter(
  a: Pick<ParagraphGutter, 'firstOfTurn' | 'speaker' | 'timeMs'>,
  b: Pick<ParagraphGutter, 'firstOfTurn' | 'speaker' | 'timeMs'>,
): boolean {
  return a.firstOfTurn === b.firstOfTurn && a.speaker === b.speaker && a.timeMs === b.timeMs;
}
