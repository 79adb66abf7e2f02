import { $isElementNode, $isTextNode, type PointType, type RangeSelection } from 'lexical';
import { $pointToOffset, $readOffsetIndex, type OffsetIndex } from '../offsets/offsetIndex';

/** A span of the source text, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** A Lexical selection in source offsets (start <= end), or null if it is outside the text. */
export function $rangeOfSelection(selection: RangeSelection): TextRange | null {
  const index = $readOffsetIndex();
  const anchor = $pointOffset(index, selection.anchor);
  const focus = $pointOffset(index, selection.focus);
  if (anchor === null || focus === null) return null;
  return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
}

function $pointOffset(index: OffsetIndex, point: PointType): number | null {
  const node = point.getNode();
  if ($isTextNode(node)) return $pointToOffset(index, node, point.offset);
  if (!$isElementNode(node)) return null;
  // An element point sits before its child at `offset` (or at the end of the element).
  const child = node.getChildAtIndex(point.offset);
  if ($isTextNode(child)) return $pointToOffset(index, child, 0);
  const last = node.getLastDescendant();
  if ($isTextNode(last)) return $pointToOffset(index, last, last.getTextContentSize());
  const block = node.getTopLevelElement() ?? node;
  const i = index.blocks.findIndex((b) => b.is(block));
  return i === -1 ? null : (index.starts[i] ?? 0);
}

/** The document's text (the source's text: paragraphs joined by '\n'). */
export function $documentText(): string {
  return $readOffsetIndex()
    .blocks.map((block) => block.getTextContent())
    .join('\n');
}

/** The source text of [start, end), read from the blocks it spans only. */
export function $textOfRange(range: TextRange): string {
  const index = $readOffsetIndex();
  const parts: string[] = [];
  for (const [i, block] of index.blocks.entries()) {
    const blockStart = index.starts[i] ?? 0;
    const blockEnd = blockStart + block.getTextContentSize();
    if (blockEnd < range.start) continue;
    if (blockStart > range.end) break;
    parts.push(
      block
        .getTextContent()
        .slice(Math.max(0, range.start - blockStart), Math.max(0, range.end - blockStart)),
    );
  }
  return parts.join('\n');
}
