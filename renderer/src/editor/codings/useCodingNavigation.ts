import { $getNearestNodeFromDOMNode, $isTextNode, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { isCodingVisible, useCodingsStore } from '../../state/codings';
import { useProjectStore } from '../../state/project';
import {
  $blockElementAt,
  $offsetRangeToDomRange,
  $pointToOffset,
  $readOffsetIndex,
} from '../offsets/offsetIndex';
import type { Coding } from '../../../../shared/domain/types';
import { adjacentCoding } from './adjacentCoding';
import type { CodingIndex } from './codingIndex';
import { describeCoding } from './codingLabels';
import { scrollContainerOf } from './scrollContainer';

/**
 * Keyboard path through the codings and what selecting one does in the text. Alt+Down and Alt+Up
 * move to the next or previous visible coding, Escape clears the selection. Whenever a coding
 * becomes selected (by keyboard, by a stripe or by another feature) its text is selected through
 * the offset mapping, scrolled to when off screen, and described for screen readers; the returned
 * announcement belongs in an aria-live region.
 */
export function useCodingNavigation(editor: LexicalEditor): {
  onKeyDown: (event: KeyboardEvent) => void;
  announcement: string;
} {
  const [announcement, setAnnouncement] = useState('');

  useEffect(
    () =>
      useCodingsStore.subscribe((state, previous) => {
        if (state.selectedCodingId === previous.selectedCodingId) return;
        const coding = state.selectedCodingId ? state.index.get(state.selectedCodingId) : null;
        // A pending coding became its stored row: the same text is selected and announced already.
        if (coding && isCommitOfPending(previous, coding)) return;
        if (!coding) {
          setAnnouncement(previous.selectedCodingId ? 'No coding selected' : '');
          return;
        }
        selectCodingText(editor, coding.start, coding.end);
        const position = state.index.positionOf(coding.id) + 1;
        const description = describeCoding(
          coding,
          state.codeById,
          useProjectStore.getState().users,
        );
        setAnnouncement(`${description}. Coding ${position} of ${state.index.size}.`);
      }),
    [editor],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const store = useCodingsStore.getState();
      if (event.key === 'Escape' && store.selectedCodingId !== null) {
        store.selectCoding(null);
        event.preventDefault();
        return;
      }
      const direction = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      if (direction === 0 || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
      }
      event.preventDefault();
      const target = adjacentCoding(
        store.index,
        store.selectedCodingId,
        caretOffset(editor),
        direction,
        (coding) => isCodingVisible(coding, store.hiddenCoderIds),
      );
      if (target) store.selectCoding(target.id);
      else setAnnouncement(direction === 1 ? 'No later coding' : 'No earlier coding');
    },
    [editor],
  );

  return { onKeyDown, announcement };
}

function isCommitOfPending(
  previous: {
    selectedCodingId: string | null;
    pendingIds: ReadonlySet<string>;
    index: CodingIndex;
  },
  coding: Coding,
): boolean {
  const before = previous.selectedCodingId;
  if (before === null || !previous.pendingIds.has(before)) return false;
  const pending = previous.index.get(before);
  return pending?.start === coding.start && pending.end === coding.end;
}

/** Selects source text [start, end) in the document and scrolls to it when it is off screen. */
function selectCodingText(editor: LexicalEditor, start: number, end: number): void {
  const found = editor.read(() => {
    const index = $readOffsetIndex();
    return {
      range: $offsetRangeToDomRange(editor, index, start, end),
      block: $blockElementAt(editor, index, start),
    };
  });
  if (!found.range) return;
  const selection = window.getSelection();
  // Applying a code selects the new coding, whose text the user has usually just selected:
  // selecting it again would cost the browser a selection repaint and the editor a selection
  // update, a frame of work, for no visible change.
  if (selection && selectsExactly(selection, found.range)) return;
  selection?.removeAllRanges();
  selection?.addRange(found.range);
  if (found.block && !isOnScreen(found.range)) found.block.scrollIntoView({ block: 'center' });
}

function selectsExactly(selection: Selection, range: Range): boolean {
  if (selection.rangeCount !== 1) return false;
  const current = selection.getRangeAt(0);
  return (
    current.compareBoundaryPoints(Range.START_TO_START, range) === 0 &&
    current.compareBoundaryPoints(Range.END_TO_END, range) === 0
  );
}

function isOnScreen(range: Range): boolean {
  const rect = range.getBoundingClientRect();
  const anchor = range.startContainer.parentElement;
  const container = anchor ? scrollContainerOf(anchor) : null;
  const view = container?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, innerHeight);
  return rect.bottom > view.top && rect.top < view.bottom;
}

/** The source offset of the caret (or selection start) in the document, 0 without one. */
function caretOffset(editor: LexicalEditor): number {
  const selection = window.getSelection();
  const root = editor.getRootElement();
  const anchor = selection?.anchorNode;
  if (!selection || !root || !anchor || !root.contains(anchor)) return 0;
  return editor.read(() => {
    const node = $getNearestNodeFromDOMNode(anchor);
    if (!$isTextNode(node)) return 0;
    return $pointToOffset($readOffsetIndex(), node, selection.anchorOffset) ?? 0;
  });
}
