/**
 * Krippendorff's family of unitizing alphas (Krippendorff, Mathet, Bouvry & Widlöcher 2016;
 * Krippendorff 2019, sec. 12.6), as ATLAS.ti reports them, from a UnitizingTally:
 *
 *   uα   all values and the gaps together: coders agree when they mark the same stretches as
 *        units and give them the same value. Coincidences l_ck (c, k values or the gap φ) sum
 *        to l.. = m L.
 *   cuα  only text that at least two coders coded, and only the values there: how well coders
 *        agree on the codes of what they both coded, whatever they did elsewhere (the unitizing
 *        disagreement is left out, so adding uncoded text changes nothing).
 *   Cu-α of a semantic domain (domainCuAlpha): cuα among the codes of one domain, e.g. a parent
 *        code's subcodes, ATLAS.ti's per-domain figure.
 *
 * With the marginals n_c, the self-pair corrections s_c (Σ ℓ² over units of c; ℓ per gap
 * character) and the observed agreement Σ_c l_cc:
 *   Do = (l.. - Σ_c l_cc) / l..
 *   De = (l..² - Σ_c n_c²) / (l..² - Σ_c s_c)
 *   α  = 1 - Do / De
 * (De is Σ_{c≠k} e_ck / l.. with e_ck = l.. (n_c n_k - [c = k] s_c) / (l..² - Σ s), written so that
 * a single value gives exactly 0.) For cuα the same with l*, n*, s* over units paired with another
 * coder's unit: a unit's paired length p counts in n*, and p² in s*.
 *
 * Three coders or more, cuα: a stretch that k >= 2 coders coded weighs each of its pairs by
 * 1 / (k - 1), as alpha does for a unit with k values (missing values). Dividing by m - 1 instead
 * would let l*..² - Σ s* reach zero or below when some coders leave text uncoded; with this choice
 * cuα of one-character units is Krippendorff's nominal alpha with missing values.
 *
 * Undefined (null): cuα when no text was coded by two coders ('no-pairable-units'); any of them
 * when De = 0, a single value everywhere, e.g. nobody coded anything ('no-variation').
 */
import type { UndefinedReason } from '../types';
import type { CodedSpan } from './spans';
import { UnitizingTally, type ValueOf } from './unitizingTally';
import type { Continuum } from './unitizingAlpha2004';

export interface UnitizingAlphaResult {
  alpha: number | null;
  undefinedReason?: UndefinedReason;
  /** Observed disagreement: the share of coincidences that disagree. */
  Do: number;
  /** Expected disagreement. */
  De: number;
}

export interface UnitizingValueOptions {
  /**
   * The value each code stands for, e.g. every code of a semantic domain mapped to the domain
   * (ATLAS.ti's Cu-α across domains). Codes missing from the map are left out. Default: every
   * code is its own value.
   */
  values?: ReadonlyMap<string, string>;
}

function alphaOf(
  total: number,
  agreeing: number,
  sumOfSquares: number,
  selfPairs: number,
): UnitizingAlphaResult {
  if (total === 0) return { alpha: null, undefinedReason: 'no-pairable-units', Do: 0, De: 0 };
  const Do = (total - agreeing) / total;
  const pairs = total * total - selfPairs;
  const De = pairs > 0 ? (total * total - sumOfSquares) / pairs : 0;
  if (!(De > 0)) return { alpha: null, undefinedReason: 'no-variation', Do, De: 0 };
  return { alpha: 1 - Do / De, Do, De };
}

/** uα of a tally: units, gaps and values together. */
export function uAlphaOfTally(tally: UnitizingTally): UnitizingAlphaResult {
  const total = tally.coderCount * tally.length;
  let coded = 0;
  let agreeing = tally.gapAgreeing;
  let sumOfSquares = 0;
  let selfPairs = 0;
  for (let c = 0; c < tally.unitLength.length; c++) {
    const n = tally.unitLength[c]!;
    coded += n;
    agreeing += tally.agreeing[c]!;
    sumOfSquares += n * n;
    selfPairs += tally.unitSquares[c]!;
  }
  const gap = total - coded;
  return alphaOf(total, agreeing, sumOfSquares + gap * gap, selfPairs + gap);
}

/** cuα of a tally: the values of the text two or more coders coded. */
export function cuAlphaOfTally(tally: UnitizingTally): UnitizingAlphaResult {
  let total = 0;
  let agreeing = 0;
  let sumOfSquares = 0;
  let selfPairs = 0;
  for (let c = 0; c < tally.paired.length; c++) {
    const n = tally.paired[c]!;
    total += n;
    agreeing += tally.pairedAgreeing[c]!;
    sumOfSquares += n * n;
    selfPairs += tally.pairedSquares[c]!;
  }
  return alphaOf(total, agreeing, sumOfSquares, selfPairs);
}

function tallyOf(
  coders: readonly (readonly CodedSpan[])[],
  continuum: Continuum,
  valueOf?: ValueOf,
): UnitizingTally {
  return new UnitizingTally(coders.length).add(coders, continuum, valueOf);
}

function valueOfMap(values: ReadonlyMap<string, string> | undefined): ValueOf | undefined {
  return values && ((code) => values.get(code));
}

/** uα over `coders[i]`'s codings on the continuum (usually { start: 0, end: text.length }). */
export function uAlpha(
  coders: readonly (readonly CodedSpan[])[],
  continuum: Continuum,
  options: UnitizingValueOptions = {},
): UnitizingAlphaResult {
  return uAlphaOfTally(tallyOf(coders, continuum, valueOfMap(options.values)));
}

/** cuα: agreement on the codes of the text two or more coders coded. */
export function cuAlpha(
  coders: readonly (readonly CodedSpan[])[],
  continuum: Continuum,
  options: UnitizingValueOptions = {},
): UnitizingAlphaResult {
  return cuAlphaOfTally(tallyOf(coders, continuum, valueOfMap(options.values)));
}

/**
 * Cu-α of one semantic domain: cuα among its codes. `domain` lists the codes, or maps each code
 * to the domain value it counts as (a sub-subcode to its subcode); other codes are left out.
 */
export function domainCuAlpha(
  coders: readonly (readonly CodedSpan[])[],
  continuum: Continuum,
  domain: Iterable<string> | ReadonlyMap<string, string>,
): UnitizingAlphaResult {
  const values =
    domain instanceof Map
      ? (domain as ReadonlyMap<string, string>)
      : new Map([...(domain as Iterable<string>)].map((code) => [code, code]));
  return cuAlpha(coders, continuum, { values });
}
