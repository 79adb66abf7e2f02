/**
 * Character-level agreement of two coders on one text. For each code every character is a yes/no
 * decision of each coder (did they apply the code there?), giving a 2 x 2 table per code:
 *   both, onlyA, onlyB, neither.
 * Per code we report the share of agreeing characters (both + neither) / considered and Cohen's
 * kappa of that table. "Overall" pools the per-code tables (every character x code is one
 * decision) and reports the same two figures for the pooled table.
 *
 * excludeUncoded: characters that no coder coded with any code (the uncoded text between
 * codings) are left out of every table; otherwise the whole text counts, which inflates
 * agreement on sparsely coded texts.
 *
 * Several codings of one code by one coder count as their union. Everything is computed from
 * merged intervals (see spans.ts): O(k log k) for k codings, never a per-character array.
 */
import { twoCoderCoefficients } from '../twoCoderCoefficients';
import type { ChanceCorrected } from '../chance';
import {
  coveredLength,
  groupByCode,
  intersectionLength,
  mergeSpans,
  validateSpans,
  validateTextLength,
  type CodedSpan,
} from './spans';

export interface TwoCoderText {
  /** Text length in characters (UTF-16 code units, like Concord's offsets). */
  length: number;
  codingsA: readonly CodedSpan[];
  codingsB: readonly CodedSpan[];
}

export interface CharacterAgreementOptions {
  excludeUncoded?: boolean;
}

export interface CharacterCounts {
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export interface CharacterAgreement extends CharacterCounts {
  /** (both + neither) / (both + onlyA + onlyB + neither); null when nothing is considered. */
  agreement: number | null;
  kappa: ChanceCorrected;
}

export interface CharacterAgreementResult {
  /** Characters that enter each per-code table. */
  consideredLength: number;
  perCode: Map<string, CharacterAgreement>;
  overall: CharacterAgreement;
}

function summarise(counts: CharacterCounts): CharacterAgreement {
  const total = counts.both + counts.onlyA + counts.onlyB + counts.neither;
  const table = [
    [counts.both, counts.onlyA],
    [counts.onlyB, counts.neither],
  ];
  return {
    ...counts,
    agreement: total > 0 ? (counts.both + counts.neither) / total : null,
    kappa: twoCoderCoefficients(table).cohenKappa,
  };
}

export function characterAgreement(
  text: TwoCoderText,
  options: CharacterAgreementOptions = {},
): CharacterAgreementResult {
  validateTextLength(text.length);
  validateSpans(text.codingsA, text.length, 'Coder A');
  validateSpans(text.codingsB, text.length, 'Coder B');
  const considered = options.excludeUncoded
    ? coveredLength(mergeSpans([...text.codingsA, ...text.codingsB]))
    : text.length;
  const groupsA = groupByCode(text.codingsA);
  const groupsB = groupByCode(text.codingsB);
  const codes = [...new Set([...groupsA.keys(), ...groupsB.keys()])];
  const pooled: CharacterCounts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  const perCode = new Map<string, CharacterAgreement>();
  for (const code of codes) {
    const a = mergeSpans(groupsA.get(code) ?? []);
    const b = mergeSpans(groupsB.get(code) ?? []);
    const both = intersectionLength(a, b);
    const onlyA = coveredLength(a) - both;
    const onlyB = coveredLength(b) - both;
    // Coded characters are always inside the considered universe, so "neither" is the rest.
    const counts = { both, onlyA, onlyB, neither: considered - both - onlyA - onlyB };
    perCode.set(code, summarise(counts));
    pooled.both += counts.both;
    pooled.onlyA += counts.onlyA;
    pooled.onlyB += counts.onlyB;
    pooled.neither += counts.neither;
  }
  return { consideredLength: considered, perCode, overall: summarise(pooled) };
}
