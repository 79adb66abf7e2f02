import { describe, expect, it } from 'vitest';
import { applyTextEdits, remapTurns, type TextEdit } from '../../../shared/anchoring';
import { ApiError } from '../../../shared/api/errors';
import type { SpeakerTurn } from '../../../shared/domain/types';
import { Random } from './random';
import { layoutProblem, ownerOf, transcriptOf, turnTexts } from './turnLayout';

/** Applies `edits` to the transcript and returns each turn's text after them. */
function afterEdits(
  source: { text: string; turns: SpeakerTurn[] },
  edits: TextEdit[],
): { text: string; turns: SpeakerTurn[]; texts: string[] } {
  const turns = remapTurns(source.turns, edits, source.text);
  const text = applyTextEdits(source.text, edits);
  expect(layoutProblem(text, turns, true)).toBeNull();
  return { text, turns, texts: turnTexts(text, turns) };
}

/** Text typed (or deleted) step by step, each step seeing the result of the previous one. */
function steps(source: { text: string; turns: SpeakerTurn[] }, ...edits: TextEdit[]) {
  let current = { ...source, texts: turnTexts(source.text, source.turns) };
  for (const edit of edits) current = afterEdits(current, [edit]);
  return current;
}

const insert = (at: number, text: string): TextEdit => ({ from: at, to: at, insert: text });
const remove = (from: number, to: number): TextEdit => ({ from, to, insert: '' });

// "Ask?\nAnswer one.\nAnswer two.\nNext?": S0 asks, S1 answers in two paragraphs, S2 asks.
const interview = () => transcriptOf([['Ask?'], ['Answer one.', 'Answer two.'], ['Next?']]);
const S1_START = 5;
const S2_START = 29;

describe('remapTurns: typing', () => {
  it('adds text typed inside a turn or at either end of it, a line break included, to that turn', () => {
    const source = interview();
    expect(steps(source, insert(2, 'x')).texts).toEqual([
      'S0:Asxk?',
      'S1:Answer one.\nAnswer two.',
      'S2:Next?',
    ]);
    expect(steps(source, insert(4, ' Why?')).texts[0]).toBe('S0:Ask? Why?');
    expect(steps(source, insert(S1_START, 'Well, ')).texts[1]).toBe(
      'S1:Well, Answer one.\nAnswer two.',
    );
    expect(steps(source, insert(4, '\nAnd?')).texts).toEqual([
      'S0:Ask?\nAnd?',
      'S1:Answer one.\nAnswer two.',
      'S2:Next?',
    ]);
    expect(steps(source, insert(S1_START, '\n')).texts[1]).toBe('S1:\nAnswer one.\nAnswer two.');
  });

  it('moves no turn for text typed where no turn is', () => {
    const turns: SpeakerTurn[] = [{ start: 3, end: 5, speaker: 'A', timeMs: null }];
    expect(remapTurns(turns, [insert(1, 'xy')], 'ab\ncd')).toEqual([
      { start: 5, end: 7, speaker: 'A', timeMs: null },
    ]);
    expect(remapTurns([], [insert(0, 'x')], '')).toEqual([]);
  });
});

