import { describe, expect, it } from 'vitest';
import type { SpeakerTurn } from '../../../shared/domain/types';
import { splitIntoParagraphs } from '../../../renderer/src/editor/transcript/paragraphs';

const turn = (start: number, end: number, speaker: string): SpeakerTurn => ({
  start,
  end,
  speaker,
  timeMs: start * 100,
});

/** Each paragraph's label, or '' where the gutter is empty. */
const labels = (text: string, turns: SpeakerTurn[]) =>
  splitIntoParagraphs(text, turns).map((span) => span.speaker ?? '');

describe('splitIntoParagraphs', () => {
  it('labels the first paragraph of each turn only', () => {
    // "Hi." is one turn; "Yes.\nAnd more." another.
    const text = 'Hi.\nYes.\nAnd more.';
    expect(labels(text, [turn(0, 3, 'Q'), turn(4, 18, 'A')])).toEqual(['Q', 'A', '']);
    const [, second] = splitIntoParagraphs(text, [turn(0, 3, 'Q'), turn(4, 18, 'A')]);
    expect(second).toMatchObject({ start: 4, end: 8, turnIndex: 1, timeMs: 400 });
  });

  it('gives a paragraph to the turn that begins there, not to the turn ending there', () => {
    // After joining "Hi." and "Yes." and splitting them again, the first turn holds the '\n'.
    const text = 'Hi.\nYes.';
    expect(labels(text, [turn(0, 4, 'Q'), turn(4, 8, 'A')])).toEqual(['Q', 'A']);
  });

  it('keeps an empty paragraph typed at the end of a turn in that turn', () => {
    const text = 'Hi.\n\nYes.';
    expect(labels(text, [turn(0, 4, 'Q'), turn(5, 9, 'A')])).toEqual(['Q', '', 'A']);
  });

  it('labels an empty first paragraph of a turn (Enter at the start of a turn)', () => {
    const text = 'Hi.\n\nYes.';
    expect(labels(text, [turn(0, 3, 'Q'), turn(4, 9, 'A')])).toEqual(['Q', 'A', '']);
  });

  it('shows no label for a turn that begins inside a paragraph (after a join)', () => {
    expect(labels('Hi.Yes.', [turn(0, 3, 'Q'), turn(3, 7, 'A')])).toEqual(['Q']);
  });

  it('leaves paragraphs outside every turn unlabelled', () => {
    expect(labels('Title\nHi.', [turn(6, 9, 'Q')])).toEqual(['', 'Q']);
    expect(labels('One\nTwo', [])).toEqual(['', '']);
  });
});
