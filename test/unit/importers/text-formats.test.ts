import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../electron/core/importers';
import { STRUCTURE_RESIDUE, expectWellFormed, fixture, turnTexts, utf8 } from './helpers';

describe('plain text', () => {
  it('makes each blank-line separated paragraph a turn without speaker', async () => {
    const parsed = await parseSourceFile(
      'field-notes.txt',
      utf8('First paragraph,\r\nwrapped here.   \r\n\r\n\r\nSecond paragraph.\r\n'),
    );
    expectWellFormed(parsed);
    expect(parsed).toEqual({
      title: 'field-notes',
      format: 'plain',
      text: 'First paragraph,\nwrapped here.\nSecond paragraph.',
      turns: [
        { start: 0, end: 30, speaker: null, timeMs: null },
        { start: 31, end: 48, speaker: null, timeMs: null },
      ],
      syncPoints: [],
      warnings: [],
    });
  });

  it('makes each line a turn when there are no blank lines', async () => {
    const parsed = await parseSourceFile('notes.md', utf8('One.\nTwo.\nThree.'));
    expectWellFormed(parsed);
    expect(turnTexts(parsed)).toEqual([
      [null, 'One.'],
      [null, 'Two.'],
      [null, 'Three.'],
    ]);
  });

  it('does not take prose with colons for a speaker transcript', async () => {
    const parsed = await parseSourceFile('day3.txt', fixture('prose-with-colons.txt'));
    expectWellFormed(parsed);
    expect(parsed.format).toBe('plain');
    expect(parsed.turns.every((turn) => turn.speaker === null)).toBe(true);
    expect(parsed.text).toContain('Note: the ward manager arrived');
  });
});

describe('timestamped transcripts', () => {
  it('reads "[hh:mm:ss] Speaker: text" with continuation lines', async () => {
    const parsed = await parseSourceFile('interview-03.txt', fixture('timestamped.txt'));
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(parsed.format).toBe('timestamped');
    expect(parsed.title).toBe('interview-03');
    expect(turnTexts(parsed)).toEqual([
      ['Interviewer', 'Thank you for taking the time. Could you describe a typical shift?'],
      ['Amal', 'Sure. I start at seven, check the handover notes\nand then go round the ward.'],
      ['Interviewer', 'What changed after the merger?'],
      ['Amal', 'Honestly? Everything: the rota, the forms, the people.'],
    ]);
    expect(parsed.turns.map((turn) => turn.timeMs)).toEqual([3000, 11000, 62500, 69000]);
    expect(parsed.syncPoints).toEqual(
      parsed.turns.map((turn) => ({ offset: turn.start, timeMs: turn.timeMs })),
    );
  });

  it('accepts [mm:ss], (hh:mm:ss), milliseconds and bare timestamps, with or without speaker', async () => {
    const text = [
      '[01:05] Ana: Short form.',
      '(00:01:10) Ben: Parenthesised.',
      '[0:01:12.250] - Ana: With milliseconds and a dash.',
      '00:01:20 Ben: Bare timestamp.',
      '[00:01:30] No speaker here.',
    ].join('\n');
    const parsed = await parseSourceFile('mixed.txt', utf8(text));
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(parsed.format).toBe('timestamped');
    expect(parsed.turns.map((turn) => [turn.speaker, turn.timeMs])).toEqual([
      ['Ana', 65000],
      ['Ben', 70000],
      ['Ana', 72250],
      ['Ben', 80000],
      [null, 90000],
    ]);
    expect(turnTexts(parsed).map(([, turnText]) => turnText)).toEqual([
      'Short form.',
      'Parenthesised.',
      'With milliseconds and a dash.',
      'Bare timestamp.',
      'No speaker here.',
    ]);
  });

  it('keeps a title line before the first timestamp as its own turn', async () => {
    const text = 'Interview 7 – site B\n\n[00:00:01] I: Hello.\n[00:00:04] R: Hi.\n';
    const parsed = await parseSourceFile('i7.txt', utf8(text));
    expectWellFormed(parsed);
    expect(turnTexts(parsed)).toEqual([
      [null, 'Interview 7 – site B'],
      ['I', 'Hello.'],
      ['R', 'Hi.'],
    ]);
  });
});

describe('speaker-labelled transcripts', () => {
  it('reads "Speaker: text" paragraphs; unlabelled paragraphs continue the turn', async () => {
    const parsed = await parseSourceFile('P07.txt', fixture('speaker.txt'));
    expectWellFormed(parsed);
    expect(parsed.format).toBe('speaker');
    expect(turnTexts(parsed)).toEqual([
      [null, 'Interview with P07, recorded 12 March 2025.'],
      ['Interviewer', 'What does a good day at work look like for you?'],
      [
        'P07',
        'A good day is when nobody calls in sick. Then we can actually talk to the residents.',
      ],
      ['Interviewer', 'And a bad day?'],
      [
        'P07',
        'A bad day: two people missing, the agency sends someone new, and I spend the morning ' +
          "explaining where things are.\nThat happens more often than you'd think.",
      ],
      ['Interviewer', 'How do you cope with that?'],
      ['P07', 'Coffee, mostly.'],
    ]);
    expect(parsed.syncPoints).toEqual([]);
  });

  it('treats labels that differ only in case as one speaker', async () => {
    const parsed = await parseSourceFile(
      'x.txt',
      utf8('AMAL: One.\nInterviewer: Two.\nAmal: Three.'),
    );
    expect(parsed.turns.map((turn) => turn.speaker)).toEqual(['AMAL', 'Interviewer', 'AMAL']);
  });
});

