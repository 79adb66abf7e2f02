import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { $rangeOfSelection, $textOfRange } from './documentText';

/** Selected source text: where it is and what it says. */
export interface SelectedText {
  sourceId: string;
  start: number;
  end: number;
  text: string;
}

const lastSelection = new WeakMap<LexicalEditor, RangeSelection>();

/**
 * Remembers the editor's last text selection. Clicking a code in the tree or opening the
 * quick-code palette moves focus (and may clear the editor's selection), but coding applies to
 * what the user had selected in the text.
 */
export function trackSelection(editor: LexicalEditor): () => void {
  return editor.registerUpdateListener(({ editorState }) => {
    const selection = editorState.read(() => $getSelection());
    if ($isRangeSelection(selection)) lastSelection.set(editor, selection.clone());
  });
}

/** The current (or last) text selection in source offsets with its text, or null. */
export function readSelection(editor: LexicalEditor): Omit<SelectedText, 'sourceId'> | null {
  return editor.read(() => {
    const current = $getSelection();
    const selection = $isRangeSelection(current) ? current : lastSelection.get(editor);
    if (!selection) return null;
    // The remembered selection may point at nodes an edit has removed since.
    const anchor = $getNodeByKey(selection.anchor.key);
    const focus = $getNodeByKey(selection.focus.key);
    if (!anchor?.isAttached() || !focus?.isAttached()) return null;
    const range = $rangeOfSelection(selection);
    return range ? { ...range, text: $textOfRange(range) } : null;
  });
}
