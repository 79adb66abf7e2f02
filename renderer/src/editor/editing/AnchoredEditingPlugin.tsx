import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { EditingSession } from './EditingSession';
import { registerKeySelectionSync } from './keySelectionSync';
import { registerPlainTextInput } from './plainTextInput';

/**
 * Makes the open source editable with its codings anchored to the text (see EditingSession),
 * every key acting on the selection the user sees (see registerKeySelectionSync).
 * Render inside the source's LexicalComposer, before the codings layer, so that codings are
 * moved before anything draws the edited paragraphs.
 */
export function AnchoredEditingPlugin({ sourceId }: { sourceId: string }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => registerPlainTextInput(editor), [editor]);
  useEffect(() => registerKeySelectionSync(editor), [editor]);
  useEffect(() => new EditingSession(editor, sourceId).start(), [editor, sourceId]);

  return null;
}
