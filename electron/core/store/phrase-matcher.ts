import type { SearchMatch } from '../../../shared/domain/types';

/**
 * Word characters as SQLite's unicode61 tokenizer sees them (letters, digits, marks). Everything
 * else separates words, so the full-text index and this matcher agree on what a phrase is.
 */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;

export const CONTEXT_CHARS = 60;

/** The words of a query, in order; punctuation, quotes and FTS operators are dropped. */
export function queryWords(query: string): string[] {
  return query.match(WORD_RUN) ?? [];
}

/** An FTS5 phrase query for the words: each is a quoted string, so no input is ever syntax. */
export function ftsPhrase(words: readonly string[]): string {
  return words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' + ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds the phrase in a text: the words in order, whole words only, any case, separated by any
 * run of non-word characters (spaces, line breaks, punctuation).
 */
export function phrasePattern(words: readonly string[]): RegExp {
  const body = words.map(escapeRegExp).join(`(?:(?!${WORD_CHAR})[\\s\\S])+`);
  return new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'giu');
}

/** Every occurrence counts; the first `keep` are returned with their context. */
export function findMatches(
  text: string,
  pattern: RegExp,
  keep: number,
): { total: number; matches: SearchMatch[] } {
  const matches: SearchMatch[] = [];
  let total = 0;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    total += 1;
    if (matches.length < keep) {
      const offset = found.index;
      const end = offset + found[0].length;
      matches.push({
        offset,
        length: found[0].length,
        before: text.slice(Math.max(0, offset - CONTEXT_CHARS), offset),
        match: found[0],
        after: text.slice(end, end + CONTEXT_CHARS),
      });
    }
  }
  return { total, matches };
}
