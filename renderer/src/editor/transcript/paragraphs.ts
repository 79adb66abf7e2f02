import type { SpeakerTurn } from '../../../../shared/domain/types';

/**
 * One paragraph of a source: the text between two '\n' (or the text's ends). The document shows one
 * block per paragraph, so the document's text is exactly the source's text with blocks joined by
 * '\n' and every source offset has one place in the document.
 */
export interface ParagraphSpan {
  start: number;
  /** Exclusive; text[end] is the '\n' before the next paragraph, or the end of the text. */
  end: number;
  /** Index into the source's turns of the turn this paragraph belongs to, or -1. */
  turnIndex: number;
  /** The first paragraph of its turn carries the turn's speaker label and timestamp. */
  firstOfTurn: boolean;
  speaker: string | null;
  timeMs: number | null;
}

/** Splits a source into paragraphs and attaches each to the turn containing its start. */
export function splitIntoParagraphs(text: string, turns: readonly SpeakerTurn[]): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let turnIndex = 0;
  let lastTurnSeen = -1;
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    while (turnIndex < turns.length && (turns[turnIndex]?.end ?? 0) < start) turnIndex++;
    const turn = turns[turnIndex];
    const inTurn = turn !== undefined && turn.start <= start && start <= turn.end;
    const index = inTurn ? turnIndex : -1;
    const firstOfTurn = inTurn && index !== lastTurnSeen;
    if (inTurn) lastTurnSeen = index;
    spans.push({
      start,
      end,
      turnIndex: index,
      firstOfTurn,
      speaker: firstOfTurn ? (turn?.speaker ?? null) : null,
      timeMs: firstOfTurn ? (turn?.timeMs ?? null) : null,
    });
    if (newline === -1) return spans;
    start = newline + 1;
  }
}
