/** A small seeded PRNG (mulberry32) so that property tests are deterministic and replayable. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick needs a non-empty list');
    return items[this.int(0, items.length - 1)]!;
  }
}

/** Letters, spaces, line breaks, an accent, a CJK character and astral (surrogate-pair) emoji. */
const ALPHABET = ['a', 'b', 'e', 't', ' ', ' ', '\n', 'é', '中', '😀', '👍'];

/** A random string of `count` code points (never a lone surrogate). */
export function randomText(random: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += random.pick(ALPHABET);
  return text;
}

/** Offsets of `text` that do not fall inside a surrogate pair, 0 and text.length included. */
export function codePointBoundaries(text: string): number[] {
  const boundaries = [0];
  let offset = 0;
  for (const point of text) {
    offset += point.length;
    boundaries.push(offset);
  }
  return boundaries;
}
