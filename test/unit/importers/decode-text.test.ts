import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/importers/decode-text';
import { parseSourceFile } from '../../../electron/core/importers';
import { badInputMessage, expectWellFormed, turnTexts } from './helpers';

const SAMPLE = 'Interviewer: Où êtes-vous née?\nAmélie: À Lyon — “la belle ville”.\n';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = bom ? '\uFEFF' + text : text;
  const bytes = new Uint8Array(units.length * 2);
  for (let index = 0; index < units.length; index++) {
    const code = units.charCodeAt(index);
    const [first, second] = endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[index * 2] = first;
    bytes[index * 2 + 1] = second;
  }
  return bytes;
}

describe('decodeText', () => {
  it('reads UTF-8 without and with a byte-order mark, dropping the mark', () => {
    const plain = new TextEncoder().encode(SAMPLE);
    expect(decodeText('a.txt', plain)).toEqual({ text: SAMPLE, warnings: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText('a.txt', withBom)).toEqual({ text: SAMPLE, warnings: [] });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeText('a.txt', utf16(SAMPLE, 'le', true))).toEqual({ text: SAMPLE, warnings: [] });
    expect(decodeText('a.txt', utf16(SAMPLE, 'be', true))).toEqual({ text: SAMPLE, warnings: [] });
  });

  it('recognises UTF-16 without a byte-order mark by its NUL pattern', () => {
    const le = decodeText('a.txt', utf16(SAMPLE, 'le', false));
    expect(le.text).toBe(SAMPLE);
    expect(le.warnings).toEqual(['Decoded as UTF-16 LE (no byte-order mark found).']);
    const be = decodeText('a.txt', utf16(SAMPLE, 'be', false));
    expect(be.text).toBe(SAMPLE);
    expect(be.warnings).toEqual(['Decoded as UTF-16 BE (no byte-order mark found).']);
  });

  it('falls back to Windows-1252 with a warning when the bytes are not UTF-8', () => {
    // “Café” – as Windows-1252: curly quotes 0x93/0x94, é 0xE9, en dash 0x96.
    const bytes = new Uint8Array([
      0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x6f, 0x6b,
    ]);
    expect(decodeText('notes.txt', bytes)).toEqual({
      text: '“Café” – ok',
      warnings: ['Decoded as Windows-1252 (no valid UTF-8 found).'],
    });
  });

  it('refuses empty and whitespace-only files', async () => {
    expect(await badInputMessage(() => decodeText('empty.txt', new Uint8Array()))).toBe(
      'empty.txt: the file is empty.',
    );
    const blank = new TextEncoder().encode(' \r\n\t\n  ');
    expect(await badInputMessage(() => decodeText('blank.txt', blank))).toBe(
      'blank.txt: the file is empty.',
    );
  });

  it('refuses binary data: NUL bytes or many control characters', async () => {
    const withNuls = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49,
    ]);
    expect(await badInputMessage(() => decodeText('photo.txt', withNuls))).toBe(
      'photo.txt: does not look like a text file.',
    );
    let seed = 7;
    const noise = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return ((seed >> 16) % 255) + 1; // no NUL: the control-character check must catch it
    });
    expect(await badInputMessage(() => decodeText('noise.txt', noise))).toBe(
      'noise.txt: does not look like a text file.',
    );
  });
});

describe('parseSourceFile with encodings', () => {
  it('gives the same transcript whatever the encoding', async () => {
    const expected = [
      ['Interviewer', 'Où êtes-vous née?'],
      ['Amélie', 'À Lyon — “la belle ville”.'],
    ];
    for (const data of [
      new TextEncoder().encode(SAMPLE),
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]),
      utf16(SAMPLE, 'le', true),
      utf16(SAMPLE.replace(/\n/g, '\r\n'), 'be', true),
    ]) {
      const parsed = await parseSourceFile('interview.txt', data);
      expectWellFormed(parsed);
      expect(parsed.format).toBe('speaker');
      expect(turnTexts(parsed)).toEqual(expected);
    }
  });

  it('reports the Windows-1252 fallback as a warning of the parsed source', async () => {
    const text = 'Interviewer: Caf\xe9?\r\nB: \x93Yes\x94, please.\r\n';
    const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
    const parsed = await parseSourceFile('old.txt', bytes);
    expect(parsed.warnings).toEqual(['Decoded as Windows-1252 (no valid UTF-8 found).']);
    expect(parsed.text).toBe('Café?\n“Yes”, please.');
  });

  it('refuses an empty file and binary junk with the file name', async () => {
    expect(await badInputMessage(() => parseSourceFile('empty.txt', new Uint8Array()))).toBe(
      'empty.txt: the file is empty.',
    );
    const junk = new Uint8Array([0x00, 0xff, 0x13, 0x00, 0x42, 0x00, 0x00, 0x01, 0x9c, 0x00]);
    expect(await badInputMessage(() => parseSourceFile('junk.dat', junk))).toBe(
      'junk.dat: does not look like a text file.',
    );
  });
});
