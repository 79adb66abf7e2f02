import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../renderer/src/editor/stripes/assignLanes';

describe('assignLanes', () => {
  it('puts stripes that overlap on screen in different lanes and reuses freed lanes', () => {
    const { stripes, laneCount } = assignLanes([
      { codingId: 'a', top: 0, bottom: 100 },
      { codingId: 'b', top: 50, bottom: 150 },
      { codingId: 'c', top: 120, bottom: 200 },
      { codingId: 'd', top: 160, bottom: 180 },
    ]);
    const lane = Object.fromEntries(stripes.map((s) => [s.codingId, s.lane]));
    expect(lane).toEqual({ a: 0, b: 1, c: 0, d: 1 });
    expect(laneCount).toBe(2);
  });

  it('keeps stripes on the same line apart even when their text does not overlap', () => {
    // Two codings ending and starting on the same 20 px line.
    const { stripes } = assignLanes([
      { codingId: 'first', top: 0, bottom: 20 },
      { codingId: 'second', top: 0, bottom: 60 },
    ]);
    expect(new Set(stripes.map((s) => s.lane)).size).toBe(2);
  });

  it('never lets two stripes in one lane overlap', () => {
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const extents = Array.from({ length: 300 }, (_, i) => {
      const top = Math.floor(next() * 3000);
      return { codingId: `c${i}`, top, bottom: top + 10 + Math.floor(next() * 200) };
    });
    const { stripes } = assignLanes(extents);
    for (const a of stripes)
      for (const b of stripes)
        if (a !== b && a.lane === b.lane) expect(a.bottom <= b.top || b.bottom <= a.top).toBe(true);
  });
});
