import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import type { ParsedSource } from '../../../shared/domain/parsed';

const FIXTURES = new URL('../../fixtures/importers/', import.meta.url);

export function fixture(name: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(name, FIXTURES)));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** What structured formats must never leave in the text: timestamps, marks, cue syntax, tags. */
export const STRUCTURE_RESIDUE =
  /\[\d{1,2}:\d{2}|\(\d{1,2}:\d{2}|#\d{1,2}:\d{2}:\d{2}|-->|<\/?[a-z]|^\d{1,2}:\d{2}/m;

/**
 * The canonical-output invariants every importer must keep: turns are non-empty, in order and
 * partition the text with exactly one '\n' between neighbours; lines carry no trailing spaces and
 * no '\r'; sync points are ordered and inside the text; with `residue`, no turn's text contains
 * structure (labels, timestamps) that should have become turns and sync points.
 */
export function expectWellFormed(parsed: ParsedSource, residue?: RegExp): void {
  const { text, turns, syncPoints } = parsed;
  expect(text.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/\r/);
  expect(text).not.toMatch(/[ \t]\n|[ \t]$/);
  expect(turns.length).toBeGreaterThan(0);
  expect(turns[0]!.start).toBe(0);
  expect(turns[turns.length - 1]!.end).toBe(text.length);
  turns.forEach((turn, index) => {
    expect(turn.end, `turn ${index} is empty`).toBeGreaterThan(turn.start);
    const next = turns[index + 1];
    if (next) {
      expect(next.start, `turn ${index + 1} does not follow turn ${index}`).toBe(turn.end + 1);
      expect(text[turn.end]).toBe('\n');
    }
    const turnText = text.slice(turn.start, turn.end);
    expect(turnText.trim(), `turn ${index} has no words`).not.toBe('');
    if (residue) expect(turnText, `turn ${index} keeps structure`).not.toMatch(residue);
  });
  let previous = 0;
  for (const point of syncPoints) {
    expect(point.offset).toBeGreaterThanOrEqual(previous);
    expect(point.offset).toBeLessThanOrEqual(text.length);
    expect(point.timeMs).toBeGreaterThanOrEqual(0);
    previous = point.offset;
  }
}

/** The turns as [speaker, text] pairs, for readable assertions. */
export function turnTexts(parsed: ParsedSource): [string | null, string][] {
  return parsed.turns.map((turn) => [turn.speaker, parsed.text.slice(turn.start, turn.end)]);
}

/** Runs `action` and returns the bad_input message it fails with; fails the test otherwise. */
export async function badInputMessage(action: () => unknown): Promise<string> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('bad_input');
    return (error as ApiError).message;
  }
  throw new Error('expected a bad_input error, but the call succeeded');
}
