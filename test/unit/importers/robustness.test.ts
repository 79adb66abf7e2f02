import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { parseParticipantsCsv, parseSourceFile } from '../../../electron/core/importers';
import { expectWellFormed, fixture } from './helpers';

/** Deterministic pseudo-random numbers, so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

const SOURCES: [string, string][] = [
  ['timestamped.txt', 'a.txt'],
  ['otter.txt', 'b.txt'],
  ['rev.txt', 'c.txt'],
  ['f4.txt', 'd.txt'],
  ['speaker.txt', 'e.txt'],
  ['interview.srt', 'f.srt'],
  ['interview.vtt', 'g.vtt'],
];

/** Cuts, splices and sprinkles the bytes of a valid file. */
function mutate(data: Uint8Array, next: () => number): Uint8Array {
  const bytes = Array.from(data);
  const edits = 1 + Math.floor(next() * 4);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(next() * (bytes.length + 1));
    const kind = next();
    if (kind < 0.3) bytes.splice(at, Math.floor(next() * 20));
    else if (kind < 0.6)
      bytes.splice(
        at,
        0,
        ...'\n\n:[]#-->0:0'
          .split('')
          .map((c) => c.charCodeAt(0))
          .slice(0, 1 + Math.floor(next() * 12)),
      );
    else if (kind < 0.8) bytes.splice(at, 0, Math.floor(next() * 256));
    else bytes.length = at;
  }
  return Uint8Array.from(bytes);
}

describe('robustness', () => {
  it('either parses a damaged file into a well-formed transcript or refuses it as bad input', async () => {
    const next = random(20261123);
    for (let round = 0; round < 60; round++) {
      for (const [fixtureName, fileName] of SOURCES) {
        const data = mutate(fixture(fixtureName), next);
        try {
          expectWellFormed(await parseSourceFile(fileName, data));
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          expect(error.code).toBe('bad_input');
          expect(error.message.startsWith(`${fileName}: `)).toBe(true);
        }
      }
    }
  });

  it('either reads a damaged participants table or refuses it as bad input', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const data = mutate(fixture('participants.csv'), next);
      try {
        const table = parseParticipantsCsv('p.csv', data);
        expect(table.rows.length).toBeGreaterThan(0);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        expect(error.code).toBe('bad_input');
      }
    }
  });
});
