import { describe, expect, it } from 'vitest';
import {
  createSeededRandom,
  cuAlpha,
  domainCuAlpha,
  krippendorffAlpha,
  uAlpha,
  UnitizingTally,
  uAlphaOfTally,
  cuAlphaOfTally,
  type CodedSpan,
  type RandomSource,
} from '../../../shared/agreement';

const span = (code: string, start: number, end: number): CodedSpan => ({ code, start, end });

/**
 * The published definitions computed character by character (Krippendorff 2019, sec. 12.6;
 * Krippendorff et al. 2016), for codings without overlaps: an independent check of the sweep.
 * Each coder's continuum is a sequence of sections (units with their value, gaps as "φ"); every
 * character pairs with the same character of each other coder.
 */
function bruteForce(coders: CodedSpan[][], length: number) {
  const m = coders.length;
  const value = coders.map((spans) => {
    const row: string[] = Array.from({ length }, () => 'φ');
    for (const s of spans) for (let x = s.start; x < s.end; x++) row[x] = s.code;
    return row;
  });
  const unitsOf = (spans: CodedSpan[]) => spans.map((s) => s.end - s.start);
  // uα: l_ck over ordered coder pairs / (m - 1); marginals; self-pairs ℓ² per unit, 1 per gap character.
  const agree = { u: 0, cu: 0 };
  const n = new Map<string, number>();
  const nStar = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, by: number) =>
    map.set(key, (map.get(key) ?? 0) + by);
  for (let x = 0; x < length; x++) {
    const coded = value.filter((row) => row[x] !== 'φ').length;
    for (let i = 0; i < m; i++) {
      const v = value[i]![x]!;
      add(n, v, 1);
      if (v !== 'φ' && coded >= 2) add(nStar, v, 1);
      for (let j = 0; j < m; j++) {
        if (i === j || value[j]![x] !== v) continue;
        agree.u += 1 / (m - 1);
        if (v !== 'φ') agree.cu += 1 / (coded - 1);
      }
    }
  }
  const total = m * length;
  let selfPairs = 0;
  let pairedSelf = 0;
  coders.forEach((spans, i) => {
    for (const l of unitsOf(spans)) selfPairs += l * l;
    for (const s of spans) {
      let p = 0;
      for (let x = s.start; x < s.end; x++) {
        if (value.some((row, j) => j !== i && row[x] !== 'φ')) p++;
      }
      pairedSelf += p * p;
    }
  });
  selfPairs += n.get('φ') ?? 0;
  const squares = (map: Map<string, number>) => [...map.values()].reduce((s, v) => s + v * v, 0);
  const u =
    1 - (total - agree.u) / total / ((total * total - squares(n)) / (total * total - selfPairs));
  const totalStar = [...nStar.values()].reduce((s, v) => s + v, 0);
  const cu =
    1 -
    (totalStar - agree.cu) /
      totalStar /
      ((totalStar ** 2 - squares(nStar)) / (totalStar ** 2 - pairedSelf));
  return { u, cu };
}

/** Random codings without overlaps: sections of random length, coded with probability 0.6. */
function randomCodings(random: RandomSource, length: number, codes: string[]): CodedSpan[] {
  const spans: CodedSpan[] = [];
  let at = 0;
  while (at < length) {
    const end = Math.min(length, at + 1 + Math.floor(random() * 12));
    if (random() < 0.6) spans.push(span(codes[Math.floor(random() * codes.length)]!, at, end));
    at = end;
  }
  return spans;
}

describe('uAlpha and cuAlpha, worked by hand', () => {
  // Two coders, continuum [0, 10):
  //   coder 1: a [0,4)  gap [4,6)  b [6,10)
  //   coder 2: a [0,4)  gap [4,6)  a [6,10)
  // uα: l.. = m L = 20. Coincidences: l_aa = 4 + 4 = 8 ([0,4), both directions), l_φφ = 4,
  //   l_ab = l_ba = 4. Do = (20 - 12) / 20 = 0.4.
  //   Marginals n_a = 12, n_b = 4, n_φ = 4: Σ n² = 176. Self-pairs: units 4² × 4 = 64, gaps 4
  //   characters: 68. De = (400 - 176) / (400 - 68) = 224 / 332. α = 1 - 0.4 × 332 / 224.
  // cuα: only [0,4) and [6,10) are coded by both: l*.. = 16, l*_aa = 8. Do = 0.5.
  //   n*_a = 12, n*_b = 4: Σ n*² = 160; each of the 4 units is paired over its 4 characters:
  //   Σ p² = 64. De = (256 - 160) / (256 - 64) = 0.5, so α = 0 (one unit pair agrees, one does
  //   not, as the nominal alpha of units (a, a), (b, a) is 0).
  const coders = [
    [span('a', 0, 4), span('b', 6, 10)],
    [span('a', 0, 4), span('a', 6, 10)],
  ];

  it('uα', () => {
    const result = uAlpha(coders, { start: 0, end: 10 });
    expect(result.Do).toBeCloseTo(0.4, 12);
    expect(result.De).toBeCloseTo(224 / 332, 12);
    expect(result.alpha).toBeCloseTo(1 - (0.4 * 332) / 224, 12); // 0.40714...
  });

  it('cuα', () => {
    const result = cuAlpha(coders, { start: 0, end: 10 });
    expect(result).toMatchObject({ Do: 0.5, De: 0.5, alpha: 0 });
  });

  it('matches the character-by-character definition on random codings', () => {
    const random = createSeededRandom(7);
    for (let trial = 0; trial < 20; trial++) {
      const m = trial % 2 === 0 ? 2 : 3;
      const length = 60 + Math.floor(random() * 60);
      const data = Array.from({ length: m }, () => randomCodings(random, length, ['a', 'b', 'c']));
      const expected = bruteForce(data, length);
      expect(uAlpha(data, { start: 0, end: length }).alpha).toBeCloseTo(expected.u, 10);
      expect(cuAlpha(data, { start: 0, end: length }).alpha).toBeCloseTo(expected.cu, 10);
    }
  });
});

