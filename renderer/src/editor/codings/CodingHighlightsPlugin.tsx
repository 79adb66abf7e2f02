import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import { isCodingVisible, useCodingsStore, type CodingsChange } from '../../state/codings';
import { $offsetRangeToDomRange, $readOffsetIndex } from '../offsets/offsetIndex';
import { $blockSpans, touchesAny } from './blockSpans';
import { HighlightRegistry, type NamedRange } from './HighlightRegistry';
import { HighlightStyles, SELECTED_CODING_HIGHLIGHT } from './highlightStyles';
import type { NearViewportBlocks } from './NearViewportBlocks';

/**
 * Paints codings as CSS custom highlights, outside the document: codings stay rows of offsets in
 * the store and the text is never touched. Ranges are registered only for paragraphs near the
 * viewport and redrawn only where something changed (paragraphs entering the viewport, edited
 * paragraphs, the spans of changed codings), which keeps typing and scrolling light.
 */
export function CodingHighlightsPlugin({ blocks }: { blocks: NearViewportBlocks }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return; // stripes still show codings
    const styles = new HighlightStyles();
    const registry = new HighlightRegistry();
    const draw = (keys: ReadonlySet<NodeKey>, dirty: CodingsChange['dirty'] = 'all') =>
      drawBlocks(editor, registry, styles, keys, dirty);
    const drawSelected = () => drawSelectedCoding(editor, styles);

    styles.setCodes(useCodingsStore.getState().codes);
    draw(blocks.keys());
    drawSelected();

    const unsubscribeStore = useCodingsStore.subscribe((state, previous) => {
      if (state.codes !== previous.codes) styles.setCodes(state.codes);
      // Codings that followed typed text changed only inside the edited paragraphs, which the
      // editor's update (below) redraws: nothing to do here, whatever the number of codings.
      const redraw = state.change !== previous.change && !state.change.movedByEdit;
      if (redraw) draw(blocks.keys(), state.change.dirty);
      if (
        redraw ||
        state.selectedCodingId !== previous.selectedCodingId ||
        state.codes !== previous.codes
      ) {
        drawSelected();
      }
    });
    const unsubscribeBlocks = blocks.subscribe((entered, left) => {
      for (const key of left) registry.clearBlock(key);
      if (entered.length > 0) draw(new Set(entered));
    });
    const unregisterEditor = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, editorState }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        const near = blocks.keys();
        const edited = new Set<NodeKey>();
        editorState.read(() => {
          for (const key of [...dirtyLeaves, ...dirtyElements.keys()]) {
            const block = $getNodeByKey(key)?.getTopLevelElement();
            if (block && near.has(block.getKey())) edited.add(block.getKey());
          }
        });
        if (edited.size === 0) return;
        draw(edited);
        if (useCodingsStore.getState().selectedCodingId !== null) drawSelected();
      }),
    );

    return () => {
      unsubscribeStore();
      unsubscribeBlocks();
      unregisterEditor();
      registry.dispose();
      CSS.highlights.delete(SELECTED_CODING_HIGHLIGHT);
      styles.dispose();
    };
  }, [editor, blocks]);

  return null;
}

/** Re-registers the highlight ranges of the given paragraphs (only those meeting `dirty`). */
function drawBlocks(
  editor: LexicalEditor,
  registry: HighlightRegistry,
  styles: HighlightStyles,
  keys: ReadonlySet<NodeKey>,
  dirty: CodingsChange['dirty'],
): void {
  const { index, hiddenCoderIds } = useCodingsStore.getState();
  editor.read(() => {
    const offsets = $readOffsetIndex();
    for (const span of $blockSpans(offsets, keys)) {
      if (dirty !== 'all' && !touchesAny(span, dirty)) continue;
      const ranges: NamedRange[] = [];
      for (const coding of index.overlapping(span.start, span.end)) {
        if (!isCodingVisible(coding, hiddenCoderIds)) continue;
        // Clipped to the paragraph, so replacing one paragraph never touches another's ranges.
        const range = $offsetRangeToDomRange(
          editor,
          offsets,
          Math.max(coding.start, span.start),
          Math.min(coding.end, span.end),
        );
        if (range) ranges.push({ name: styles.highlightName(coding.codeId), range });
      }
      registry.setBlock(span.key, ranges);
    }
  });
}

/** The selected coding: one range over its whole span, above the code highlights. */
function drawSelectedCoding(editor: LexicalEditor, styles: HighlightStyles): void {
  const { index, selectedCodingId, codeById } = useCodingsStore.getState();
  const coding = selectedCodingId ? index.get(selectedCodingId) : undefined;
  const range = coding
    ? editor.read(() =>
        $offsetRangeToDomRange(editor, $readOffsetIndex(), coding.start, coding.end),
      )
    : null;
  if (!coding || !range) {
    CSS.highlights.delete(SELECTED_CODING_HIGHLIGHT);
    styles.setSelectedColor(null);
    return;
  }
  styles.setSelectedColor(codeById.get(coding.codeId)?.color ?? null);
  const highlight = new Highlight(range);
  highlight.priority = 1;
  CSS.highlights.set(SELECTED_CODING_HIGHLIGHT, highlight);
}
