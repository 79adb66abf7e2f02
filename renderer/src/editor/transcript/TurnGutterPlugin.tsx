import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerTurnGutter } from './turnGutter';

/**
 * Keeps the speaker gutter in step with text edits (see registerTurnGutter). Render inside the
 * source's LexicalComposer; TranscriptLoaderPlugin does.
 */
export function TurnGutterPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerTurnGutter(editor), [editor]);
  return null;
}
