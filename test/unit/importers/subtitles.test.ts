import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../electron/core/importers';
import {
  STRUCTURE_RESIDUE,
  badInputMessage,
  expectWellFormed,
  fixture,
  turnTexts,
  utf8,
} from './helpers';

describe('SRT', () => {
  it('merges consecutive cues of one speaker and keeps every cue start as a sync point', async () => {
    const parsed = await parseSourceFile('programme.srt', fixture('interview.srt'));
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(parsed.format).toBe('srt');
    expect(turnTexts(parsed)).toEqual([
      ['INTERVIEWER', 'How did you hear about the programme?'],
      ['MIRA', 'Through a colleague, actually. She had done it the year before.'],
      ['INTERVIEWER', 'And what did she say?'],
      ['MIRA', 'That it changed how she works with families.'],
    ]);
    expect(parsed.turns.map((turn) => turn.timeMs)).toEqual([1000, 4000, 10000, 12500]);
    const at = (phrase: string) => parsed.text.indexOf(phrase);
    expect(parsed.syncPoints).toEqual([
      { offset: 0, timeMs: 1000 },
      { offset: at('Through'), timeMs: 4000 },
      { offset: at('She had'), timeMs: 6200 },
      { offset: at('And what'), timeMs: 10000 },
      { offset: at('That it'), timeMs: 12500 },
    ]);
  });

  it('handles CRLF, a BOM, missing cue numbers, formatting tags and a blank line inside a cue', async () => {
    const text =
      '\uFEFF1\r\n00:00:00,500 --> 00:00:02,000\r\n{\\an8}<font color="#fff">Hello</font> &amp; welcome.\r\n\r\n' +
      '00:00:02,500 --> 00:00:04,000 X1:10 X2:100\r\nSecond cue\r\n\r\nafter a stray blank line.\r\n';
    const parsed = await parseSourceFile('clip.srt', utf8(text));
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(parsed.text).toBe('Hello & welcome. Second cue after a stray blank line.');
    expect(parsed.turns).toEqual([
      { start: 0, end: parsed.text.length, speaker: null, timeMs: 500 },
    ]);
    expect(parsed.syncPoints).toEqual([
      { offset: 0, timeMs: 500 },
      { offset: 17, timeMs: 2500 },
    ]);
  });

  it('breaks speakerless subtitles into paragraphs at long pauses', async () => {
    const text =
      '1\n00:00:01,000 --> 00:00:02,000\nFirst thought.\n\n' +
      '2\n00:00:02,100 --> 00:00:03,000\ngoes on.\n\n' +
      '3\n00:00:09,000 --> 00:00:10,000\nAfter a pause.\n';
    const parsed = await parseSourceFile('talk.srt', utf8(text));
    expectWellFormed(parsed);
    expect(turnTexts(parsed)).toEqual([
      [null, 'First thought. goes on.'],
      [null, 'After a pause.'],
    ]);
  });

  it('keeps a one-off "Word:" in an otherwise unlabelled file as text', async () => {
    const text =
      '1\n00:00:01,000 --> 00:00:02,000\nRemember: it was cold.\n\n2\n00:00:02,000 --> 00:00:03,000\nVery cold.\n';
    const parsed = await parseSourceFile('cold.srt', utf8(text));
    expect(turnTexts(parsed)).toEqual([[null, 'Remember: it was cold. Very cold.']]);
  });

  it('names the line of a malformed timing', async () => {
    const text =
      '1\n00:00:01,000 --> 00:00:02,000\nFine.\n\n2\n00:00:03,000 --> 00:0x:04,000\nBroken.\n';
    expect(await badInputMessage(() => parseSourceFile('bad.srt', utf8(text)))).toBe(
      'bad.srt: line 6: malformed cue timing "00:00:03,000 --> 00:0x:04,000" (expected e.g. "00:00:01,000 --> 00:00:04,000").',
    );
  });

  it('names the line where a timing is missing', async () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\nFine.\n\n2\nNo timing here.\n';
    expect(await badInputMessage(() => parseSourceFile('bad.srt', utf8(text)))).toBe(
      'bad.srt: line 6: expected a cue timing such as "00:00:01,000 --> 00:00:04,000".',
    );
    expect(
      await badInputMessage(() => parseSourceFile('prose.srt', utf8('Just prose.\n'))),
    ).toMatch(/^prose\.srt: line 1: expected a cue timing/);
  });

  it('recognises SRT content in a .txt file', async () => {
    const parsed = await parseSourceFile(
      'export.txt',
      utf8('1\n00:00:01,000 --> 00:00:02,000\nHello.\n'),
    );
    expect(parsed.format).toBe('srt');
    expect(parsed.syncPoints).toEqual([{ offset: 0, timeMs: 1000 }]);
  });
});

describe('WebVTT', () => {
  it('reads voices, skips NOTE and STYLE blocks and strips inline tags and timestamps', async () => {
    const parsed = await parseSourceFile('tomas.vtt', fixture('interview.vtt'));
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(parsed.format).toBe('webvtt');
    expect(turnTexts(parsed)).toEqual([
      ['Interviewer', 'Shall we start?'],
      ['Tomás', "Yes. I'm ready & a bit nervous. It's my first interview."],
      ['Interviewer', "Don't worry."],
      ['Tomás', 'Okay.'],
    ]);
    expect(parsed.text).not.toContain('yellow');
    expect(parsed.text).not.toContain('exported');
    const at = (phrase: string) => parsed.text.indexOf(phrase);
    expect(parsed.syncPoints).toEqual([
      { offset: 0, timeMs: 0 },
      { offset: at('Yes.'), timeMs: 3000 },
      { offset: at("It's my"), timeMs: 6000 },
      { offset: at("Don't"), timeMs: 9000 },
    ]);
  });

  it('reads "Name:" labels when there are no voice tags (as Zoom writes them)', async () => {
    const text =
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nAnna Berg: Good morning.\n\n' +
      '2\n00:00:03.000 --> 00:00:05.000\nLeo Park: Morning!\n\n' +
      '3\n00:00:05.000 --> 00:00:07.000\nAnna Berg: Let us begin.\n';
    const parsed = await parseSourceFile('zoom.vtt', utf8(text));
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(turnTexts(parsed)).toEqual([
      ['Anna Berg', 'Good morning.'],
      ['Leo Park', 'Morning!'],
      ['Anna Berg', 'Let us begin.'],
    ]);
  });

  it('requires the WEBVTT header and reports malformed timings by line', async () => {
    expect(
      await badInputMessage(() => parseSourceFile('a.vtt', utf8('00:01.000 --> 00:02.000\nHi\n'))),
    ).toBe('a.vtt: line 1: a WebVTT file must start with "WEBVTT".');
    const text = 'WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n\nid-2\n00:02.000 -> 00:03.000\nThere\n';
    expect(await badInputMessage(() => parseSourceFile('b.vtt', utf8(text)))).toBe(
      'b.vtt: line 7: expected a cue timing such as "00:00:01.000 --> 00:00:04.000".',
    );
    const bad = 'WEBVTT\n\n00:01.000 --> 00:62.000\nHi\n';
    expect(await badInputMessage(() => parseSourceFile('c.vtt', utf8(bad)))).toMatch(
      /^c\.vtt: line 3: malformed cue timing "00:01\.000 --> 00:62\.000"/,
    );
  });

  it('refuses a file with only a header', async () => {
    expect(
      await badInputMessage(() => parseSourceFile('e.vtt', utf8('WEBVTT\n\nNOTE nothing\n'))),
    ).toBe('e.vtt: contains no subtitle cues.');
  });
});
