import { describe, expect, it } from 'vitest';
import { fuzzyMatch, fuzzyScore } from '../../../shared/codebook';

function rank(query: string, names: string[]): string[] {
  return names
    .map((name) => ({ name, score: fuzzyScore(query, name) }))
    .filter((entry): entry is { name: string; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.name);
}

describe('fuzzyScore', () => {
  it('returns null unless the query letters appear in order', () => {
    expect(fuzzyScore('xyz', 'Benefits')).toBeNull();
    expect(fuzzyScore('stifeneb', 'Benefits')).toBeNull();
    expect(fuzzyScore('benefitsX', 'Benefits')).toBeNull();
    expect(fuzzyScore('bnf', 'Benefits')).not.toBeNull();
  });

  it('matches regardless of case, accents and spaces in the query', () => {
    expect(fuzzyScore('CAFE', 'café culture')).not.toBeNull();
    expect(fuzzyScore('éte', 'Ete')).not.toBeNull();
    expect(fuzzyScore('pro ben', 'Processes / Benefits')).not.toBeNull();
  });

  it('gives an empty query a neutral score', () => {
    expect(fuzzyMatch('  ', 'Anything')).toEqual({ score: 0, positions: [] });
  });

  it('prefers letters at word starts', () => {
    expect(rank('pb', ['Probably', 'Processes / Benefits'])).toEqual([
      'Processes / Benefits',
      'Probably',
    ]);
    expect(rank('wl', ['Bowling', 'Work-life balance'])).toEqual(['Work-life balance', 'Bowling']);
    expect(fuzzyScore('cc', 'childCare')!).toBeGreaterThan(fuzzyScore('cc', 'chicken')!);
  });

  it('prefers consecutive letters and shorter names', () => {
    expect(rank('ben', ['Barriers to entry now', 'Benefits'])).toEqual([
      'Benefits',
      'Barriers to entry now',
    ]);
    expect(rank('relief', ['Relief from stress', 'Relief'])).toEqual([
      'Relief',
      'Relief from stress',
    ]);
  });

  it('reports the best placement of each letter for highlighting', () => {
    expect(fuzzyMatch('pb', 'Processes / Benefits')!.positions).toEqual([0, 12]);
    expect(fuzzyMatch('fit', 'Benefits')!.positions).toEqual([4, 5, 6]);
    expect(fuzzyMatch('wlb', 'Work-life balance')!.positions).toEqual([0, 5, 10]);
  });
});
