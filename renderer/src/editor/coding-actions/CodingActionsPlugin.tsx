import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect } from 'react';
import { createPortal } from 'react-dom';
import { isMac } from '../../lib/keyboard';
import { QuickCodePalette } from '../../quickcode/QuickCodePalette';
import { useQuickCodeStore } from '../../quickcode/quickCodeStore';
import { useCodebookStore } from '../../state/codebook';
import { useCodingsStore } from '../../state/codings';
import { applyCodeToSelection } from './applyCode';
import { codingKeyAction } from './codingKeys';
import { moveSelectedCodingEdge, removeSelectedCoding } from './codingEdits';
import { CodingHandles } from './CodingHandles';
import { MemoPopover } from './MemoPopover';
import { useMemoStore } from './memoStore';
import { trackSelection } from './selectionTracker';
import './codingActions.css';

/**
 * Coding in the source editor: applies codes asked for by the code tree (requestApplyCode) to the
 * text selection, handles the keys that work on the selected coding, and shows quick-code, the
 * memo popover and the drag handles of the selected coding. Render inside the LexicalComposer.
 */
export function CodingActionsPlugin() {
  const [editor] = useLexicalComposerContext();
  const quickCodeOpen = useQuickCodeStore((s) => s.target !== null);
  const memoOpen = useMemoStore((s) => s.codingId !== null);

  useEffect(() => trackSelection(editor), [editor]);

  // The code tree asks for a code to be applied (Apply button, double-click, Ctrl+Enter).
  useEffect(
    () =>
      useCodebookStore.subscribe((state, previous) => {
        const request = state.pendingApplyCodeId;
        if (request && request !== previous.pendingApplyCodeId) {
          void applyCodeToSelection(request.codeId);
        }
      }),
    [],
  );

  // Keys on the selected coding, before Lexical sees them (Alt+Delete must not delete text).
  useEffect(() => {
    let container: HTMLElement | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      const root = editor.getRootElement();
      const inText = root !== null && event.target instanceof Node && root.contains(event.target);
      const action = codingKeyAction(event, inText, isMac);
      if (!action) return;
      if (useCodingsStore.getState().selectedCodingId === null && !event.altKey) return;
      event.preventDefault();
      event.stopPropagation();
      if (action.type === 'remove') void removeSelectedCoding();
      else void moveSelectedCodingEdge(action.edge, action.direction);
    };
    const unregister = editor.registerRootListener((root) => {
      container?.removeEventListener('keydown', onKeyDown, true);
      container = root ? (root.closest<HTMLElement>('.coded-text') ?? root) : null;
      container?.addEventListener('keydown', onKeyDown, true);
    });
    return () => {
      unregister();
      container?.removeEventListener('keydown', onKeyDown, true);
    };
  }, [editor]);

  // Back to the text after a popup, so coding by keyboard continues where it was.
  const refocus = useCallback(() => {
    requestAnimationFrame(() => editor.getRootElement()?.focus({ preventScroll: true }));
  }, [editor]);

  return (
    <>
      <CodingHandles />
      {quickCodeOpen && <QuickCodePalette onClosed={refocus} />}
      {memoOpen && createPortal(<MemoPopover onClosed={refocus} />, document.body)}
    </>
  );
}
