import { badInput } from './errors';

/**
 * Turns the bytes of a text file into a string. Transcripts come from many tools and systems:
 * UTF-8 with or without a byte-order mark, UTF-16 (Word's "Unicode text", with or without a
 * BOM) and legacy Windows-1252 files from older Windows machines.
 */
export interface DecodedText {
  text: string;
  /** Things the user should know, e.g. that the file was read as Windows-1252. */
  warnings: string[];
}

/** How much of the file the heuristics look at; enough to decide, cheap on huge files. */
const SAMPLE_BYTES = 64 * 1024;
const SAMPLE_CHARS = 64 * 1024;
/** Share of control characters above which decoded text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.02;

export function decodeText(fileName: string, data: Uint8Array): DecodedText {
  const warnings: string[] = [];
  const text = decodeBytes(fileName, data, warnings);
  if (!/\S/.test(text)) throw badInput(fileName, 'the file is empty.');
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    throw badInput(fileName, 'does not look like a text file.');
  }
  return { text, warnings };
}

function decodeBytes(fileName: string, data: Uint8Array, warnings: string[]): string {
  if (data.length === 0) throw badInput(fileName, 'the file is empty.');

  if (startsWith(data, [0xef, 0xbb, 0xbf])) {
    const text = new TextDecoder('utf-8').decode(data);
    if (text.includes('\uFFFD') && !strictUtf8(data)) {
      warnings.push('Some bytes were not valid UTF-8 and were replaced with \uFFFD.');
    }
    return text;
  }
  if (startsWith(data, [0xff, 0xfe])) return decodeUtf16(fileName, data, 'utf-16le', warnings);
  if (startsWith(data, [0xfe, 0xff])) return decodeUtf16(fileName, data, 'utf-16be', warnings);

  const guessed = guessUtf16WithoutBom(data);
  if (guessed) {
    warnings.push(
      `Decoded as UTF-16 ${guessed === 'utf-16le' ? 'LE' : 'BE'} (no byte-order mark found).`,
    );
    return decodeUtf16(fileName, data, guessed, warnings);
  }

  // NUL never occurs in a text file in a single-byte or UTF-8 encoding.
  if (data.indexOf(0) !== -1) throw badInput(fileName, 'does not look like a text file.');

  const utf8 = strictUtf8(data);
  if (utf8 !== null) return utf8;
  warnings.push('Decoded as Windows-1252 (no valid UTF-8 found).');
  return new TextDecoder('windows-1252').decode(data);
}

function strictUtf8(data: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

function decodeUtf16(
  fileName: string,
  data: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  warnings: string[],
): string {
  if (data.length % 2 !== 0) {
    warnings.push('The file ends in the middle of a character; the last byte was ignored.');
  }
  const text = new TextDecoder(encoding).decode(data.subarray(0, data.length - (data.length % 2)));
  // A lone NUL character in UTF-16 text means the bytes were not UTF-16 text after all.
  if (text.includes('\u0000')) throw badInput(fileName, 'does not look like a text file.');
  return text;
}

/**
 * UTF-16 without a BOM shows as a NUL in every other byte for Latin text: at odd positions for
 * little-endian, at even positions for big-endian. Demands a clear pattern, so binary data with
 * scattered NULs is not mistaken for text.
 */
function guessUtf16WithoutBom(data: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(data.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < length; index += 2) {
    if (data[index] === 0) evenNuls++;
    if (data[index + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.02) return 'utf-16le';
  if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** Share of C0/C1 control characters (other than tab, line breaks and form feed) in a sample. */
function controlShare(text: string): number {
  const length = Math.min(text.length, SAMPLE_CHARS);
  if (length === 0) return 0;
  let controls = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
      (code >= 0x7f && code <= 0x9f);
    if (isControl) controls++;
  }
  return controls / length;
}

function startsWith(data: Uint8Array, prefix: readonly number[]): boolean {
  if (data.length < prefix.length) return false;
  return prefix.every((byte, index) => data[index] === byte);
}
