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
import { prepareCodedText, unionOfIntervals, type PreparedText } from './preparedText';
import { coveredLength, intersectionLength, type CodedSpan } from './spans';
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
  const prepared = prepareCodedText([text.codingsA, text.codingsB], text.length, [
    'Coder A',
    'Coder B',
  ]);
  const tables = characterTables(prepared, 0, 1, options);
  const perCode = new Map<string, CharacterAgreement>();
  for (const [code, counts] of tables.perCode) perCode.set(code, summarise(counts));
  return {
    consideredLength: tables.consideredLength,
    perCode,
    overall: summarise(tables.overall),
  };
}

/** The 2 x 2 tables of characterAgreement without their coefficients. */
export interface CharacterTables {
  consideredLength: number;
  perCode: Map<string, CharacterCounts>;
  overall: CharacterCounts;
}

/**
 * The character tables of coders `a` and `b` of a prepared text (what characterAgreement reports,
 * less the coefficients): a report adds the tables of many texts before it computes any.
 */
export function characterTables(
  text: PreparedText,
  a: number,
  b: number,
  options: CharacterAgreementOptions = {},
): CharacterTables {
  const considered = options.excludeUncoded
    ? coveredLength(unionOfIntervals([text.coverage[a]!, text.coverage[b]!]))
    : text.length;
  const tracksA = text.tracks[a]!;
  const tracksB = text.tracks[b]!;
  const overall: CharacterCounts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  const perCode = new Map<string, CharacterCounts>();
  text.codes.forEach((code, index) => {
    const trackA = tracksA[index]!;
    const trackB = tracksB[index]!;
    if (trackA.byStart.length === 0 && trackB.byStart.length === 0) return;
    const both = intersectionLength(trackA.merged, trackB.merged);
    const onlyA = coveredLength(trackA.merged) - both;
    const onlyB = coveredLength(trackB.merged) - both;
    // Coded characters are always inside the considered universe, so "neither" is the rest.
    const counts = { both, onlyA, onlyB, neither: considered - both - onlyA - onlyB };
    perCode.set(code, counts);
    overall.both += counts.both;
    overall.onlyA += counts.onlyA;
    overall.onlyB += counts.onlyB;
    overall.neither += counts.neither;
  });
  return { consideredLength: considered, perCode, overall };
}
