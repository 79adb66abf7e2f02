/** A block's vertical extent (client coordinates). */
export interface VerticalExtent {
  top: number;
  bottom: number;
}

/**
 * The blocks meeting the band [top, bottom], as the index range [first, end), among `count`
 * blocks stacked in document order (each block's extent lies below the previous one's, so both
 * edges grow with the index). Found by two binary searches, reading the extents of about
 * 2·log2(count) blocks, so it costs the same for a short note and a 100,000-word transcript.
 * A block touching the band's edge counts as meeting it.
 */
export function nearSpan(
  count: number,
  extentOf: (index: number) => VerticalExtent,
  top: number,
  bottom: number,
): [first: number, end: number] {
  // The first block whose bottom reaches the band.
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (extentOf(mid).bottom < top) low = mid + 1;
    else high = mid;
  }
  const first = low;
  // The first block (from `first`) that starts below the band.
  high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (extentOf(mid).top <= bottom) low = mid + 1;
    else high = mid;
  }
  return [first, Math.max(first, low)];
}
