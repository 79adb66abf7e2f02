import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { krippendorffAlpha } from '../../../shared/agreement/krippendorffAlpha';
import { multiCoderCoefficients } from '../../../shared/agreement/multiCoderCoefficients';
import { computeReliability } from '../../../shared/agreement/reliability';
import {
  contingencyTable,
  twoCoderCoefficients,
} from '../../../shared/agreement/twoCoderCoefficients';
import type { ReliabilityMatrix } from '../../../shared/agreement/types';

function expectInvalid(run: () => unknown, message: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_argument');
    expect((error as ApiError).message).toMatch(message);
    return;
  }
  throw new Error('expected an invalid_argument error');
}

describe('computeReliability', () => {
  const twoCoders: ReliabilityMatrix = [
    ['a', 'b', 'a', 'c', 'a', null],
    ['a', 'b', 'b', 'c', 'a', 'a'],
  ];

  it('returns exactly the CLI keys, with cohen_kappa only for two coders', () => {
    expect(Object.keys(computeReliability(twoCoders)).sort()).toEqual(
      [
        'brennan_prediger',
        'cohen_kappa',
        'fleiss_kappa',
        'gwet_ac1',
        'krippendorff_alpha',
        'n_coders',
        'n_units',
        'percent_agreement',
        'scott_pi',
      ].sort(),
    );
    const three = computeReliability([...twoCoders, ['a', 'b', 'a', 'c', 'b', 'a']]);
    expect(three).not.toHaveProperty('cohen_kappa');
    expect(three.n_coders).toBe(3);
    expect(three.n_units).toBe(6);
  });

  it('agrees with the two-coder table formulas on the units both coded', () => {
    const summary = computeReliability(twoCoders);
    const table = twoCoderCoefficients(contingencyTable(twoCoders).counts);
    expect(summary.percent_agreement).toBeCloseTo(0.8, 12);
    expect(summary.cohen_kappa).toBeCloseTo(table.cohenKappa.value!, 12);
    expect(summary.scott_pi).toBeCloseTo(table.scottPi.value!, 12);
    // The single-coded unit 6 shifts Fleiss' category shares but not Scott's.
    expect(summary.fleiss_kappa).not.toBeCloseTo(summary.scott_pi!, 6);
  });

  it('passes the level to Krippendorff alpha only', () => {
    const numeric = [
      [1, 2, 3, 4],
      [1, 3, 3, 4],
    ];
    const nominal = computeReliability(numeric, 'nominal');
    const interval = computeReliability(numeric, 'interval');
    expect(interval.krippendorff_alpha).not.toBeCloseTo(nominal.krippendorff_alpha!, 6);
    expect(interval.cohen_kappa).toBe(nominal.cohen_kappa);
  });
});

describe('edge cases', () => {
  it('one category only: chance-corrected measures are undefined, agreement is 1', () => {
    const matrix = [
      ['x', 'x', 'x'],
      ['x', 'x', 'x'],
    ];
    expect(krippendorffAlpha(matrix)).toMatchObject({
      alpha: null,
      undefinedReason: 'no-variation',
      Do: 0,
      De: 0,
    });
    expect(computeReliability(matrix)).toEqual({
      n_units: 3,
      n_coders: 2,
      percent_agreement: 1,
      krippendorff_alpha: null,
      fleiss_kappa: null,
      scott_pi: null,
      brennan_prediger: null,
      gwet_ac1: null,
      cohen_kappa: null,
    });
    // With the coding scheme's two categories, the uniform-chance measures are defined again.
    const family = multiCoderCoefficients(matrix, { categories: ['x', 'y'] });
    expect(family.brennanPrediger.value).toBe(1);
    expect(family.gwetAc1.value).toBe(1);
  });

  it('all values missing: nothing is pairable', () => {
    const matrix = [
      [null, null],
      [null, null],
    ];
    expect(krippendorffAlpha(matrix, { level: 'interval' })).toMatchObject({
      alpha: null,
      undefinedReason: 'no-pairable-units',
      pairableUnits: 0,
    });
    const summary = computeReliability(matrix);
    expect(summary.percent_agreement).toBeNull();
    expect(summary.cohen_kappa).toBeNull();
    expect(multiCoderCoefficients(matrix).fleissKappa.undefinedReason).toBe('no-pairable-units');
  });

  it('one coder: every unit is unpairable', () => {
    const summary = computeReliability([[1, 2, 3]]);
    expect(summary).not.toHaveProperty('cohen_kappa');
    expect(summary.krippendorff_alpha).toBeNull();
    expect(summary.percent_agreement).toBeNull();
  });

  it('two units: alpha from first principles', () => {
    // o_11 = o_22 = 2, n = 4: Do = 0, De = 2 * 2 * 2 / (4 * 3).
    expect(
      krippendorffAlpha([
        [1, 2],
        [1, 2],
      ]),
    ).toMatchObject({ alpha: 1, Do: 0, De: 2 / 3 });
    // Swapped: every pair disagrees, Do = 1, alpha = 1 - 1 / (2 / 3).
    expect(
      krippendorffAlpha([
        [1, 2],
        [2, 1],
      ]).alpha,
    ).toBeCloseTo(-0.5, 12);
  });

  it('perfect agreement gives 1 everywhere', () => {
    const row = [1, 2, 3, 2, 1, 4, 4, 3];
    const summary = computeReliability([row, row, row], 'ordinal');
    for (const key of [
      'percent_agreement',
      'krippendorff_alpha',
      'fleiss_kappa',
      'scott_pi',
      'brennan_prediger',
      'gwet_ac1',
    ] as const) {
      expect(summary[key], key).toBeCloseTo(1, 12);
    }
  });

  it('systematic disagreement falls below zero where chance predicts agreement', () => {
    const matrix = [
      [1, 1, 1, 1],
      [2, 2, 2, 2],
    ];
    const summary = computeReliability(matrix);
    expect(summary.percent_agreement).toBe(0);
    expect(summary.cohen_kappa).toBe(0); // pe = 0: each coder used one category only
    expect(summary.scott_pi).toBeCloseTo(-1, 12);
    expect(summary.krippendorff_alpha).toBeCloseTo(1 - 56 / 32, 12);
    expect(summary.brennan_prediger).toBeCloseTo(-1, 12);
  });

  it('drops unpairable units but keeps them in n_units', () => {
    const withLoner = [
      [1, 2, 3],
      [1, 2, null],
    ];
    expect(krippendorffAlpha(withLoner).pairableUnits).toBe(2);
    expect(computeReliability(withLoner).n_units).toBe(3);
  });
});

