import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type EditorState,
  type ElementNode,
  type LexicalNode,
  type PointType,
} from 'lexical';
import type { TextEdit } from '../../../../shared/anchoring';
import { changedBlocks, editsBetween } from './textEdits';

/**
 * The text edits, in source offsets, that turned `prev` into `next`: the changed blocks (those
 * Lexical marked dirty, or added or removed) are compared as text, with the '\n' between blocks
 * standing for paragraph breaks, so a split or join becomes an inserted or removed '\n'.
 * Unchanged blocks are never read as text, which keeps this cheap while typing.
 */
export function readEdits(
  prev: EditorState,
  next: EditorState,
  dirtyElements: ReadonlyMap<string, unknown>,
): TextEdit[] {
  const prevKeys = prev.read(() => $getRoot().getChildrenKeys());
  const nextKeys = next.read(() => $getRoot().getChildrenKeys());
  const changed = changedBlocks(prevKeys, nextKeys, (key) => dirtyElements.has(key));
  if (!changed) return [];
  const { first, prevEnd, nextEnd } = changed;

  const before = prev.read(() => $blockTexts(prevKeys.slice(first, prevEnd)).join('\n'));
  return next.read(() => {
    const blocks = nextKeys.slice(first, nextEnd);
    const after = $blockTexts(blocks).join('\n');
    // Blocks before the change are the same in both states; measure them in the new one.
    let at = 0;
    for (const key of nextKeys.slice(0, first)) at += $blockSize(key) + 1;
    return editsBetween(before, after, at, $caretInBlocks(blocks));
  });
}

function $blockTexts(keys: readonly string[]): string[] {
  return keys.map((key) => $getNodeByKey(key)?.getTextContent() ?? '');
}

function $blockSize(key: string): number {
  return $getNodeByKey(key)?.getTextContentSize() ?? 0;
}

/** The collapsed caret's offset in the text of `blocks` joined by '\n', or null. */
function $caretInBlocks(blocks: readonly string[]): number | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const point = selection.anchor;
  const block = point.getNode().getTopLevelElement() ?? point.getNode();
  const position = blocks.indexOf(block.getKey());
  if (position === -1 || !$isElementNode(block)) return null;
  let offset = 0;
  for (const key of blocks.slice(0, position)) offset += $blockSize(key) + 1;
  const local = $offsetInBlock(block, point);
  return local === null ? null : offset + local;
}

/** A selection point's offset in its block's text. */
function $offsetInBlock(block: ElementNode, point: PointType): number | null {
  const target = point.getNode();
  let offset = 0;
  let found: number | null = null;
  const walk = (node: LexicalNode): boolean => {
    if (point.type === 'text' && node.is(target)) {
      found = offset + point.offset;
      return true;
    }
    if ($isElementNode(node)) {
      const children = node.getChildren();
      for (const [i, child] of children.entries()) {
        if (point.type === 'element' && node.is(target) && i === point.offset) {
          found = offset;
          return true;
        }
        if (walk(child)) return true;
      }
      if (point.type === 'element' && node.is(target)) {
        found = offset;
        return true;
      }
      return false;
    }
    offset += $isTextNode(node) ? node.getTextContentSize() : node.getTextContent().length;
    return false;
  };
  walk(block);
  return found;
}