describe('remapTurns: joining and splitting paragraphs', () => {
  it('keeps the later turn inside a joined paragraph, touching the earlier one', () => {
    const joined = steps(interview(), remove(S1_START - 1, S1_START));
    expect(joined.text.split('\n')[0]).toBe('Ask?Answer one.');
    expect(joined.texts).toEqual(['S0:Ask?', 'S1:Answer one.\nAnswer two.', 'S2:Next?']);
    expect(joined.turns[0]!.end).toBe(joined.turns[1]!.start);
  });

  it('gives a line break typed where joined turns touch to the later turn (bug: the label was lost)', () => {
    const source = interview();
    const rejoined = steps(source, remove(S1_START - 1, S1_START), insert(S1_START - 1, '\n'));
    expect(rejoined.turns).toEqual(source.turns);
    // Typing at the start of the later paragraph stays in the later turn, label and all.
    const typed = steps(rejoined, insert(S1_START, 'So: '));
    expect(typed.texts).toEqual(['S0:Ask?', 'S1:So: Answer one.\nAnswer two.', 'S2:Next?']);
  });

  it('splits text typed where joined turns touch at its first line break', () => {
    const joined = steps(interview(), remove(S1_START - 1, S1_START));
    const at = S1_START - 1;
    expect(steps(joined, insert(at, ' ok')).texts[0]).toBe('S0:Ask? ok');
    expect(steps(joined, insert(at, ' ok\nwell\n')).texts.slice(0, 2)).toEqual([
      'S0:Ask? ok',
      'S1:well\nAnswer one.\nAnswer two.',
    ]);
  });

  it('gives a deleted break replaced by a letter to the earlier turn, joining the paragraphs', () => {
    const replaced = steps(interview(), { from: S1_START - 1, to: S1_START, insert: ' ' });
    expect(replaced.texts.slice(0, 2)).toEqual(['S0:Ask? ', 'S1:Answer one.\nAnswer two.']);
    expect(replaced.turns[0]!.end).toBe(replaced.turns[1]!.start);
  });

  it('keeps the labels after whole paragraphs that are deleted', () => {
    // "Answer two.\n": the paragraph and its break, from its start to the next turn's start.
    const deleted = steps(interview(), remove(S1_START + 12, S2_START));
    expect(deleted.texts).toEqual(['S0:Ask?', 'S1:Answer one.', 'S2:Next?']);
  });

  it('lets the earlier turn keep a paragraph end where a deletion leaves the turns meeting', () => {
    // From inside S0 to the end of S1's first paragraph: S1 keeps its second paragraph only.
    const deleted = steps(interview(), remove(2, S1_START + 11));
    expect(deleted.texts).toEqual(['S0:As', 'S1:Answer two.', 'S2:Next?']);
  });

  it('lets the later turn own a paragraph a deletion leaves starting where they meet', () => {
    // From the start of S1's second paragraph into S2: that paragraph now holds S2's remains.
    const deleted = steps(interview(), remove(S1_START + 12, S2_START + 2));
    expect(deleted.texts).toEqual(['S0:Ask?', 'S1:Answer one.', 'S2:xt?']);
  });

  it('puts right turns stored by the earlier rule when text is typed where they touch', () => {
    // The old rule gave a '\n' typed where joined turns touched to the earlier turn.
    const text = 'Ask?\nYes.';
    const legacy: SpeakerTurn[] = [
      { start: 0, end: 5, speaker: 'S0', timeMs: null },
      { start: 5, end: 9, speaker: 'S1', timeMs: null },
    ];
    const turns = remapTurns(legacy, [insert(5, 'Oh, ')], text);
    expect(turnTexts('Ask?\nOh, Yes.', turns)).toEqual(['S0:Ask?', 'S1:Oh, Yes.']);
  });

  it('places text typed over a boundary in the turn whose paragraph it lands in', () => {
    const inside = steps(interview(), { from: 2, to: S1_START + 6, insert: '-' });
    expect(inside.texts.slice(0, 2)).toEqual(['S0:As-', 'S1: one.\nAnswer two.']);
    const atParagraphStart = steps(interview(), {
      from: S1_START + 12,
      to: S2_START + 2,
      insert: 'Ne',
    });
    expect(atParagraphStart.texts.slice(1)).toEqual(['S1:Answer one.', 'S2:Next?']);
  });
});

describe('remapTurns: emptied turns', () => {
  it('keeps a turn whose text is deleted as an empty paragraph, and gives typed text its speaker', () => {
    const emptied = steps(interview(), remove(S2_START, S2_START + 5));
    expect(emptied.texts).toEqual(['S0:Ask?', 'S1:Answer one.\nAnswer two.', 'S2:']);
    expect(steps(emptied, insert(S2_START, 'Why?')).texts[2]).toBe('S2:Why?');

    const middle = steps(interview(), remove(S1_START, S2_START - 1));
    expect(middle.texts).toEqual(['S0:Ask?', 'S1:', 'S2:Next?']);
    expect(steps(middle, insert(S1_START, 'Yes.')).texts[1]).toBe('S1:Yes.');

    const first = steps(interview(), remove(0, 4), insert(0, 'Hm?'));
    expect(first.texts[0]).toBe('S0:Hm?');
  });

  it('drops an emptied turn once its paragraph is joined to a neighbour', () => {
    const emptied = steps(interview(), remove(S1_START, S2_START - 1));
    // Backspace in the empty paragraph, or Delete at the end of the one before.
    expect(steps(emptied, remove(S1_START - 1, S1_START)).texts).toEqual(['S0:Ask?', 'S2:Next?']);
    // Delete in the empty paragraph joins the next one into it: that one keeps its label.
    expect(steps(emptied, remove(S1_START, S1_START + 1)).texts).toEqual(['S0:Ask?', 'S2:Next?']);
    // Deleting a turn's text together with a break beside it does the same in one edit.
    expect(steps(interview(), remove(S1_START - 1, S2_START - 1)).texts).toEqual([
      'S0:Ask?',
      'S2:Next?',
    ]);
    expect(steps(interview(), remove(S1_START, S2_START)).texts).toEqual(['S0:Ask?', 'S2:Next?']);
  });

  it('drops a joined turn that loses all its text', () => {
    const joined = steps(interview(), remove(S1_START - 1, S1_START));
    const [, s1] = joined.turns;
    expect(steps(joined, remove(s1!.start, s1!.end)).texts).toEqual(['S0:Ask?', 'S2:Next?']);
  });

  it('keeps the first turn, empty, when all the text is deleted', () => {
    const source = interview();
    const cleared = steps(source, remove(0, source.text.length));
    expect(cleared.texts).toEqual(['S0:']);
    expect(steps(cleared, insert(0, 'New')).texts).toEqual(['S0:New']);
  });
});

