/**
 * Fuzzy matching for the quick-code palette: the query's letters must appear in the text in
 * order (case- and accent-insensitive, spaces in the query ignored). Among the ways to place
 * them, the best-scoring one counts, rewarding letters at word starts and runs of consecutive
 * letters, so "pb" ranks "Processes / Benefits" above "Probably".
 */

export interface FuzzyMatch {
  score: number;
  /** Offsets in `text` of the matched characters, ascending (for highlighting). */
  positions: number[];
}

const MATCH = 1;
const START_OF_TEXT = 1.2;
const WORD_START = 1;
const CAMEL_HUMP = 0.8;
const CONSECUTIVE = 1.1;
/** Per character left unmatched, so that among equal matches the shorter name ranks first. */
const GAP = 0.02;
const EXACT = 3;
const PREFIX = 1.5;
/** Longer texts are matched on their start only, keeping the palette's cost bounded. */
const MAX_TEXT = 512;

/** The match score (higher is better) or null when the query's letters are not all in order. */
export function fuzzyScore(query: string, text: string): number | null {
  return fuzzyMatch(query, text)?.score ?? null;
}

export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const q = fold(query.replace(/\s+/g, ''));
  const shown = text.slice(0, MAX_TEXT);
  const t = fold(shown);
  const n = q.length;
  const m = t.length;
  if (n === 0) return { score: 0, positions: [] };
  if (n > m) return null;

  const bonus = wordStartBonuses(shown);
  // best[i*m+j]: best score with q[0..i] placed and q[i] exactly at t[j];
  // upTo[i*m+j]: best score with q[0..i] placed and q[i] at or before t[j], gaps after it charged.
  const best = new Float64Array(n * m).fill(-Infinity);
  const upTo = new Float64Array(n * m).fill(-Infinity);
  const chainedRun = new Uint8Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < m; j++) {
      const cell = i * m + j;
      if (q[i] === t[j]) {
        const here = MATCH + bonus[j]!;
        if (i === 0) best[cell] = here - GAP * j;
        else if (j > 0) {
          const consecutive = best[cell - m - 1]! + CONSECUTIVE;
          const afterGap = upTo[cell - m - 1]!;
          chainedRun[cell] = consecutive >= afterGap ? 1 : 0;
          best[cell] = here + Math.max(consecutive, afterGap);
        }
      }
      upTo[cell] = j > 0 ? Math.max(best[cell]!, upTo[cell - 1]! - GAP) : best[cell]!;
    }
  }
  let score = upTo[n * m - 1]!;
  if (score === -Infinity) return null;

  // Walk back: each letter sits where its best placement was, and a letter reached through a
  // consecutive run pins the previous letter to the offset just before it.
  const positions: number[] = [];
  let j = m - 1;
  let pinned = false;
  for (let i = n - 1; i >= 0; i--) {
    if (!pinned) while (best[i * m + j]! < upTo[i * m + j]!) j--;
    positions.push(j);
    pinned = chainedRun[i * m + j] === 1;
    j--;
  }
  positions.reverse();

  if (t === q) score += EXACT;
  else if (t.startsWith(q)) score += PREFIX;
  return { score, positions };
}

/**
 * Lower-cases each UTF-16 unit and strips its accent, one unit for one unit so that offsets
 * into the folded string are offsets into the original.
 */
function fold(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    const base = unit.normalize('NFD')[0]!.toLowerCase();
    folded += base.length === 1 ? base : unit;
  }
  return folded;
}

/** The bonus a match earns at each offset of `text` for starting a word. */
function wordStartBonuses(text: string): number[] {
  const bonuses: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const here = text[j]!;
    const before = j > 0 ? text[j - 1]! : '';
    if (j === 0) bonuses.push(START_OF_TEXT);
    else if (!isWordChar(before) && isWordChar(here)) bonuses.push(WORD_START);
    else if (isLower(before) && isUpper(here)) bonuses.push(CAMEL_HUMP);
    else bonuses.push(0);
  }
  return bonuses;
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{M}\p{N}]/u.test(char) || /[\uD800-\uDFFF]/.test(char);
}

function isLower(char: string): boolean {
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}
