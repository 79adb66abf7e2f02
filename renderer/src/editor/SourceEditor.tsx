import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useState } from 'react';
import type { SourceDetail } from '../../../shared/domain/types';
import { CodingActionsPlugin } from './coding-actions/CodingActionsPlugin';
import { CodingsLayer } from './codings/CodingsLayer';
import { AnchoredEditingPlugin } from './editing/AnchoredEditingPlugin';
import { RevealRangePlugin, type RevealTarget } from './reveal/RevealRangePlugin';
import { SeekPlugin } from './seek/SeekPlugin';
import { TranscriptLoaderPlugin } from './transcript/TranscriptLoaderPlugin';
import { EDITOR_NODES } from './editorNodes';

const initialConfig: InitialConfigType = {
  namespace: 'concord-source',
  nodes: [...EDITOR_NODES],
  // Editable: every change becomes text edits with codings anchored (AnchoredEditingPlugin).
  // There is deliberately no HistoryPlugin: undo is the core's, one stack for text and coding.
  editable: true,
  theme: { text: { bold: 'doc-bold', italic: 'doc-italic' } },
  onError(error) {
    throw error;
  },
};

export interface SourceEditorProps {
  source: SourceDetail;
  /** Range to reveal once this source is shown (ignored while it refers to another source). */
  reveal: (RevealTarget & { sourceId: string }) | null;
  onSeek: (timeMs: number) => void;
}

/**
 * The source document: a Lexical editor with one block per paragraph and a speaker gutter, whose
 * text can be corrected with codings anchored to it, and coded from the keyboard or the tree.
 */
export function SourceEditor({ source, reveal, onSeek }: SourceEditorProps) {
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const onLoaded = useCallback((id: string) => setLoadedId(id), []);
  const target = reveal && reveal.sourceId === loadedId && loadedId === source.id ? reveal : null;

  return (
    <LexicalComposer initialConfig={initialConfig}>
      {/* Before the codings layer: codings move with an edit before anything redraws. */}
      <AnchoredEditingPlugin sourceId={source.id} />
      <CodingsLayer sourceId={source.id}>
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="doc__content"
              aria-label={`Text of ${source.title}`}
              spellCheck={false}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </CodingsLayer>
      <TranscriptLoaderPlugin source={source} onLoaded={onLoaded} />
      <SeekPlugin onSeek={onSeek} />
      <RevealRangePlugin target={target} />
      <CodingActionsPlugin />
    </LexicalComposer>
  );
}
