/**
 * The editor moves speaker turns with the core's own rule (remapTurns from shared/anchoring) and
 * draws the gutter from them with splitIntoParagraphs. These tests hold that pair to what a
 * reader of the transcript must see: every paragraph under a speaker, each turn's label once, on
 * the first paragraph it begins, and labels that come back when a joined paragraph is split.
 */
import { describe, expect, it } from 'vitest';
import { applyTextEdits, remapTurns, type TextEdit } from '../../../shared/anchoring';
import type { SpeakerTurn } from '../../../shared/domain/types';
import { splitIntoParagraphs } from '../../../renderer/src/editor/transcript/paragraphs';
import { layoutProblem, ownerOf, paragraphStarts } from '../anchoring/turnLayout';

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Turns of the given lengths, separated by one '\n' each; some of them empty. */
function turnsOf(lengths: readonly number[]): { turns: SpeakerTurn[]; text: string } {
  const turns: SpeakerTurn[] = [];
  const parts: string[] = [];
  let start = 0;
  for (const [index, length] of lengths.entries()) {
    turns.push({ start, end: start + length, speaker: `S${index}`, timeMs: index * 1000 });
    parts.push('w'.repeat(length));
    start += length + 1;
  }
  return { turns, text: parts.join('\n') };
}

/** Each paragraph's label as the gutter shows it: the speaker on a turn's first paragraph. */
function labels(text: string, turns: readonly SpeakerTurn[]): string[] {
  return splitIntoParagraphs(text, turns).map((span) =>
    span.firstOfTurn ? String(span.speaker) : '',
  );
}

/** Applies edits one by one, as the editor does while the user types. */
function edited(source: { turns: SpeakerTurn[]; text: string }, edits: readonly TextEdit[]) {
  let { turns, text } = source;
  for (const edit of edits) {
    turns = remapTurns(turns, [edit], text);
    text = applyTextEdits(text, [edit]);
  }
  return { turns, text };
}

describe('the gutter over turns moved through edits', () => {
  it('keeps a paragraph break typed inside a turn in that turn', () => {
    const source = turnsOf([10, 8]);
    const after = edited(source, [{ from: 4, to: 4, insert: '\n' }]);
    expect(after.turns).toEqual([
      { ...source.turns[0], end: 11 },
      { ...source.turns[1], start: 12, end: 20 },
    ]);
    expect(labels(after.text, after.turns)).toEqual(['S0', '', 'S1']);
  });

  it('brings the later label back when joined turns are split again, for good', () => {
    const source = turnsOf([10, 8]);
    const joined = edited(source, [{ from: 10, to: 11, insert: '' }]);
    expect(labels(joined.text, joined.turns)).toEqual(['S0']);
    const split = edited(joined, [{ from: 10, to: 10, insert: '\n' }]);
    expect(split.turns).toEqual(source.turns);
    // Typing at the start of the later paragraph used to move it into the earlier turn.
    const typed = edited(split, [{ from: 11, to: 11, insert: 'x' }]);
    expect(labels(typed.text, typed.turns)).toEqual(['S0', 'S1']);
  });

  it('keeps the label of a turn whose text is deleted, for the text typed there next', () => {
    const source = turnsOf([5, 5, 5]);
    const emptied = edited(source, [{ from: 6, to: 11, insert: '' }]);
    expect(labels(emptied.text, emptied.turns)).toEqual(['S0', 'S1', 'S2']);
    const typed = edited(emptied, [{ from: 6, to: 6, insert: 'new' }]);
    expect(typed.turns[1]).toMatchObject({ start: 6, end: 9, speaker: 'S1' });
  });

  it("shows every paragraph under a turn and each turn's label once, on its first paragraph", () => {
    const next = random(20240611);
    for (let round = 0; round < 2000; round++) {
      const lengths = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        next() < 0.15 ? 0 : 1 + Math.floor(next() * 12),
      );
      let current = turnsOf(lengths);
      for (let i = 0; i < 1 + Math.floor(next() * 4); i++) {
        const length = current.text.length;
        const from = Math.floor(next() * (length + 1));
        const to = next() < 0.5 ? from : from + Math.floor(next() * (length - from + 1));
        const insert = ['', '\n', 'x', 'ab\ncd', '\n\n'][Math.floor(next() * 5)]!;
        current = edited(current, [{ from, to, insert }]);
      }
      const { text, turns } = current;
      const context = JSON.stringify({ lengths, text, turns });
      expect(layoutProblem(text, turns, true), context).toBeNull();
      const spans = splitIntoParagraphs(text, turns);
      expect(
        spans.every((span) => span.turnIndex !== -1),
        context,
      ).toBe(true);
      const owners = new Set(paragraphStarts(text).map((start) => ownerOf(turns, start)));
      expect(labels(text, turns).filter(Boolean), context).toEqual(
        [...owners].map((turn) => turn?.speaker),
      );
    }
  });
});
