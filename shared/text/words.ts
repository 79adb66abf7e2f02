/**
 * Word counting shared by importers, the store and the UI, so every count in Concord agrees.
 *
 * A word is a run of letters, digits and combining marks (any script). An apostrophe, hyphen,
 * soft hyphen or zero-width non-joiner between two word characters keeps the word together
 * ("don't", "well-being" are one word each); anywhere else it separates words.
 *
 * The count runs in a single pass over UTF-16 code units with table lookups, because it is called
 * on whole transcripts (tens of megabytes) during import.
 */

const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;

const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;

/** Classification of every BMP code unit, filled lazily (one regex test per distinct character). */
const bmpClasses = new Uint8Array(0x10000);
/** Classification of astral code points (rare), filled lazily. */
const astralClasses = new Map<number, boolean>();

for (let code = 0; code < 0x80; code++) {
  const isAsciiWord =
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a);
  bmpClasses[code] = isAsciiWord ? WORD : NOT_WORD;
}

function isJoiner(code: number): boolean {
  return (
    code === 0x27 || // '
    code === 0x2d || // -
    code === 0x2019 || // ’
    code === 0x2010 || // ‐ hyphen
    code === 0x2011 || // ‑ non-breaking hyphen
    code === 0x00ad || // soft hyphen
    code === 0x200c // zero-width non-joiner (Persian and other scripts)
  );
}

function classifyBmp(code: number): number {
  let cls = bmpClasses[code]!;
  if (cls === UNKNOWN) {
    cls = WORD_CHARACTER.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
    bmpClasses[code] = cls;
  }
  return cls;
}

function isAstralWord(codePoint: number): boolean {
  let known = astralClasses.get(codePoint);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, known);
  }
  return known;
}

/**
 * Length in code units (1 or 2) of the word character at `index`, or 0 when the character
 * there is not a word character.
 */
function wordCharacterLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) {
    // A lone low surrogate classifies as NOT_WORD through the regex, which is what we want.
    return classifyBmp(code) === WORD ? 1 : 0;
  }
  const low = text.charCodeAt(index + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  const codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  return isAstralWord(codePoint) ? 2 : 0;
}

export function countWords(text: string): number {
  const length = text.length;
  let count = 0;
  let inWord = false;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    // Fast path for ASCII, which is most of most transcripts.
    if (code < 0x80) {
      if (bmpClasses[code] === WORD) {
        if (!inWord) {
          count++;
          inWord = true;
        }
      } else if (!(inWord && isJoiner(code) && wordCharacterLength(text, index + 1) > 0)) {
        inWord = false;
      }
      index++;
      continue;
    }
    const size = wordCharacterLength(text, index);
    if (size > 0) {
      if (!inWord) {
        count++;
        inWord = true;
      }
      index += size;
    } else {
      if (!(inWord && isJoiner(code) && wordCharacterLength(text, index + 1) > 0)) {
        inWord = false;
      }
      index++;
    }
  }
  return count;
}
