import { describe, expect, it } from 'vitest';
import {
  bootstrapAlpha,
  createSeededRandom,
  krippendorffAlpha,
  multiCoderCoefficients,
} from '../../../shared/agreement';
import {
  patternAlpha,
  patternAlphaInterval,
  patternFleissKappa,
  type PatternCounts,
} from '../../../shared/rounds/pattern-statistics';

/** The reliability matrix (coders x units) the pattern counts stand for. */
function expand(patterns: PatternCounts, coders: number): number[][] {
  const matrix = Array.from({ length: coders }, () => [] as number[]);
  for (const [mask, count] of patterns) {
    for (let u = 0; u < count; u++) {
      for (let i = 0; i < coders; i++) matrix[i]!.push((mask >> i) & 1);
    }
  }
  return matrix;
}

describe('pattern statistics equal shared/agreement on the expanded units', () => {
  const cases: [string, PatternCounts, number][] = [
    [
      'a pair',
      new Map([
        [3, 40],
        [1, 7],
        [2, 5],
        [0, 48],
      ]),
      2,
    ],
    [
      'three coders',
      new Map([
        [7, 30],
        [3, 6],
        [5, 4],
        [1, 9],
        [0, 51],
        [6, 2],
      ]),
      3,
    ],
    [
      'four coders, few units',
      new Map([
        [15, 2],
        [1, 1],
        [0, 3],
      ]),
      4,
    ],
  ];

  it.each(cases)('alpha and Fleiss for %s', (_name, patterns, coders) => {
    const matrix = expand(patterns, coders);
    expect(patternAlpha(patterns, coders)).toBeCloseTo(krippendorffAlpha(matrix).alpha!, 12);
    expect(patternFleissKappa(patterns, coders)).toBeCloseTo(
      multiCoderCoefficients(matrix).fleissKappa.value!,
      12,
    );
  });

  it('is undefined without variation', () => {
    expect(patternAlpha(new Map([[3, 10]]), 2)).toBeNull();
    expect(patternFleissKappa(new Map([[3, 10]]), 2)).toBeNull();
  });

  it('gives a bootstrap interval close to bootstrapAlpha on the same data', () => {
    const patterns: PatternCounts = new Map([
      [3, 400],
      [1, 70],
      [2, 50],
      [0, 480],
    ]);
    const ours = patternAlphaInterval(patterns, 2, 2000, createSeededRandom(7));
    const shared = bootstrapAlpha(expand(patterns, 2), { resamples: 2000, seed: 7 });
    expect(ours.lower!).toBeCloseTo(shared.lower!, 1);
    expect(ours.upper!).toBeCloseTo(shared.upper!, 1);
    expect(ours.lower!).toBeLessThan(patternAlpha(patterns, 2)!);
    expect(ours.upper!).toBeGreaterThan(patternAlpha(patterns, 2)!);
  });
});