describe('remapTurns: the text', () => {
  it('reads the text only where an edit makes two turns meet', () => {
    const source = interview();
    let reads = 0;
    const text = () => {
      reads += 1;
      return source.text;
    };
    remapTurns(source.turns, [insert(2, 'x'), insert(S1_START, '\n'), remove(0, 2)], text);
    expect(reads).toBe(0);
    const edits = [insert(2, 'x'), remove(S1_START, S1_START + 1), remove(S1_START - 1, S1_START)];
    expect(remapTurns(source.turns, edits, text)).toEqual(
      remapTurns(source.turns, edits, source.text),
    );
    expect(reads).toBe(1);
  });

  it('refuses a malformed edit or one past the end of the text, naming it', () => {
    const source = interview();
    expect(() => remapTurns(source.turns, [{ from: 3, to: 1, insert: '' }], source.text)).toThrow(
      /Text edit \[3, 1\) is malformed/,
    );
    const pastEnd = () =>
      remapTurns(source.turns, [remove(S1_START - 1, S1_START + 200)], source.text);
    expect(pastEnd).toThrow(ApiError);
    expect(pastEnd).toThrow(/reaches past the end/);
  });
});

/*
 * Property test: random transcripts through random edit sequences, with edits drawn often at
 * turn boundaries and line breaks, where the rules matter. After every edit the layout rules
 * hold; paragraphs away from the edit keep their turn; a turn disappears only when the edit
 * deleted all its text together with a break beside it (or it had already been joined); Enter
 * where joined turns touch brings the later one back; typing into an emptied turn fills it.
 * Replay a failure with CONCORD_SEED=<seed>.
 */
const CASES = 4_000;
const BASE_SEED = Number(process.env.CONCORD_SEED ?? 20_260_611);
const INSERTS = ['', '', 'x', 'ab', '\n', '\n\n', 'a\nb', 'x\n', '\nx'];

function randomTranscript(random: Random): { text: string; turns: SpeakerTurn[] } {
  const turns = Array.from({ length: random.int(1, 6) }, () =>
    Array.from({ length: random.chance(0.3) ? random.int(2, 3) : 1 }, () =>
      'abcdef'.slice(0, random.chance(0.1) ? 0 : random.int(1, 6)),
    ),
  );
  return transcriptOf(turns);
}

/** Offsets where the rules differ: turn ends and starts, line breaks, and one either side. */
function interestingOffsets(text: string, turns: readonly SpeakerTurn[]): number[] {
  const offsets = turns.flatMap((turn) => [turn.start, turn.end]);
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') offsets.push(i, i + 1);
  return offsets
    .flatMap((offset) => [offset - 1, offset, offset + 1])
    .filter((offset) => offset >= 0 && offset <= text.length);
}

function randomEdit(random: Random, text: string, turns: readonly SpeakerTurn[]): TextEdit {
  const interesting = interestingOffsets(text, turns);
  const anywhere = () => random.int(0, text.length);
  const from = random.chance(0.6) && interesting.length > 0 ? random.pick(interesting) : anywhere();
  let to = from;
  if (random.chance(0.6)) {
    const later = interesting.filter((offset) => offset > from);
    to =
      random.chance(0.5) && later.length > 0
        ? random.pick(later)
        : Math.min(text.length, from + random.int(1, 8));
  }
  return { from, to, insert: random.pick(INSERTS) };
}

