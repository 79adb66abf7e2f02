import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { characterAgreement } from '../../../shared/agreement/text/characterAgreement';
import { segmentAgreement } from '../../../shared/agreement/text/segmentAgreement';
import { unitizingAlphaByCategory } from '../../../shared/agreement/text/unitizingAlpha2004';
import { bestAlignmentDisorder } from '../../../shared/agreement/gamma/bestAlignmentDisorder';
import type { CodedSpan } from '../../../shared/agreement/text/spans';

const span = (code: string, start: number, end: number): CodedSpan => ({ code, start, end });

describe('characterAgreement', () => {
  // Text of 100 characters. x: A [0,20) and [10,30) (merged to [0,30)), B [10,40).
  // y: only A [50,60). Characters [60,100) and [40,50) are uncoded by everyone.
  const text = {
    length: 100,
    codingsA: [span('x', 0, 20), span('x', 10, 30), span('y', 50, 60)],
    codingsB: [span('x', 10, 40)],
  };

  it('counts each code as a yes/no decision per character', () => {
    const { perCode, overall, consideredLength } = characterAgreement(text);
    expect(consideredLength).toBe(100);
    expect(perCode.get('x')).toMatchObject({ both: 20, onlyA: 10, onlyB: 10, neither: 60 });
    expect(perCode.get('x')!.agreement).toBeCloseTo(0.8, 12);
    // Cohen's kappa of [[20, 10], [10, 60]]: po = .8, pe = .3 * .3 + .7 * .7 = .58.
    expect(perCode.get('x')!.kappa.value).toBeCloseTo((0.8 - 0.58) / 0.42, 12);
    expect(perCode.get('y')).toMatchObject({ both: 0, onlyA: 10, onlyB: 0, neither: 90 });
    expect(overall).toMatchObject({ both: 20, onlyA: 20, onlyB: 10, neither: 150 });
    expect(overall.agreement).toBeCloseTo(170 / 200, 12);
  });

  it('can leave out characters that no coder coded', () => {
    const { perCode, consideredLength } = characterAgreement(text, { excludeUncoded: true });
    expect(consideredLength).toBe(50); // [0,40) and [50,60)
    expect(perCode.get('x')).toMatchObject({ both: 20, onlyA: 10, onlyB: 10, neither: 10 });
    expect(perCode.get('y')).toMatchObject({ both: 0, onlyA: 10, onlyB: 0, neither: 40 });
  });

  it('handles a text nobody coded', () => {
    const result = characterAgreement({ length: 10, codingsA: [], codingsB: [] });
    expect(result.perCode.size).toBe(0);
    expect(result.overall.agreement).toBeNull();
  });

  it('rejects ranges outside the text, naming the coder and coding', () => {
    expect(() =>
      characterAgreement({ length: 10, codingsA: [span('x', 5, 11)], codingsB: [] }),
    ).toThrow(/Coder A: coding 1 \(x\) covers \[5, 11\), outside the text \[0, 10\)/);
    expect(() =>
      characterAgreement({ length: 10, codingsA: [], codingsB: [span('x', 4, 4)] }),
    ).toThrow(ApiError);
  });
});

describe('segmentAgreement', () => {
  it('matches segments whose overlap covers at least the threshold of their joint extent', () => {
    const result = segmentAgreement(
      {
        length: 1000,
        codingsA: [span('x', 0, 100), span('x', 200, 300), span('y', 500, 600)],
        // [0,100) vs [0,90): 90 / 100 = 0.9 matches; [200,300) vs [215,300): 85 / 100 no;
        // code y on B is coded as z, so it cannot match.
        codingsB: [span('x', 0, 90), span('x', 215, 300), span('z', 500, 600)],
      },
      { minOverlap: 0.9 },
    );
    expect(result.perCode.get('x')).toEqual({
      segmentsA: 2,
      matchedA: 1,
      segmentsB: 2,
      matchedB: 1,
      agreements: 2,
      disagreements: 2,
      percentAgreement: 0.5,
    });
    expect(result.perCode.get('y')).toMatchObject({ segmentsA: 1, matchedA: 0, segmentsB: 0 });
    expect(result.overall).toMatchObject({ agreements: 2, disagreements: 4 });
    expect(result.overall.percentAgreement).toBeCloseTo(1 / 3, 12);
  });

  it('finds a match that starts well before the segment when the threshold allows it', () => {
    const text = { length: 100, codingsA: [span('x', 40, 60)], codingsB: [span('x', 0, 100)] };
    expect(segmentAgreement(text, { minOverlap: 0.2 }).overall.matchedA).toBe(1);
    expect(segmentAgreement(text, { minOverlap: 0.21 }).overall.matchedA).toBe(0);
  });

  it('demands identical boundaries at threshold 1 and rejects thresholds outside (0, 1]', () => {
    const text = { length: 10, codingsA: [span('x', 1, 5)], codingsB: [span('x', 1, 6)] };
    expect(segmentAgreement(text, { minOverlap: 1 }).overall.agreements).toBe(0);
    expect(() => segmentAgreement(text, { minOverlap: 0 })).toThrow(/minOverlap/);
  });
});

