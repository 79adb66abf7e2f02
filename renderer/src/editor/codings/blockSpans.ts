import type { NodeKey } from 'lexical';
import type { OffsetIndex } from '../offsets/offsetIndex';

/** A paragraph block with the source offsets it covers, [start, end). */
export interface BlockSpan {
  key: NodeKey;
  start: number;
  end: number;
}

/**
 * The spans of the blocks whose keys are in `keys`, in document order (one pass over the offset
 * index; blocks no longer in the document are absent). Call inside editor.read.
 */
export function $blockSpans(index: OffsetIndex, keys: ReadonlySet<NodeKey>): BlockSpan[] {
  const spans: BlockSpan[] = [];
  if (keys.size === 0) return spans;
  index.blocks.forEach((block, i) => {
    const key = block.getKey();
    if (!keys.has(key)) return;
    const start = index.starts[i] ?? 0;
    spans.push({ key, start, end: start + block.getTextContentSize() });
  });
  return spans;
}

/** Whether a block span meets any of the offset ranges (inclusive ends: a change at a boundary counts). */
export function touchesAny(
  span: BlockSpan,
  ranges: ReadonlyArray<readonly [number, number]>,
): boolean {
  return ranges.some(([from, to]) => from <= span.end && to >= span.start);
}
