import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useLayoutEffect } from 'react';
import type { SourceDetail } from '../../../../shared/domain/types';
import { LOAD_TAG, setShownDocument, shownDocument } from '../editing/shownDocument';
import { $buildTranscript } from './buildTranscript';
import { setShownTurns } from './shownTurns';
import { TurnGutterPlugin } from './TurnGutterPlugin';

/**
 * Loads a source into the editor in one discrete update whenever another source, or another
 * revision of its text, is to be shown, with its speaker turns (which TurnGutterPlugin then moves
 * through the user's edits). The text the user is editing is already in the editor
 * (its revision advances as the core confirms the edits), so it is never rebuilt from an older
 * copy.
 */
export function TranscriptLoaderPlugin({
  source,
  onLoaded,
}: {
  source: SourceDetail;
  onLoaded: (sourceId: string) => void;
}) {
  const [editor] = useLexicalComposerContext();

  useLayoutEffect(() => {
    const revision = source.revision ?? 0;
    const shown = shownDocument(editor);
    if (shown?.sourceId !== source.id || shown.revision !== revision) {
      editor.update(() => $buildTranscript(source), {
        discrete: true,
        tag: [HISTORY_MERGE_TAG, LOAD_TAG],
      });
      setShownDocument(editor, { sourceId: source.id, revision });
      setShownTurns(editor, source.turns);
    }
    onLoaded(source.id);
  }, [editor, source, onLoaded]);

  // The turns loaded here move with every edit; the gutter follows them.
  return <TurnGutterPlugin />;
}