describe('Otter exports', () => {
  it('reads "Name  m:ss" headers followed by text lines', async () => {
    const parsed = await parseSourceFile('depot.txt', fixture('otter.txt'));
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(parsed.format).toBe('otter');
    expect(turnTexts(parsed)).toEqual([
      ['Speaker 1', "So let's begin. How long have you worked at the depot?"],
      [
        'Jonas Weber',
        'About eleven years now. Before that I drove for a private firm.\nIt was a different world back then.',
      ],
      ['Speaker 1', 'What do you mean by different?'],
      ['Jonas Weber', "Less pressure on the schedules, I'd say."],
    ]);
    expect(parsed.turns.map((turn) => turn.timeMs)).toEqual([2000, 9000, 75000, 3680000]);
    expect(parsed.syncPoints.map((point) => point.offset)).toEqual(
      parsed.turns.map((turn) => turn.start),
    );
  });
});

describe('Rev exports', () => {
  it('reads "Speaker (mm:ss):" with text on the same or the next line', async () => {
    const parsed = await parseSourceFile('first-week.txt', fixture('rev.txt'));
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(parsed.format).toBe('rev');
    expect(turnTexts(parsed)).toEqual([
      ['Speaker 1', "Okay, we're recording. Can you tell me about your first week?"],
      ['Speaker 2', 'My first week was chaos, to be honest.'],
      ['Speaker 1', 'What made it chaotic?'],
      ['Speaker 2', 'Nobody had told the team I was coming.'],
    ]);
    expect(parsed.turns.map((turn) => turn.timeMs)).toEqual([0, 6000, 12000, 3723000]);
  });

  it('drops a header that has no text at all', async () => {
    const text = 'Speaker 1 (00:00):\n\nSpeaker 2 (00:05):\nHello.\n';
    const parsed = await parseSourceFile('rev.txt', utf8(text));
    expectWellFormed(parsed);
    expect(parsed.turns).toEqual([{ start: 0, end: 6, speaker: 'Speaker 2', timeMs: 5000 }]);
    expect(parsed.syncPoints).toEqual([{ offset: 0, timeMs: 5000 }]);
  });
});

describe('f4 / f5 / MAXQDA transcripts', () => {
  it('turns time marks into sync points at their exact offsets', async () => {
    const parsed = await parseSourceFile('Interview_B.txt', fixture('f4.txt'));
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(parsed.format).toBe('f4');
    const { text } = parsed;
    expect(text).toBe(
      [
        'Wie sind Sie zu dieser Arbeit gekommen?',
        'Das war eher Zufall. Eine Freundin hat mir davon erzählt.',
        'Und dann?',
        'Dann habe ich mich beworben und es hat sofort geklappt.',
      ].join('\n'),
    );
    expect(parsed.turns.map((turn) => turn.speaker)).toEqual(['I', 'B', 'I', 'B']);
    const endOf = (phrase: string) => text.indexOf(phrase) + phrase.length;
    expect(parsed.syncPoints).toEqual([
      { offset: endOf('gekommen?'), timeMs: 7200 },
      { offset: endOf('erzählt.'), timeMs: 15800 },
      { offset: endOf('Und dann?'), timeMs: 17000 },
      { offset: endOf('beworben'), timeMs: 21400 },
      { offset: endOf('geklappt.'), timeMs: 24900 },
    ]);
    // A turn starts at the time of the mark that ended the paragraph before it.
    expect(parsed.turns.map((turn) => turn.timeMs)).toEqual([null, 7200, 15800, 17000]);
  });

  it('accepts #hh:mm:ss# marks, marks at the start, and paragraphs without labels', async () => {
    const text = '#00:00:02# Erzählen Sie mal. #00:00:05#\n\nIch weiß nicht genau. #00:00:09-55#\n';
    const parsed = await parseSourceFile('f5.txt', utf8(text));
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(parsed.format).toBe('f4');
    expect(parsed.text).toBe('Erzählen Sie mal.\nIch weiß nicht genau.');
    expect(parsed.syncPoints).toEqual([
      { offset: 0, timeMs: 2000 },
      { offset: 17, timeMs: 5000 },
      { offset: 39, timeMs: 9550 },
    ]);
    expect(parsed.turns.map((turn) => turn.speaker)).toEqual([null, null]);
  });
});

describe('timestamps on lines of their own', () => {
  it('gives the next "Speaker:" line the timestamp', async () => {
    const text = '[00:00:01]\nAnna: Hello there.\n\n[00:00:05]\nBen: Hi.\nHow are you?\n';
    const parsed = await parseSourceFile('own-lines.txt', utf8(text));
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(parsed.format).toBe('timestamped');
    expect(parsed.turns.map((turn) => [turn.speaker, turn.timeMs])).toEqual([
      ['Anna', 1000],
      ['Ben', 5000],
    ]);
    expect(turnTexts(parsed).map(([, turnText]) => turnText)).toEqual([
      'Hello there.',
      'Hi.\nHow are you?',
    ]);
    expect(parsed.syncPoints).toEqual([
      { offset: 0, timeMs: 1000 },
      { offset: 13, timeMs: 5000 },
    ]);
  });
});
