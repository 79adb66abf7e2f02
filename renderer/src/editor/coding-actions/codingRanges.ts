/**
 * Pure rules about the spans codings cover: what part of a selection gets coded, the name an
 * in-vivo code takes from it, and where a coding's edge moves to, word by word.
 */

/** The longest code name in-vivo coding creates; longer selections are cut at a word. */
export const IN_VIVO_MAX_LENGTH = 80;

/**
 * The part of a selection to code: without the whitespace at its ends (selecting by word with
 * the keyboard takes the following space too). Null when the selection holds only whitespace.
 * `text` is the selected text, starting at source offset `start`.
 */
export function codableRange(start: number, text: string): { start: number; end: number } | null {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return { start: start + lead, end: start + lead + trimmed.length };
}

/**
 * The name of an in-vivo code: the coded words themselves, on one line, at most
 * IN_VIVO_MAX_LENGTH characters (cut at a word where one ends late enough, never inside a
 * surrogate pair). Null when nothing but whitespace is left.
 */
export function inVivoName(text: string): string | null {
  const name = text.replace(/\s+/g, ' ').trim();
  if (name === '') return null;
  if (name.length <= IN_VIVO_MAX_LENGTH) return name;
  let cut = IN_VIVO_MAX_LENGTH;
  const space = name.lastIndexOf(' ', IN_VIVO_MAX_LENGTH);
  if (space >= IN_VIVO_MAX_LENGTH / 2) cut = space;
  else if (/[\uDC00-\uDFFF]/.test(name[cut] ?? '')) cut--;
  return name.slice(0, cut).trim();
}

const WORD = /[\p{L}\p{N}\p{M}_'’]/u;

function isWordAt(text: string, offset: number): boolean {
  return WORD.test(text[offset] ?? '');
}

export type CodingEdge = 'start' | 'end';
export type Direction = -1 | 1;

/**
 * The coding's span after moving one edge by a word in `direction`: the start to the start of
 * the previous or next word, the end to the end of the previous or next word. Null when the
 * move would leave nothing coded or cannot go further.
 */
export function moveEdgeByWord(
  text: string,
  range: { start: number; end: number },
  edge: CodingEdge,
  direction: Direction,
): { start: number; end: number } | null {
  let i = edge === 'start' ? range.start : range.end;
  if (edge === 'start' && direction === 1) {
    while (i < text.length && isWordAt(text, i)) i++;
    while (i < text.length && !isWordAt(text, i)) i++;
  } else if (edge === 'start') {
    while (i > 0 && !isWordAt(text, i - 1)) i--;
    while (i > 0 && isWordAt(text, i - 1)) i--;
  } else if (direction === 1) {
    while (i < text.length && !isWordAt(text, i)) i++;
    while (i < text.length && isWordAt(text, i)) i++;
  } else {
    while (i > 0 && !isWordAt(text, i - 1)) i--;
    while (i > 0 && isWordAt(text, i - 1)) i--;
    while (i > 0 && !isWordAt(text, i - 1)) i--;
  }
  const next = edge === 'start' ? { start: i, end: range.end } : { start: range.start, end: i };
  if (next.start >= next.end) return null;
  if (next.start === range.start && next.end === range.end) return null;
  return next;
}

/** The span with one edge placed at `offset` (from a drag), or null if that empties it. */
export function placeEdge(
  range: { start: number; end: number },
  edge: CodingEdge,
  offset: number,
): { start: number; end: number } | null {
  const next =
    edge === 'start' ? { start: offset, end: range.end } : { start: range.start, end: offset };
  return next.start < next.end ? next : null;
}
