import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  SKIP_DOM_SELECTION_TAG,
  SKIP_SCROLL_INTO_VIEW_TAG,
  type LexicalEditor,
} from 'lexical';

/** Tag of the update that copies the browser's selection into the editor before a key. */
export const KEY_SELECTION_SYNC_TAG = 'concord-key-selection-sync';

/**
 * Makes every key act on the selection the user sees. Lexical learns of caret moves and
 * selection changes (arrow keys, Shift+arrow, clicks) only from the document's `selectionchange`
 * event, and handles keys such as Delete, Backspace and Enter with the selection it last learned.
 * Chromium queues `selectionchange` as an ordinary task but runs input events first, so on a busy
 * machine the next key can arrive before the editor has seen the previous caret move: Delete then
 * removed one character fewer than was selected, and a Backspace deleted a letter three places
 * back. The browser's own selection is always current (the caret moved during the previous key),
 * so before the editor handles a key, its selection is replaced by the browser's when they differ.
 */
export function registerKeySelectionSync(editor: LexicalEditor): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing || editor.isComposing()) return;
    const root = editor.getRootElement();
    const dom = root?.ownerDocument.defaultView?.getSelection() ?? null;
    if (!root || !dom || dom.rangeCount === 0) return;
    if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return;
    // A discrete update commits before Lexical's own key handler (and any other listener) runs;
    // when the selections already agree it changes nothing and commits nothing.
    editor.update(
      () => {
        const shown = $createRangeSelectionFromDom(dom, editor);
        const known = $getSelection();
        const same =
          $isRangeSelection(known) &&
          shown !== null &&
          known.anchor.is(shown.anchor) &&
          known.focus.is(shown.focus);
        if (shown && !same) $setSelection(shown);
      },
      {
        discrete: true,
        // The browser already shows this selection: neither set it again nor scroll to it.
        tag: [SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG, KEY_SELECTION_SYNC_TAG],
      },
    );
  };
  return editor.registerRootListener((root, previous) => {
    // Capture phase on the root: before Lexical's key handling on the same element.
    previous?.removeEventListener('keydown', onKeyDown, true);
    root?.addEventListener('keydown', onKeyDown, true);
  });
}