/** The speaker of the turn holding each paragraph start that lies before `end` or after `start`. */
function ownersOutside(text: string, turns: readonly SpeakerTurn[], edit: TextEdit) {
  const before: (string | null | undefined)[] = [];
  const after: (string | null | undefined)[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split('\n')) {
    const paragraphEnd = paragraphStart + paragraph.length;
    const speaker = ownerOf(turns, paragraphStart)?.speaker;
    if (paragraphEnd < edit.from) before.push(speaker);
    if (paragraphStart > edit.to) after.push(speaker);
    paragraphStart = paragraphEnd + 1;
  }
  return { before, after };
}

/** Checks what one edit did to the turns; returns a description of a broken rule, or null. */
function brokenRule(
  text: string,
  turns: readonly SpeakerTurn[],
  edit: TextEdit,
  movedText: string,
  moved: readonly SpeakerTurn[],
): string | null {
  const layout = layoutProblem(movedText, moved, true);
  if (layout) return layout;

  const grown = edit.insert.length - (edit.to - edit.from);
  const owners = ownersOutside(text, turns, edit);
  const ownersAfter = ownersOutside(movedText, moved, {
    from: edit.from,
    to: edit.from + edit.insert.length,
    insert: '',
  });
  if (JSON.stringify(owners.before) !== JSON.stringify(ownersAfter.before)) {
    return 'a paragraph before the edit changed turn';
  }
  if (JSON.stringify(owners.after) !== JSON.stringify(ownersAfter.after)) {
    return 'a paragraph after the edit changed turn';
  }

  const kept = new Set(moved.map((turn) => turn.speaker));
  for (const turn of turns) {
    if (kept.has(turn.speaker)) continue;
    const allTextDeleted = edit.from <= turn.start && turn.end <= edit.to;
    const breakDeleted =
      (edit.from < turn.start && text[turn.start - 1] === '\n') ||
      (edit.to > turn.end && text[turn.end] === '\n');
    // Joined into another turn's paragraph, or another turn joined into its paragraph.
    const shared = turns.some(
      (other) => other !== turn && (other.end === turn.start || other.start === turn.end),
    );
    if (!allTextDeleted || !(breakDeleted || shared)) {
      return `${turn.speaker} was lost though its paragraph was not joined away`;
    }
  }

  if (edit.from === edit.to) {
    const touching = turns.findIndex(
      (turn, i) => i > 0 && turn.start === edit.from && turns[i - 1]!.end === edit.from,
    );
    const lineBreak = edit.insert.indexOf('\n');
    if (touching > 0 && lineBreak !== -1) {
      const later = moved.find((turn) => turn.speaker === turns[touching]!.speaker);
      if (later?.start !== edit.from + lineBreak + 1) return 'Enter did not split joined turns';
    }
    const emptied = turns.find((turn) => turn.start === edit.from && turn.end === edit.from);
    if (emptied) {
      const filled = moved.find((turn) => turn.speaker === emptied.speaker);
      if (filled?.end !== edit.from + edit.insert.length) return 'text typed in an empty turn';
    }
  }
  return grown === movedText.length - text.length ? null : 'the text length is off';
}

describe('remapTurns: random edit sequences', () => {
  it(`keeps the layout rules through ${CASES} random edit sequences`, () => {
    for (let round = 0; round < CASES; round++) {
      const seed = BASE_SEED + round;
      const random = new Random(seed);
      const source = randomTranscript(random);
      let { text, turns } = source;
      const edits: TextEdit[] = [];
      for (let step = random.int(1, 8); step > 0; step--) {
        const edit = randomEdit(random, text, turns);
        const movedText = applyTextEdits(text, [edit]);
        const moved = remapTurns(turns, [edit], text);
        const problem = brokenRule(text, turns, edit, movedText, moved);
        if (problem) {
          expect.fail(`seed ${seed}: ${problem}\n${JSON.stringify({ text, turns, edit, moved })}`);
        }
        edits.push(edit);
        text = movedText;
        turns = moved;
      }
      // All the edits at once, with the text read lazily, come to the same turns.
      expect(
        remapTurns(source.turns, edits, () => source.text),
        `seed ${seed}`,
      ).toEqual(turns);
    }
  });
});
