import { useEffect } from 'react';
import type { SourceDetail } from '../../../shared/domain/types';
import { useSourcesStore } from '../state/sources';
import { useUiStore } from '../state/ui';
import { SourceEditor } from '../editor/SourceEditor';
import { EmptyState } from '../ui/EmptyState';
import { shortcutLabel } from '../lib/keyboard';
import { DocumentHeader } from './DocumentHeader';

/** Sources without speakers or timestamps (e.g. field notes) use the full width for text. */
function hasGutter(source: SourceDetail): boolean {
  return source.turns.some((turn) => turn.speaker !== null || turn.timeMs !== null);
}

/** The centre pane: the open source's header and its text. */
export function DocumentPane() {
  const source = useSourcesStore((s) => s.openSource);
  const loading = useSourcesStore((s) => s.openLoading);
  const error = useSourcesStore((s) => s.openError);
  const reveal = useSourcesStore((s) => s.reveal);
  const seek = useUiStore((s) => s.seek);
  const resetMedia = useUiStore((s) => s.resetMedia);
  const sourceId = source?.id;

  // The media time belongs to one source's recording.
  useEffect(() => resetMedia(), [sourceId, resetMedia]);

  if (error) {
    return <p className="message message--error pane__message">{error}</p>;
  }
  if (!source) {
    return (
      <EmptyState icon="interview" title={loading ? 'Opening…' : 'No source open'}>
        {!loading && (
          <p>
            Choose a source in the list on the left (arrow keys and Enter work too), search all
            sources with <kbd>{shortcutLabel('Mod+Shift+F')}</kbd>, or open any command with{' '}
            <kbd>{shortcutLabel('Mod+K')}</kbd>.
          </p>
        )}
      </EmptyState>
    );
  }

  return (
    <div className="doc" data-pane="document" aria-busy={loading}>
      <DocumentHeader source={source} />
      <div className="doc__scroll" tabIndex={-1}>
        <article
          className={hasGutter(source) ? 'doc__page' : 'doc__page doc__page--no-gutter'}
          key={source.id}
        >
          <SourceEditor source={source} reveal={reveal} onSeek={seek} />
        </article>
      </div>
    </div>
  );
}
