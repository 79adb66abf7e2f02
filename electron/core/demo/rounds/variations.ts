import type { RandomSource } from '../../../../shared/agreement';
import type { Code, Id } from '../../../../shared/domain/types';

/** A coding to apply: which code, where. */
export interface PlannedCoding {
  codeId: Id;
  start: number;
  end: number;
}

/**
 * How a second coder's version of a coding differs from the first coder's, as real coders do:
 * some passages they do not code, some they code with a neighbouring code, many with other
 * boundaries, a few with an extra code on top. Rates are per coding; `care` (0..1) lowers them
 * for an experienced coder.
 */
export interface VariationRates {
  missing: number;
  otherCode: number;
  boundary: number;
  extraCode: number;
}

export const COLLEAGUE_RATES: VariationRates = {
  missing: 0.12,
  otherCode: 0.12,
  boundary: 0.3,
  extraCode: 0.08,
};

export const MENTEE_RATES: VariationRates = {
  missing: 0.22,
  otherCode: 0.2,
  boundary: 0.4,
  extraCode: 0.12,
};

/** Moves an offset by whole words (1-4), forwards or backwards, staying inside [min, max]. */
function shiftByWords(
  text: string,
  offset: number,
  random: RandomSource,
  min: number,
  max: number,
): number {
  const words = 1 + Math.floor(random() * 4);
  const forward = random() < 0.5;
  let at = offset;
  for (let i = 0; i < words; i++) {
    const step = forward ? text.indexOf(' ', at + 1) : text.lastIndexOf(' ', at - 2);
    if (step < 0) break;
    at = forward ? step : step + 1;
  }
  return Math.min(max, Math.max(min, at));
}

/** A code with the same parent (else any other leaf), to stand for "coded it differently". */
function neighbour(codes: readonly Code[], codeId: Id, random: RandomSource): Id {
  const code = codes.find((candidate) => candidate.id === codeId);
  const siblings = codes.filter(
    (candidate) => candidate.id !== codeId && candidate.parentId === (code?.parentId ?? null),
  );
  const pool =
    siblings.length > 0 ? siblings : codes.filter((candidate) => candidate.id !== codeId);
  return pool[Math.floor(random() * pool.length)]!.id;
}

/** The second coder's codings derived from `first`, deterministic for a given random source. */
export function varyCodings(
  text: string,
  first: readonly PlannedCoding[],
  codes: readonly Code[],
  rates: VariationRates,
  random: RandomSource,
): PlannedCoding[] {
  const result: PlannedCoding[] = [];
  for (const coding of first) {
    const draw = random();
    if (draw < rates.missing) continue;
    let { codeId, start, end } = coding;
    if (draw < rates.missing + rates.otherCode) codeId = neighbour(codes, codeId, random);
    if (random() < rates.boundary) {
      // Stay within the speaker turn: never cross a line break.
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const nextBreak = text.indexOf('\n', end);
      const lineEnd = nextBreak < 0 ? text.length : nextBreak;
      start = shiftByWords(text, start, random, lineStart, end - 1);
      end = shiftByWords(text, end, random, start + 1, lineEnd);
      while (end > start + 1 && /\s/.test(text[end - 1]!)) end--;
      while (start < end - 1 && /\s/.test(text[start]!)) start++;
    }
    result.push({ codeId, start, end });
    if (random() < rates.extraCode) {
      result.push({ codeId: neighbour(codes, codeId, random), start, end });
    }
  }
  return result;
}

const SENTENCE = /[^.!?\n]+[.!?]+["\u201d]?/g;

/**
 * A first pass over a source nobody has coded yet: every few sentences of the interviewees'
 * turns, one code from `leaves`. Used as the experienced coder of a pair in round 2.
 */
export function firstPass(
  text: string,
  leaves: readonly Code[],
  random: RandomSource,
  count: number,
): PlannedCoding[] {
  const sentences: { start: number; end: number }[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim().split(/\s+/).length < 8) continue;
    sentences.push({ start: match.index + lead, end: match.index + raw.length });
  }
  const chosen: PlannedCoding[] = [];
  const step = Math.max(1, Math.floor(sentences.length / count));
  for (
    let i = Math.floor(random() * step);
    i < sentences.length && chosen.length < count;
    i += step
  ) {
    const sentence = sentences[i]!;
    chosen.push({ codeId: leaves[Math.floor(random() * leaves.length)]!.id, ...sentence });
  }
  return chosen;
}