describe('levels of measurement', () => {
  it('orders string values for ordinal alpha when given a rank order', () => {
    const words = [
      ['low', 'mid', 'high', 'mid'],
      ['low', 'high', 'high', 'low'],
    ];
    const numbers = [
      [1, 2, 3, 2],
      [1, 3, 3, 1],
    ];
    const fromWords = krippendorffAlpha(words, { level: 'ordinal', order: ['low', 'mid', 'high'] });
    expect(fromWords.alpha).toBeCloseTo(
      krippendorffAlpha(numbers, { level: 'ordinal' }).alpha!,
      12,
    );
  });

  it('rejects data the level cannot measure', () => {
    expectInvalid(
      () =>
        krippendorffAlpha(
          [
            ['a', 'b'],
            ['a', 'a'],
          ],
          { level: 'interval' },
        ),
      /numeric/,
    );
    expectInvalid(
      () =>
        krippendorffAlpha(
          [
            ['a', 'b'],
            ['a', 'a'],
          ],
          { level: 'ordinal' },
        ),
      /numeric/,
    );
    expectInvalid(
      () =>
        krippendorffAlpha(
          [
            ['a', 'b'],
            ['a', 'c'],
          ],
          { level: 'ordinal', order: ['a', 'b'] },
        ),
      /"c" is not in the given rank order/,
    );
    expectInvalid(
      () =>
        krippendorffAlpha(
          [
            [-1, 2],
            [1, 2],
          ],
          { level: 'ratio' },
        ),
      /non-negative/,
    );
  });
});

describe('input validation', () => {
  it('names the row and unit of a bad cell and leaves the input untouched', () => {
    const matrix = [
      [1, Number.NaN],
      [1, 2],
    ];
    const before = JSON.stringify(matrix);
    expectInvalid(() => computeReliability(matrix), /row 1, unit 2 holds NaN/);
    expect(JSON.stringify(matrix)).toBe(before);
    expectInvalid(
      () =>
        computeReliability([
          [1, {} as unknown as number],
          [1, 2],
        ]),
      /row 1, unit 2 holds \{\}/,
    );
  });

  it('rejects ragged and empty matrices', () => {
    expectInvalid(() => computeReliability([[1, 2], [1]]), /row 2 has 1 units but row 1 has 2/);
    expectInvalid(() => computeReliability([]), /no rows/);
  });

  it('rejects categories that do not cover the data and malformed tables', () => {
    expectInvalid(() => multiCoderCoefficients([[1], [2]], { categories: [1] }), /"2"/);
    expectInvalid(() => twoCoderCoefficients([[1, 2], [3]]), /row 2 must have 2 cells/);
    expectInvalid(
      () =>
        twoCoderCoefficients([
          [1, -2],
          [3, 4],
        ]),
      /cell \(1, 2\)/,
    );
    expectInvalid(() => contingencyTable([[1], [2], [3]]), /exactly two coders/);
  });
});