describe('agrees with Krippendorff’s alpha for predefined units', () => {
  // With every unit one character long, the self-pair correction ℓ² = ℓ, and uα is nominal
  // alpha over the characters with the gap as one more value; cuα is alpha over the characters
  // two or more coders coded, the others being missing values.
  const random = createSeededRandom(11);
  const length = 40;
  const coders = Array.from({ length: 3 }, () => {
    const spans: CodedSpan[] = [];
    for (let x = 0; x < length; x++) {
      if (random() < 0.7) spans.push(span(['a', 'b'][Math.floor(random() * 2)]!, x, x + 1));
    }
    return spans;
  });
  const matrix = (gapAs: string | null) =>
    coders.map((spans) => {
      const row: (string | null)[] = Array.from({ length }, () => gapAs);
      for (const s of spans) row[s.start] = s.code;
      return row;
    });

  it('uα equals nominal alpha with the gap as a value', () => {
    const expected = krippendorffAlpha(matrix('φ'), { level: 'nominal' });
    const result = uAlpha(coders, { start: 0, end: length });
    expect(result.alpha).toBeCloseTo(expected.alpha!, 12);
    expect(result.Do).toBeCloseTo(expected.Do, 12);
    expect(result.De).toBeCloseTo(expected.De, 12);
  });

  it('cuα equals nominal alpha with gaps as missing values', () => {
    const expected = krippendorffAlpha(matrix(null), { level: 'nominal' });
    expect(cuAlpha(coders, { start: 0, end: length }).alpha).toBeCloseTo(expected.alpha!, 12);
  });
});

describe('properties', () => {
  const random = createSeededRandom(3);
  const length = 400;
  const data = Array.from({ length: 3 }, () => randomCodings(random, length, ['a', 'b', 'c']));

  it('gives 1 for perfect agreement, overlapping codings included', () => {
    const coding = [span('a', 0, 10), span('b', 5, 20), span('a', 30, 40), span('a', 40, 45)];
    const result = { start: 0, end: 50 };
    expect(uAlpha([coding, [...coding].reverse()], result).alpha).toBe(1);
    expect(cuAlpha([coding, coding, coding], result).alpha).toBe(1);
  });

  it('is symmetric in the coders', () => {
    const continuum = { start: 0, end: length };
    const permuted = [data[2]!, data[0]!, data[1]!];
    expect(uAlpha(permuted, continuum).alpha).toBeCloseTo(uAlpha(data, continuum).alpha!, 12);
    expect(cuAlpha(permuted, continuum).alpha).toBeCloseTo(cuAlpha(data, continuum).alpha!, 12);
  });

  it('cuα ignores uncoded text; uα does not', () => {
    // Insert 100 uncoded characters at 0 and 50 more at the end.
    const shifted = data.map((spans) => spans.map((s) => span(s.code, s.start + 100, s.end + 100)));
    const longer = { start: 0, end: length + 150 };
    const base = { start: 0, end: length };
    expect(cuAlpha(shifted, longer).alpha).toBeCloseTo(cuAlpha(data, base).alpha!, 12);
    expect(uAlpha(shifted, longer).alpha).not.toBeCloseTo(uAlpha(data, base).alpha!, 3);
  });

  it('cuα is about 0 when coders agree on the units but pick codes at random', () => {
    const labels = createSeededRandom(99);
    const codes = ['a', 'b', 'c', 'd'];
    const units = Array.from({ length: 3000 }, (_, i) => [i * 5, i * 5 + 3]);
    const coder = () =>
      units.map(([start, end]) => span(codes[Math.floor(labels() * 4)]!, start!, end!));
    const alpha = cuAlpha([coder(), coder()], { start: 0, end: 15000 }).alpha!;
    expect(Math.abs(alpha)).toBeLessThan(0.05);
  });

  it('tallies of separate continua add up to the continua laid end to end', () => {
    const other = Array.from({ length: 3 }, () => randomCodings(random, 100, ['a', 'd']));
    const merged = new UnitizingTally(3)
      .add(data, { start: 0, end: length })
      .merge(new UnitizingTally(3).add(other, { start: 0, end: 100 }));
    const joined = data.map((spans, i) => [
      ...spans,
      ...other[i]!.map((s) => span(s.code, s.start + length, s.end + length)),
    ]);
    const whole = new UnitizingTally(3).add(joined, { start: 0, end: length + 100 });
    expect(uAlphaOfTally(merged).alpha).toBeCloseTo(uAlphaOfTally(whole).alpha!, 12);
    expect(cuAlphaOfTally(merged).alpha).toBeCloseTo(cuAlphaOfTally(whole).alpha!, 12);
  });

  it('treats touching codings as two units and overlapping ones as one', () => {
    // One coder marks [0,10) as one unit, the other as [0,5) + [5,10) (touching) or as
    // [0,7) + [3,10) (overlapping, merged into [0,10)).
    const continuum = { start: 0, end: 20 };
    const whole = [span('a', 0, 10)];
    const overlapping = uAlpha([whole, [span('a', 0, 7), span('a', 3, 10)]], continuum);
    const touching = uAlpha([whole, [span('a', 0, 5), span('a', 5, 10)]], continuum);
    // The characters agree either way (Do = 0, alpha 1), but two units of 5 leave out 25 + 25
    // self-pairs instead of 100: De = (1600 - 20² - 20²) / (1600 - 100 - 50 - 20 gap characters)
    // for the touching pair against / (1600 - 100 - 100 - 20) for the merged one.
    expect(overlapping).toMatchObject({ alpha: 1, Do: 0 });
    expect(overlapping.De).toBeCloseTo(800 / 1380, 12);
    expect(touching).toMatchObject({ alpha: 1, Do: 0 });
    expect(touching.De).toBeCloseTo(800 / 1430, 12);
  });
});

