import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../../shared/anchoring';
import type { SpeakerTurn } from '../../../shared/domain/types';
import { remapTurns } from '../../../electron/core/store/text-remap';
import { moveTurns } from '../../../renderer/src/editor/transcript/moveTurns';

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
function turnsOf(lengths: readonly number[]): { turns: SpeakerTurn[]; length: number } {
  const turns: SpeakerTurn[] = [];
  let start = 0;
  for (const [index, length] of lengths.entries()) {
    turns.push({ start, end: start + length, speaker: `S${index}`, timeMs: index * 1000 });
    start += length + 1;
  }
  return { turns, length: Math.max(0, start - 1) };
}

describe('moveTurns', () => {
  it('keeps a paragraph break typed inside a turn in that turn', () => {
    const { turns } = turnsOf([10, 8]);
    expect(moveTurns(turns, [{ from: 4, to: 4, insert: '\n' }])).toEqual([
      { ...turns[0], end: 11 },
      { ...turns[1], start: 12, end: 20 },
    ]);
  });

  it('lets the earlier turn take a break typed where two turns meet after a join', () => {
    const { turns } = turnsOf([10, 8]);
    const joined = moveTurns(turns, [{ from: 10, to: 11, insert: '' }]);
    expect(joined.map((turn) => [turn.start, turn.end])).toEqual([
      [0, 10],
      [10, 18],
    ]);
    const split = moveTurns(joined, [{ from: 10, to: 10, insert: '\n' }]);
    expect(split.map((turn) => [turn.start, turn.end])).toEqual([
      [0, 11],
      [11, 19],
    ]);
  });

  it('drops a turn whose text is deleted entirely', () => {
    const { turns } = turnsOf([5, 5, 5]);
    expect(moveTurns(turns, [{ from: 6, to: 11, insert: '' }]).map((t) => t.speaker)).toEqual([
      'S0',
      'S2',
    ]);
  });

  it('moves turns exactly as the core stores them, for any edits', () => {
    const next = random(20240611);
    for (let round = 0; round < 2000; round++) {
      const lengths = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        next() < 0.15 ? 0 : 1 + Math.floor(next() * 12),
      );
      const { turns, length: initialLength } = turnsOf(lengths);
      let length = initialLength;
      const edits: TextEdit[] = [];
      for (let i = 0; i < 1 + Math.floor(next() * 4); i++) {
        const from = Math.floor(next() * (length + 1));
        const to = next() < 0.5 ? from : from + Math.floor(next() * (length - from + 1));
        const insert = ['', '\n', 'x', 'ab\ncd', '\n\n'][Math.floor(next() * 5)]!;
        edits.push({ from, to, insert });
        length += insert.length - (to - from);
      }
      const expected = remapTurns(turns, edits);
      expect(moveTurns(turns, edits), JSON.stringify({ turns, edits })).toEqual(expected);
    }
  });
});
