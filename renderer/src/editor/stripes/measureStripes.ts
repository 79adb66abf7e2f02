import type { LexicalEditor, NodeKey } from 'lexical';
import type { Coding } from '../../../../shared/domain/types';
import type { CodingIndex } from '../codings/codingIndex';
import { $blockSpans } from '../codings/blockSpans';
import { $offsetRangeToDomRange, $readOffsetIndex } from '../offsets/offsetIndex';
import type { StripeExtent } from './assignLanes';

/**
 * Measures where the visible codings sit: for each paragraph near the viewport, the rectangle of
 * each coding's part in it (Range.getBoundingClientRect, the union of its line boxes), merged per
 * coding. Hidden paragraphs are never measured: that would force their layout, which
 * content-visibility skips (431 ms at 30,000 words, docs/editor.md).
 *
 * `originTop` is the client y of the margin's top; extents are relative to it.
 */
export function measureStripeExtents(
  editor: LexicalEditor,
  index: CodingIndex,
  nearBlocks: ReadonlySet<NodeKey>,
  isVisible: (coding: Coding) => boolean,
  originTop: number,
): StripeExtent[] {
  const byId = new Map<string, StripeExtent>();
  editor.read(() => {
    const offsets = $readOffsetIndex();
    for (const span of $blockSpans(offsets, nearBlocks)) {
      for (const coding of index.overlapping(span.start, span.end)) {
        if (!isVisible(coding)) continue;
        const range = $offsetRangeToDomRange(
          editor,
          offsets,
          Math.max(coding.start, span.start),
          Math.min(coding.end, span.end),
        );
        const rect = range?.getBoundingClientRect();
        if (!rect || rect.height === 0) continue;
        const top = rect.top - originTop;
        const bottom = rect.bottom - originTop;
        const known = byId.get(coding.id);
        if (known) {
          known.top = Math.min(known.top, top);
          known.bottom = Math.max(known.bottom, bottom);
        } else {
          byId.set(coding.id, { codingId: coding.id, top, bottom });
        }
      }
    }
  });
  return [...byId.values()];
}
