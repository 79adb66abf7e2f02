import { describe, expect, it } from 'vitest';
import { countWords } from '../../../shared/text/words';

describe('countWords', () => {
  it('counts runs of letters and digits', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
    expect(countWords('Hello, world!')).toBe(2);
    expect(countWords('I started in 2019 -- at 7am.')).toBe(6);
    expect(countWords('...?!')).toBe(0);
  });

  it('keeps apostrophes and hyphens inside words together', () => {
    expect(countWords("don't stop")).toBe(2);
    expect(countWords('I’m well-being-focused')).toBe(2);
    expect(countWords("'quoted' - dash at edges -")).toBe(4);
    expect(countWords('end-')).toBe(1);
    expect(countWords("rock 'n' roll")).toBe(3);
  });

  it('handles letters of any script, combining marks and astral characters', () => {
    expect(countWords('Größe café naïve')).toBe(3);
    expect(countWords('cafe\u0301 ok')).toBe(2);
    expect(countWords('Привет мир')).toBe(2);
    expect(countWords('مرحبا بالعالم')).toBe(2);
    expect(countWords('𝒜𝒷𝒸 word')).toBe(2);
    expect(countWords('emoji 😀 between')).toBe(2);
  });

  it('counts ten million words', () => {
    const text = 'The quick brown fox jumps over the lazy dog, doesn’t? '.repeat(1_000_000);
    expect(countWords(text)).toBe(10_000_000);
  });
});