describe('domainCuAlpha', () => {
  // Domain "emotion" = {joy, fear}; "actor" codes are another domain and are left out.
  const coders = [
    [span('joy', 0, 10), span('fear', 20, 30), span('partner', 0, 30)],
    [span('joy', 0, 10), span('joy', 20, 30), span('mother', 0, 30)],
  ];

  it('compares only the codes of the domain', () => {
    // Within the domain this is the hand example above, scaled: cuα = 0.
    expect(domainCuAlpha(coders, { start: 0, end: 40 }, ['joy', 'fear']).alpha).toBeCloseTo(0, 12);
    // One pair of units, partner against mother: complete disagreement, Do = De = 1, alpha 0.
    expect(domainCuAlpha(coders, { start: 0, end: 40 }, ['partner', 'mother'])).toMatchObject({
      alpha: 0,
      Do: 1,
      De: 1,
    });
  });

  it('counts a mapped code as its domain value', () => {
    // 'fear' counted as 'joy' (say, a sub-subcode folded into its subcode): perfect agreement.
    const values = new Map([
      ['joy', 'joy'],
      ['fear', 'joy'],
      ['anger', 'anger'],
    ]);
    const result = domainCuAlpha(
      [...coders, [span('joy', 0, 10), span('anger', 20, 30)]],
      { start: 0, end: 40 },
      values,
    );
    expect(result.alpha).toBeLessThan(1);
    expect(domainCuAlpha(coders, { start: 0, end: 40 }, values)).toMatchObject({ Do: 0 });
  });
});

describe('undefined and invalid input', () => {
  it('is undefined when nobody coded, or one value covers everything', () => {
    const empty = uAlpha([[], []], { start: 0, end: 10 });
    expect(empty).toMatchObject({ alpha: null, undefinedReason: 'no-variation' });
    expect(cuAlpha([[], []], { start: 0, end: 10 })).toMatchObject({
      alpha: null,
      undefinedReason: 'no-pairable-units',
    });
    const all = [span('a', 0, 10)];
    expect(uAlpha([all, all], { start: 0, end: 10 }).undefinedReason).toBe('no-variation');
    expect(cuAlpha([all, all], { start: 0, end: 10 }).undefinedReason).toBe('no-variation');
  });

  it('names the coder and coding that are wrong', () => {
    expect(() => uAlpha([[span('a', 0, 11)], []], { start: 0, end: 10 })).toThrow(
      /Coder 1: coding 1 \(a\) covers \[0, 11\)/,
    );
    expect(() => cuAlpha([[span('a', 0, 5)]], { start: 0, end: 10 })).toThrow(/two coders/);
    expect(() => uAlpha([[], []], { start: 5, end: 5 })).toThrow(/non-empty/);
    expect(() => uAlpha([[span('a', 2, 4)], []], { start: 3, end: 10 })).toThrow(
      /starts before the continuum/,
    );
  });
});
