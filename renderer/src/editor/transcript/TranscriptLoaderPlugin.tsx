import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect } from 'react';
import type { SourceDetail } from '../../../../shared/domain/types';
import { $buildTranscript } from './buildTranscript';

/** Loads a source into the editor in one discrete update whenever another source is shown. */
export function TranscriptLoaderPlugin({
  source,
  onLoaded,
}: {
  source: SourceDetail;
  onLoaded: (sourceId: string) => void;
}) {
  const [editor] = useLexicalComposerContext();

  useLayoutEffect(() => {
    editor.update(() => $buildTranscript(source), { discrete: true, tag: 'history-merge' });
    onLoaded(source.id);
  }, [editor, source, onLoaded]);

  return null;
}
