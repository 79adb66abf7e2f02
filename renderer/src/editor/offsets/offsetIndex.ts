import {
  $getRoot,
  $isElementNode,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';

/**
 * The one place that maps source text offsets (UTF-16, end exclusive, as stored in the core) to
 * positions in the Lexical document and back. The document is one block per paragraph, blocks
 * joined by a single '\n' that belongs to no node; so paragraph i starts one past paragraph i-1's
 * end. Coding (highlights, selection to coding) relies on this being exact.
 */
export interface OffsetIndex {
  /** Top-level blocks in document order. */
  blocks: ElementNode[];
  /** Source offset at which each block's text starts. */
  starts: number[];
  /** Total text length (equals the source's text length). */
  length: number;
}

/** A position inside a text node, or at the start of an empty block. */
export type DocumentPoint =
  | { type: 'text'; node: TextNode; offset: number }
  | { type: 'element'; node: ElementNode; offset: 0 };

/** Reads the current block layout; call inside editor.read/update. */
export function $readOffsetIndex(): OffsetIndex {
  const blocks = $getRoot().getChildren().filter($isElementNode);
  const starts: number[] = [];
  let offset = 0;
  for (const [i, block] of blocks.entries()) {
    if (i > 0) offset += 1; // the '\n' between paragraphs
    starts.push(offset);
    offset += block.getTextContentSize();
  }
  return { blocks, starts, length: offset };
}

/** Index of the block whose range [start, end] contains offset (binary search). */
function blockIndexAt(index: OffsetIndex, offset: number): number {
  let low = 0;
  let high = index.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((index.starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Text descendants of a block in order (inline wrappers such as marks are walked through). */
function $textNodesOf(block: ElementNode): TextNode[] {
  const out: TextNode[] = [];
  const walk = (node: LexicalNode): void => {
    if ($isTextNode(node)) out.push(node);
    else if ($isElementNode(node)) node.getChildren().forEach(walk);
  };
  block.getChildren().forEach(walk);
  return out;
}

/**
 * The document position of a source offset. An offset on the '\n' between two paragraphs resolves
 * to the end of the first; `preferNext` resolves offsets at a text node boundary to the start of
 * the following node (useful for range starts).
 */
export function $offsetToPoint(
  index: OffsetIndex,
  offset: number,
  preferNext = false,
): DocumentPoint | null {
  if (index.blocks.length === 0 || offset < 0 || offset > index.length) return null;
  const i = blockIndexAt(index, offset);
  const block = index.blocks[i];
  if (!block) return null;
  let local = offset - (index.starts[i] ?? 0);
  const texts = $textNodesOf(block);
  if (texts.length === 0) return { type: 'element', node: block, offset: 0 };
  for (const [n, text] of texts.entries()) {
    const size = text.getTextContentSize();
    const isLast = n === texts.length - 1;
    if (local < size || (local === size && (!preferNext || isLast))) {
      return { type: 'text', node: text, offset: Math.min(local, size) };
    }
    local -= size;
  }
  const last = texts[texts.length - 1] as TextNode;
  return { type: 'text', node: last, offset: last.getTextContentSize() };
}

/** The source offset of a position inside a text node of the document, or null if outside. */
export function $pointToOffset(index: OffsetIndex, node: TextNode, offset: number): number | null {
  const block = node.getTopLevelElement();
  if (!block) return null;
  const i = index.blocks.findIndex((b) => b.is(block));
  if (i === -1) return null;
  let local = 0;
  for (const text of $textNodesOf(block)) {
    if (text.is(node)) return (index.starts[i] ?? 0) + local + offset;
    local += text.getTextContentSize();
  }
  return null;
}

/**
 * A DOM Range covering source offsets [start, end), for selection, scrolling and CSS highlights
 * (which later carry coding highlights near the viewport). Call inside editor.read.
 */
export function $offsetRangeToDomRange(
  editor: LexicalEditor,
  index: OffsetIndex,
  start: number,
  end: number,
): Range | null {
  const from = $offsetToPoint(index, start, true);
  const to = $offsetToPoint(index, end);
  if (!from || !to) return null;
  const anchor = domPosition(editor, from);
  const focus = domPosition(editor, to);
  if (!anchor || !focus) return null;
  const range = document.createRange();
  range.setStart(anchor.node, anchor.offset);
  range.setEnd(focus.node, focus.offset);
  return range;
}

function domPosition(
  editor: LexicalEditor,
  point: DocumentPoint,
): { node: Node; offset: number } | null {
  const element = editor.getElementByKey(point.node.getKey());
  if (!element) return null;
  if (point.type === 'element') {
    const slot = element.querySelector('.tp__text') ?? element;
    return { node: slot, offset: 0 };
  }
  // A text node's DOM is a span whose first child is the DOM text node.
  const text = element.firstChild;
  return text ? { node: text, offset: point.offset } : null;
}

/** The block element (for scrolling) that contains a source offset. */
export function $blockElementAt(
  editor: LexicalEditor,
  index: OffsetIndex,
  offset: number,
): HTMLElement | null {
  const block = index.blocks[blockIndexAt(index, offset)];
  return block ? editor.getElementByKey(block.getKey()) : null;
}