describe('unitizingAlphaByCategory', () => {
  const continuum = { start: 0, end: 200 };

  it('is 1 for identical unitizations and undefined for a category nobody used alone', () => {
    const coder = [span('x', 10, 30), span('x', 30, 50), span('y', 100, 180)];
    const result = unitizingAlphaByCategory([coder, coder, coder], continuum);
    expect(result.get('x')).toMatchObject({ alpha: 1, Do: 0 });
    expect(result.get('y')!.alpha).toBe(1);
  });

  it('matches a brute-force evaluation of the published formula', () => {
    // Brute force of Do over every section pair of both coders (O(n^2)); the implementation
    // sweeps only overlapping pairs.
    const a = [span('x', 5, 25), span('x', 60, 90), span('x', 150, 160)];
    const b = [span('x', 0, 30), span('x', 70, 80), span('x', 82, 95), span('x', 170, 200)];
    const sections = (units: CodedSpan[]) => {
      const out: { b: number; l: number; unit: boolean }[] = [];
      let position = 0;
      for (const u of units) {
        if (u.start > position) out.push({ b: position, l: u.start - position, unit: false });
        out.push({ b: u.start, l: u.end - u.start, unit: true });
        position = u.end;
      }
      if (position < 200) out.push({ b: position, l: 200 - position, unit: false });
      return out;
    };
    let sum = 0;
    for (const g of sections(a)) {
      for (const h of sections(b)) {
        const db = g.b - h.b;
        if (g.unit && h.unit && -g.l < db && db < h.l) sum += db ** 2 + (db + g.l - h.l) ** 2;
        else if (g.unit && !h.unit && db >= 0 && g.b + g.l <= h.b + h.l) sum += g.l ** 2;
        else if (!g.unit && h.unit && db <= 0 && h.b + h.l <= g.b + g.l) sum += h.l ** 2;
      }
    }
    const expectedDo = (2 * sum) / (2 * 1 * 200 ** 2);
    const result = unitizingAlphaByCategory([a, b], continuum).get('x')!;
    expect(result.Do).toBeCloseTo(expectedDo, 12);
    expect(result.alpha!).toBeLessThan(1);
  });

  it('needs two coders and a continuum that contains the codings', () => {
    expect(() => unitizingAlphaByCategory([[span('x', 0, 5)]], continuum)).toThrow(/two coders/);
    expect(() => unitizingAlphaByCategory([[span('x', 0, 5)], []], { start: 1, end: 10 })).toThrow(
      /before the continuum/,
    );
  });
});

describe('bestAlignmentDisorder', () => {
  it('leaves a unit alone when pairing it would cost more than two empties', () => {
    const result = bestAlignmentDisorder([
      { annotator: 'A', start: 0, end: 10, category: 'a' },
      { annotator: 'B', start: 0, end: 10, category: 'a' },
      { annotator: 'B', start: 50, end: 60, category: 'b' },
    ]);
    expect(result.pairs).toEqual([[0, 1]]);
    expect(result.alone).toEqual([2]);
    expect(result.disorder).toBeCloseTo(1 / 1.5, 12); // one lone unit, 1.5 units per annotator
  });

  it('refuses three annotators (no exact best alignment without a solver)', () => {
    expect(() =>
      bestAlignmentDisorder(
        ['A', 'B', 'C'].map((annotator) => ({ annotator, start: 0, end: 1, category: 'a' })),
      ),
    ).toThrow(/two annotators/);
  });
});
