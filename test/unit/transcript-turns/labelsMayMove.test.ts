import { describe, expect, it } from 'vitest';
import { applyTextEdits, remapTurns, type TextEdit } from '../../../shared/anchoring';
import type { SpeakerTurn } from '../../../shared/domain/types';
import { labelsMayMove } from '../../../renderer/src/editor/transcript/labelsMayMove';
import { splitIntoParagraphs } from '../../../renderer/src/editor/transcript/paragraphs';

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

const gutters = (text: string, turns: readonly SpeakerTurn[]) =>
  splitIntoParagraphs(text, turns).map(({ firstOfTurn, speaker, timeMs }) => ({
    firstOfTurn,
    speaker,
    timeMs,
  }));

/** A random edit of `text`: typing, deleting or replacing, sometimes with line breaks. */
function randomEdit(next: () => number, text: string): TextEdit {
  const from = Math.floor(next() * (text.length + 1));
  const to = next() < 0.5 ? from : Math.min(text.length, from + Math.floor(next() * 6));
  const insert = ['', 'x', 'yz', '\n', 'a\nb'][Math.floor(next() * 5)]!;
  return { from, to, insert };
}

describe('labelsMayMove', () => {
  it('lets plain typing inside a turn through without comparing the gutter', () => {
    const turns: SpeakerTurn[] = [{ start: 0, end: 10, speaker: 'A', timeMs: null }];
    expect(labelsMayMove(turns, turns, [{ from: 4, to: 4, insert: 'x' }], false)).toBe(false);
    expect(labelsMayMove(turns, turns, [{ from: 10, to: 10, insert: 'x' }], false)).toBe(true);
    expect(labelsMayMove(turns, turns, [{ from: 4, to: 4, insert: '\n' }], false)).toBe(true);
  });

  it('never says no when the labels a reload would show do change', () => {
    const next = random(7);
    let checked = 0;
    for (let round = 0; round < 3000; round++) {
      // A transcript of a few turns, then a few random edits to reach joined or split states.
      const paragraphs = Array.from({ length: 2 + Math.floor(next() * 4) }, () =>
        'w'.repeat(Math.floor(next() * 6)),
      );
      let text = paragraphs.join('\n');
      let turns: SpeakerTurn[] = [];
      let start = 0;
      for (const [index, paragraph] of paragraphs.entries()) {
        turns.push({ start, end: start + paragraph.length, speaker: `S${index}`, timeMs: index });
        start += paragraph.length + 1;
      }
      for (let i = Math.floor(next() * 3); i > 0; i--) {
        const edit = randomEdit(next, text);
        turns = remapTurns(turns, [edit], text);
        text = applyTextEdits(text, [edit]);
      }
      const edit = randomEdit(next, text);
      const after = applyTextEdits(text, [edit]);
      const moved = remapTurns(turns, [edit], text);
      const paragraphsChanged = after.split('\n').length !== text.split('\n').length;
      if (labelsMayMove(turns, moved, [edit], paragraphsChanged)) continue;
      checked++;
      expect(gutters(after, moved), JSON.stringify({ text, turns, edit })).toEqual(
        gutters(text, turns),
      );
    }
    expect(checked).toBeGreaterThan(500);
  });
});
