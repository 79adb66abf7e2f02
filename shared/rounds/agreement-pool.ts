import type { AgreementFigures } from '../api/contract';
import { createSeededRandom, twoCoderCoefficients } from '../agreement';
import type { AgreementOptions } from './agreement';
import {
  patternAlpha,
  patternAlphaInterval,
  patternFleissKappa,
  unitCount,
  type PatternCounts,
} from './pattern-statistics';
import { NO_UNITIZING_FAMILY, type UnitizingFamily } from './unitizing-family';

// What one agreement row pools, and the figures computed from it.

export interface CharacterCounts {
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

/** Everything one row pools: per pair character tables and segment counts, and units. */
export class Pool {
  readonly characters: CharacterCounts[];
  readonly segments: { segments: number; matched: number }[];
  /** Reliability units as pattern counts (bit i: coder i applied the code). */
  readonly patterns: PatternCounts = new Map();

  constructor(
    pairCount: number,
    readonly coderCount: number,
  ) {
    this.characters = Array.from({ length: pairCount }, () => ({
      both: 0,
      onlyA: 0,
      onlyB: 0,
      neither: 0,
    }));
    this.segments = Array.from({ length: pairCount }, () => ({ segments: 0, matched: 0 }));
  }

  addCharacters(pair: number, counts: CharacterCounts): void {
    const into = this.characters[pair]!;
    into.both += counts.both;
    into.onlyA += counts.onlyA;
    into.onlyB += counts.onlyB;
    into.neither += counts.neither;
  }

  addSegments(
    pair: number,
    counts: { segmentsA: number; segmentsB: number; matchedA: number; matchedB: number },
  ): void {
    const into = this.segments[pair]!;
    into.segments += counts.segmentsA + counts.segmentsB;
    into.matched += counts.matchedA + counts.matchedB;
  }

  /** Adds unit counts; patterns new to the pool are added in the order of `units`. */
  addUnits(units: PatternCounts): void {
    for (const [mask, count] of units) {
      this.patterns.set(mask, (this.patterns.get(mask) ?? 0) + count);
    }
  }
}

/** All pairs of indices 0..n-1, in order. */
export function pairsOf(n: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs.push([a, b]);
  return pairs;
}

function mean(values: readonly (number | null)[]): number | null {
  const defined = values.filter((value): value is number => value !== null);
  return defined.length === 0 ? null : defined.reduce((sum, v) => sum + v, 0) / defined.length;
}

function characterFigures(counts: CharacterCounts): {
  agreement: number | null;
  kappa: number | null;
} {
  const total = counts.both + counts.onlyA + counts.onlyB + counts.neither;
  return {
    agreement: total > 0 ? (counts.both + counts.neither) / total : null,
    kappa:
      total > 0
        ? twoCoderCoefficients([
            [counts.both, counts.onlyA],
            [counts.onlyB, counts.neither],
          ]).cohenKappa.value
        : null,
  };
}

export function figuresOf(
  pool: Pool,
  options: AgreementOptions,
  unitizingAlpha: number | null,
  withInterval: boolean,
  family: UnitizingFamily = NO_UNITIZING_FAMILY,
): AgreementFigures {
  const character = pool.characters.map(characterFigures);
  const segments = pool.segments.reduce(
    (sum, pair) => ({
      segments: sum.segments + pair.segments,
      matched: sum.matched + pair.matched,
    }),
    { segments: 0, matched: 0 },
  );
  const coders = pool.coderCount;
  const units = unitCount(pool.patterns);
  let unitKappa: number | null = null;
  if (coders === 2 && units > 0) {
    const count = (mask: number) => pool.patterns.get(mask) ?? 0;
    unitKappa = twoCoderCoefficients([
      [count(3), count(1)],
      [count(2), count(0)],
    ]).cohenKappa.value;
  }
  const interval =
    withInterval && units > 0 && options.bootstrapResamples > 0
      ? patternAlphaInterval(
          pool.patterns,
          coders,
          options.bootstrapResamples,
          createSeededRandom(options.seed ?? 1),
        )
      : null;
  const isPair = coders === 2;
  const characterAgreementValue = mean(character.map((c) => c.agreement));
  const characterKappa = mean(character.map((c) => c.kappa));
  const segmentAgreementValue = segments.segments > 0 ? segments.matched / segments.segments : null;
  const headlineCharacter = options.unit === 'character';
  return {
    percentAgreement: headlineCharacter ? characterAgreementValue : segmentAgreementValue,
    cohenKappa: isPair ? (headlineCharacter ? characterKappa : unitKappa) : null,
    fleissKappa: units > 0 ? patternFleissKappa(pool.patterns, coders) : null,
    krippendorffAlpha: units > 0 ? patternAlpha(pool.patterns, coders) : null,
    alphaInterval: interval,
    characterAgreement: characterAgreementValue,
    characterKappa,
    segmentAgreement: segmentAgreementValue,
    segments: segments.segments,
    matchedSegments: segments.matched,
    unitizingAlpha,
    uAlpha: family.uAlpha,
    cuAlpha: family.cuAlpha,
    domainCuAlpha: family.domainCuAlpha,
    units,
  };
}
