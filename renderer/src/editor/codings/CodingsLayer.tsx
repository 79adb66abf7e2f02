import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState, type ReactNode } from 'react';
import { useCodingsStore } from '../../state/codings';
import { useProjectStore } from '../../state/project';
import { CodingStripes } from '../stripes/CodingStripes';
import { CodingHighlightsPlugin } from './CodingHighlightsPlugin';
import { NearViewportBlocks } from './NearViewportBlocks';
import { useCodingNavigation } from './useCodingNavigation';
import './codings.css';

/**
 * The codings of the open source drawn over its text: loads them, lays the stripe margin beside
 * the text (`children`, the editable surface), paints highlights and offers keyboard navigation
 * between codings. Render inside the LexicalComposer of the source.
 */
export function CodingsLayer({ sourceId, children }: { sourceId: string; children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const [blocks] = useState(() => new NearViewportBlocks(editor));
  const { onKeyDown, announcement } = useCodingNavigation(editor);
  // Whose codings are visible depends on who is coding (blind rounds): reload on a switch.
  const currentUserId = useProjectStore((s) => s.currentUser?.id);

  useEffect(() => blocks.start(), [blocks]);

  useEffect(() => {
    void useCodingsStore.getState().load(sourceId);
  }, [sourceId, currentUserId]);

  return (
    // Key events bubble here from the text and from the stripes.
    <div className="coded-text" onKeyDown={onKeyDown}>
      <CodingStripes blocks={blocks} />
      {children}
      <CodingHighlightsPlugin blocks={blocks} />
      <div
        className="visually-hidden"
        role="status"
        aria-live="polite"
        data-testid="coding-announcer"
      >
        {announcement}
      </div>
    </div>
  );
}
