import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { bootstrapAlpha } from '../../../shared/agreement/alphaBootstrap';
import { createSeededRandom } from '../../../shared/agreement/random';
import type { ReliabilityMatrix } from '../../../shared/agreement/types';

const krippendorff2011 = (
  JSON.parse(
    readFileSync(join(__dirname, '../../fixtures/agreement/reference-cases.json'), 'utf8'),
  ) as { id: string; data: { matrix: ReliabilityMatrix } }[]
).find((c) => c.id === 'kalpha_k2011_nominal')!.data.matrix;

describe('bootstrapAlpha', () => {
  it('is reproducible for a seed and varies between seeds', () => {
    const first = bootstrapAlpha(krippendorff2011, { seed: 42, resamples: 500 });
    const again = bootstrapAlpha(krippendorff2011, { seed: 42, resamples: 500 });
    const other = bootstrapAlpha(krippendorff2011, { seed: 43, resamples: 500 });
    expect(again).toEqual(first);
    expect([other.lower, other.upper]).not.toEqual([first.lower, first.upper]);
  });

  it('brackets the estimate with an interval inside [-1, 1]', () => {
    const result = bootstrapAlpha(krippendorff2011, {
      level: 'interval',
      random: createSeededRandom(7),
      minimumAlphas: [0.667, 0.8],
    });
    expect(result.method).toBe('unit-resampling-percentile');
    expect(result.estimate.alpha).toBeCloseTo(0.849, 3);
    expect(result.lower!).toBeLessThanOrEqual(result.estimate.alpha!);
    expect(result.upper!).toBeGreaterThanOrEqual(result.estimate.alpha!);
    expect(result.lower!).toBeGreaterThan(-1);
    expect(result.upper!).toBeLessThanOrEqual(1);
    const [below667, below80] = result.probabilityBelow;
    expect(below667!.probability!).toBeLessThanOrEqual(below80!.probability!);
  });

  it('narrows the interval at lower confidence', () => {
    const wide = bootstrapAlpha(krippendorff2011, { seed: 3, confidence: 0.99 });
    const narrow = bootstrapAlpha(krippendorff2011, { seed: 3, confidence: 0.5 });
    expect(narrow.upper! - narrow.lower!).toBeLessThan(wide.upper! - wide.lower!);
  });

  it('returns no interval when alpha is never defined', () => {
    const result = bootstrapAlpha(
      [
        [1, 1],
        [1, 1],
      ],
      { seed: 1, resamples: 20, minimumAlphas: [0.8] },
    );
    expect(result.estimate.undefinedReason).toBe('no-variation');
    expect(result).toMatchObject({ lower: null, upper: null, definedResamples: 0 });
    expect(result.probabilityBelow).toEqual([{ minimum: 0.8, probability: null }]);
  });

  it('rejects invalid options', () => {
    expect(() => bootstrapAlpha(krippendorff2011, { resamples: 0 })).toThrow(ApiError);
    expect(() => bootstrapAlpha(krippendorff2011, { confidence: 1 })).toThrow(/strictly between/);
  });
});
