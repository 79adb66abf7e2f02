import {
  $getRoot,
  HISTORY_MERGE_TAG,
  type EditorState,
  type LexicalEditor,
  type UpdateListenerPayload,
} from 'lexical';
import { remapTurns } from '../../../../shared/anchoring';
import { LOAD_TAG } from '../editing/shownDocument';
import { readEdits } from '../editing/readEdits';
import { $applyGutterChanges, $gutterChanges } from './syncGutters';
import { labelsMayMove } from './labelsMayMove';
import { setShownTurns, shownTurns } from './shownTurns';

/** Tag of the update that redraws gutters: it changes no text. */
export const GUTTER_TAG = 'concord-turn-gutter';

/**
 * Makes the speaker gutter of `editor` follow text edits. Every edit moves the source's speaker
 * turns (set with setShownTurns when the text is loaded) as the core will when it stores the
 * edit, and each paragraph then shows the label and timestamp the moved turns give it, so
 * splitting or joining paragraphs moves the labels at once, as a reload would show them.
 */
export function registerTurnGutter(editor: LexicalEditor): () => void {
  return editor.registerUpdateListener((payload) => followEdits(editor, payload));
}

function followEdits(
  editor: LexicalEditor,
  { editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }: UpdateListenerPayload,
): void {
  // A load brings its own turns (TranscriptLoaderPlugin). A gutter update is not skipped by its
  // tag: an edit Lexical batched into it must still move the turns (it reads as no edit alone).
  if (tags.has(LOAD_TAG)) return;
  if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
  const turns = shownTurns(editor);
  if (!turns || prevEditorState.isEmpty()) return;
  const edits = readEdits(prevEditorState, editorState, dirtyElements);
  if (edits.length === 0) return;
  // The text is assembled only where an edit makes two turns meet, never for plain typing.
  const moved = remapTurns(turns, edits, () => textOf(prevEditorState));
  setShownTurns(editor, moved);
  const paragraphsChanged =
    prevEditorState.read(() => $getRoot().getChildrenSize()) !==
    editorState.read(() => $getRoot().getChildrenSize());
  if (!labelsMayMove(turns, moved, edits, paragraphsChanged)) return;
  if (editorState.read(() => $gutterChanges(moved)).length === 0) return;
  // Lexical queues this behind the edit's update and, being discrete, commits it before anything
  // else can join it: the gutter is right in the frame that shows the edit. The changes are
  // found again on the state the update starts from.
  editor.update(() => $applyGutterChanges($gutterChanges(moved)), {
    discrete: true,
    tag: [HISTORY_MERGE_TAG, GUTTER_TAG],
  });
}

/** The source text a state shows: its paragraphs joined by '\n'. */
function textOf(state: EditorState): string {
  return state.read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent())
      .join('\n'),
  );
}
