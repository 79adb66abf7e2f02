import { describe, expect, it } from 'vitest';
import { detectConvention } from '../../../electron/core/importers/detect-convention';
import { splitLines } from '../../../electron/core/importers/lines';
import { parseSourceFile } from '../../../electron/core/importers';
import { expectWellFormed, fixture, utf8 } from './helpers';

const detect = (text: string) => detectConvention(splitLines(text));

describe('convention detection', () => {
  it('recognises each fixture', () => {
    const decode = (name: string) => new TextDecoder().decode(fixture(name));
    expect(detect(decode('timestamped.txt'))).toBe('timestamped');
    expect(detect(decode('otter.txt'))).toBe('otter');
    expect(detect(decode('rev.txt'))).toBe('rev');
    expect(detect(decode('f4.txt'))).toBe('f4');
    expect(detect(decode('speaker.txt'))).toBe('speaker');
    expect(detect(decode('prose-with-colons.txt'))).toBe('plain');
  });

  it('decides over the whole sample, not the first line', () => {
    const preamble = 'Project Alpha\n\nInterview 12\n\nRecorded on site.\n\n';
    const body = Array.from(
      { length: 6 },
      (_, index) => `[00:0${index}:00] A: Line ${index}.`,
    ).join('\n');
    expect(detect(preamble + body)).toBe('timestamped');
    expect(
      detect('[00:00:01] A: Only the first line.\n\nThen prose.\n\nMore prose.\n\nAnd more.'),
    ).toBe('plain');
  });

  it('needs speaker labels to repeat', () => {
    expect(detect('Note: one.\n\nWarning: two.\n\nTip: three.\n\nHint: four.')).toBe('plain');
    expect(detect('Q: one?\n\nA: yes.\n\nQ: two?\n\nA: no.')).toBe('speaker');
  });

  it('does not take times, URLs or long sentences for labels', () => {
    const text = [
      '10:30 we arrived at the clinic.',
      'https://example.org was the link they gave us.',
      'What the manager kept repeating in every single meeting was this: no overtime.',
      'Afterwards we left.',
    ].join('\n\n');
    expect(detect(text)).toBe('plain');
  });

  it('lets f4 marks win over other conventions', () => {
    expect(detect('[00:00:01] I: Hallo. #00:00:02-0#\n[00:00:03] B: Hi. #00:00:04-0#')).toBe('f4');
  });
});

describe('titles', () => {
  it('comes from the file name without folders and extension', async () => {
    const parsed = await parseSourceFile('C:\\Users\\ana\\Interview 4.final.txt', utf8('Hello.'));
    expect(parsed.title).toBe('Interview 4.final');
    const bare = await parseSourceFile('/tmp/NOTES', utf8('Hello.'));
    expect(bare.title).toBe('NOTES');
    expectWellFormed(bare);
  });
});
