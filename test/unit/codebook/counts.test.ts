import { describe, expect, it } from 'vitest';
import { aggregateCounts } from '../../../shared/codebook';
import { code, sampleCodes } from './fixtures';

describe('aggregateCounts', () => {
  it('sums each code with everything below it', () => {
    const direct = new Map([
      ['processes', 1],
      ['benefits', 2],
      ['childcare', 4],
      ['barriers', 8],
      ['relief', 16],
    ]);
    const totals = aggregateCounts(sampleCodes(), direct);
    expect(Object.fromEntries(totals)).toEqual({
      processes: 15,
      benefits: 6,
      childcare: 4,
      barriers: 8,
      emotions: 16,
      relief: 16,
    });
  });

  it('counts every code once even in cyclic data', () => {
    const codes = [code('x', 'y', 'X', 0), code('y', 'x', 'Y', 0)];
    const totals = aggregateCounts(
      codes,
      new Map([
        ['x', 1],
        ['y', 2],
      ]),
    );
    expect([...totals.values()].sort()).toEqual([2, 3]);
  });
});
