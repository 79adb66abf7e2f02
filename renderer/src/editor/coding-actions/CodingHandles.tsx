import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $isTextNode, type LexicalEditor } from 'lexical';
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useCodingsStore } from '../../state/codings';
import { $offsetRangeToDomRange, $pointToOffset, $readOffsetIndex } from '../offsets/offsetIndex';
import { adjustCoding } from './codingEdits';
import { placeEdge, type CodingEdge } from './codingRanges';

const HANDLE_HEIGHT = 8;

interface HandlePlaces {
  codingId: string;
  left: number;
  width: number;
  top: number;
  bottom: number;
}

/**
 * Two handles on the selected coding's stripe: drag the top one to move where the coding
 * starts, the bottom one to move where it ends (the text the coding would cover is selected
 * while dragging). Keyboard users have Shift+Alt+Left/Right and Ctrl+Alt+Left/Right.
 */
export function CodingHandles() {
  const [editor] = useLexicalComposerContext();
  const selectedId = useCodingsStore((s) => s.selectedCodingId);
  const [places, setPlaces] = useState<HandlePlaces | null>(null);
  const [dragging, setDragging] = useState<CodingEdge | null>(null);
  const draft = useRef<{ start: number; end: number } | null>(null);

  useEffect(() => {
    if (!selectedId) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const stripe = document.querySelector<HTMLElement>(
        `.stripe[data-coding-id="${CSS.escape(selectedId)}"]`,
      );
      const rect = stripe?.getBoundingClientRect();
      setPlaces(
        rect && rect.height > 0
          ? {
              codingId: selectedId,
              left: rect.left - 2,
              width: rect.width + 4,
              top: rect.top,
              bottom: rect.bottom,
            }
          : null,
      );
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(place);
    };
    schedule();
    // Stripes are laid out on their own frame; follow their moves, scrolling and resizing.
    const margin = document.querySelector('.stripes');
    const observer = new MutationObserver(schedule);
    if (margin) observer.observe(margin, { subtree: true, childList: true, attributes: true });
    window.addEventListener('scroll', schedule, true);
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('scroll', schedule, true);
      window.removeEventListener('resize', schedule);
    };
  }, [selectedId]);

  if (!selectedId || !places || places.codingId !== selectedId) return null;

  const onPointerDown = (edge: CodingEdge) => (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    draft.current = null;
    setDragging(edge);
  };
  const onPointerMove = (edge: CodingEdge) => (event: PointerEvent<HTMLDivElement>) => {
    if (dragging !== edge) return;
    const coding = useCodingsStore.getState().index.get(selectedId);
    const offset = offsetAtPoint(editor, event.clientX, event.clientY, edge);
    if (!coding || offset === null) return;
    const next = placeEdge(coding, edge, offset);
    if (!next) return;
    draft.current = next;
    selectSourceRange(editor, next.start, next.end);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.releasePointerCapture(event.pointerId);
    setDragging(null);
    const coding = useCodingsStore.getState().index.get(selectedId);
    const next = draft.current;
    draft.current = null;
    if (coding && next && (next.start !== coding.start || next.end !== coding.end)) {
      void adjustCoding(coding, next);
    }
  };

  const handle = (edge: CodingEdge, top: number) => (
    <div
      className={dragging === edge ? 'coding-handle is-dragging' : 'coding-handle'}
      style={{ left: places.left, width: places.width, top }}
      title={
        edge === 'start'
          ? 'Drag to move where the coding starts (Shift+Alt+←/→)'
          : 'Drag to move where the coding ends (Ctrl+Alt+←/→)'
      }
      aria-hidden
      data-testid={`coding-handle-${edge}`}
      onPointerDown={onPointerDown(edge)}
      onPointerMove={onPointerMove(edge)}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );

  return (
    <>
      {handle('start', places.top - HANDLE_HEIGHT / 2)}
      {handle('end', places.bottom - HANDLE_HEIGHT / 2)}
    </>
  );
}

/**
 * The source offset under the pointer. The pointer is over the margin left of the text, so the
 * line at its height is used: its start for a coding's start, its end for a coding's end.
 */
function offsetAtPoint(
  editor: LexicalEditor,
  clientX: number,
  clientY: number,
  edge: CodingEdge,
): number | null {
  const root = editor.getRootElement();
  if (!root) return null;
  // The text column, right of the speaker gutter.
  const column = (root.querySelector('.tp__text') ?? root).getBoundingClientRect();
  const x =
    clientX < column.left || clientX > column.right
      ? edge === 'start'
        ? column.left + 1
        : column.right - 1
      : clientX;
  const caret = document.caretRangeFromPoint?.(x, clientY);
  if (!caret || !root.contains(caret.startContainer)) return null;
  return editor.read(() => {
    const node = $getNearestNodeFromDOMNode(caret.startContainer);
    if (!$isTextNode(node)) return null;
    return $pointToOffset($readOffsetIndex(), node, caret.startOffset);
  });
}

function selectSourceRange(editor: LexicalEditor, start: number, end: number): void {
  const range = editor.read(() => $offsetRangeToDomRange(editor, $readOffsetIndex(), start, end));
  if (!range) return;
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
