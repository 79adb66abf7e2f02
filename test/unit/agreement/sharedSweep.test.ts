import { describe, expect, it } from 'vitest';
import {
  createSeededRandom,
  filterEvents,
  prepareCodedText,
  sweepIntoTallies,
  UnitizingTally,
  UnitizingValueSpace,
  unitizingEvents,
  type CodedSpan,
} from '../../../shared/agreement';
import { mergeSpans } from '../../../shared/agreement/text/spans';

function randomCodings(seed: number, length: number, count: number): CodedSpan[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => {
    const start = Math.floor(random() * (length - 30));
    return {
      code: `c${Math.floor(random() * 5)}`,
      start,
      end: start + 1 + Math.floor(random() * 30),
    };
  });
}

describe('one pass over shared boundaries', () => {
  const length = 400;
  const coders = [
    randomCodings(1, length, 60),
    randomCodings(2, length, 60),
    randomCodings(3, length, 60),
  ];
  const continuum = { start: 0, end: length };

  it('fills several tallies exactly as separate passes over each tally share', () => {
    const domain = new Map([
      ['c1', 'c1'],
      ['c2', 'c2'],
      ['c3', 'c2'],
    ]);
    const events = unitizingEvents(coders, continuum);
    const space = new UnitizingValueSpace();
    const all = new UnitizingTally(3, space);
    const ofDomain = new UnitizingTally(3, space);
    sweepIntoTallies(events, [
      { tally: all, valueOf: (code) => code },
      { tally: ofDomain, valueOf: (code) => domain.get(code) },
    ]);
    const separateAll = new UnitizingTally(3, space).addEvents(events);
    const separateDomain = new UnitizingTally(3, space).addEvents(
      filterEvents(events, (code) => domain.has(code)),
      (code) => domain.get(code),
    );
    expect({ ...all }).toEqual({ ...separateAll });
    expect({ ...ofDomain }).toEqual({ ...separateDomain });
  });

  it('prepares each coder code by code as mergeSpans and a sort by start would', () => {
    const prepared = prepareCodedText(coders, length);
    prepared.codes.forEach((code, index) => {
      coders.forEach((spans, coder) => {
        const ofCode = spans.filter((span) => span.code === code);
        const track = prepared.tracks[coder]![index]!;
        expect([...track.merged]).toEqual([...mergeSpans(ofCode)]);
        expect([...track.units]).toEqual([...mergeSpans(ofCode, true)]);
        expect(track.byStart.map((span) => span.start)).toEqual(
          ofCode.map((span) => span.start).sort((a, b) => a - b),
        );
      });
    });
    coders.forEach((spans, coder) => {
      expect([...prepared.coverage[coder]!]).toEqual([...mergeSpans(spans)]);
    });
  });
});
