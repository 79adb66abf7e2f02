import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useState } from 'react';
import type { SourceDetail } from '../../../shared/domain/types';
import { CodingsLayer } from './codings/CodingsLayer';
import { RevealRangePlugin, type RevealTarget } from './reveal/RevealRangePlugin';
import { SeekPlugin } from './seek/SeekPlugin';
import { TranscriptLoaderPlugin } from './transcript/TranscriptLoaderPlugin';
import { TranscriptParagraphNode } from './transcript/TranscriptParagraphNode';

const initialConfig: InitialConfigType = {
  namespace: 'concord-source',
  nodes: [TranscriptParagraphNode],
  // Read-only until the coding issue adds editing; the text is still selectable.
  editable: false,
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

/** The source document: a Lexical editor with one block per paragraph and a speaker gutter. */
export function SourceEditor({ source, reveal, onSeek }: SourceEditorProps) {
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const onLoaded = useCallback((id: string) => setLoadedId(id), []);
  const target = reveal && reveal.sourceId === loadedId && loadedId === source.id ? reveal : null;

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <CodingsLayer sourceId={source.id}>
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="doc__content"
              aria-label={`Text of ${source.title}`}
              aria-readonly
              spellCheck={false}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </CodingsLayer>
      <TranscriptLoaderPlugin source={source} onLoaded={onLoaded} />
      <SeekPlugin onSeek={onSeek} />
      <RevealRangePlugin target={target} />
    </LexicalComposer>
  );
}
