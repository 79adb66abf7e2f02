import { describe, expect, it } from 'vitest';
import { nearSpan, type VerticalExtent } from '../../../renderer/src/editor/codings/nearSpan';

/** Blocks of the given heights stacked from y = 0 with `gap` between them. */
function stacked(heights: readonly number[], gap = 0): VerticalExtent[] {
  let y = 0;
  return heights.map((height) => {
    const extent = { top: y, bottom: y + height };
    y += height + gap;
    return extent;
  });
}

/** The same answer found by looking at every block. */
function scanned(blocks: readonly VerticalExtent[], top: number, bottom: number): number[] {
  return blocks.flatMap((block, i) => (block.bottom >= top && block.top <= bottom ? [i] : []));
}

function indices([first, end]: [number, number]): number[] {
  return Array.from({ length: end - first }, (_, i) => first + i);
}

describe('nearSpan', () => {
  const blocks = stacked([40, 60, 20, 100, 40], 10);

  it('finds the blocks meeting a band in the middle', () => {
    // Blocks: [0,40] [50,110] [120,140] [150,250] [260,300].
    expect(nearSpan(blocks.length, (i) => blocks[i]!, 115, 155)).toEqual([2, 4]);
  });

  it('counts a block touching the band at an edge', () => {
    expect(nearSpan(blocks.length, (i) => blocks[i]!, 110, 120)).toEqual([1, 3]);
  });

  it('is empty for a band in a gap or beyond the document', () => {
    const [first, end] = nearSpan(blocks.length, (i) => blocks[i]!, 112, 118);
    expect(end - first).toBe(0);
    const [after, afterEnd] = nearSpan(blocks.length, (i) => blocks[i]!, 400, 500);
    expect(afterEnd - after).toBe(0);
    expect(nearSpan(0, () => ({ top: 0, bottom: 0 }), 0, 100)).toEqual([0, 0]);
  });

  it('covers everything for a band around the whole document', () => {
    expect(nearSpan(blocks.length, (i) => blocks[i]!, -100, 1000)).toEqual([0, 5]);
  });

  it('agrees with a scan over random documents and bands, reading few blocks', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 300; run++) {
      const count = Math.floor(random() * 700);
      const doc = stacked(
        Array.from({ length: count }, () => Math.floor(random() * 80)),
        Math.floor(random() * 15),
      );
      const end = doc.at(-1)?.bottom ?? 0;
      const top = random() * (end + 200) - 100;
      const bottom = top + random() * 900;
      let reads = 0;
      const span = nearSpan(count, (i) => (reads++, doc[i]!), top, bottom);
      expect(indices(span)).toEqual(scanned(doc, top, bottom));
      expect(reads).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(count + 1)) + 2);
    }
  });
});
