import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { SourceSummary } from '../../../shared/domain/types';
import { useSourcesStore, type SourceSort } from '../state/sources';
import { useUiStore } from '../state/ui';
import { Icon } from '../ui/Icon';
import { EmptyState } from '../ui/EmptyState';
import { formatCount, plural } from '../lib/format';

const SORTS: Record<SourceSort, (a: SourceSummary, b: SourceSummary) => number> = {
  title: (a, b) => a.title.localeCompare(b.title, undefined, { numeric: true }),
  participant: (a, b) =>
    (a.participantPseudonym ?? '\uffff').localeCompare(b.participantPseudonym ?? '\uffff') ||
    SORTS.title(a, b),
  words: (a, b) => b.wordCount - a.wordCount,
};

/**
 * The sources as a listbox: arrows move the highlight, Enter or a click opens the source. The open
 * source is marked separately from the keyboard highlight.
 */
export function SourceList() {
  const sources = useSourcesStore((s) => s.sources);
  const selectedId = useSourcesStore((s) => s.selectedId);
  const openId = useSourcesStore((s) => s.openSource?.id ?? null);
  const filtered = useSourcesStore((s) => Object.keys(s.attributeFilter).length > 0);
  const listError = useSourcesStore((s) => s.listError);
  const select = useSourcesStore((s) => s.select);
  const open = useSourcesStore((s) => s.open);
  const openImport = useUiStore((s) => s.openImport);
  const focusRequest = useUiStore((s) => s.focusRequest);
  const sort = useSourcesStore((s) => s.sort);
  const listRef = useRef<HTMLUListElement>(null);

  const sorted = useMemo(() => [...sources].sort(SORTS[sort]), [sources, sort]);

  useEffect(() => {
    if (focusRequest?.pane === 'sources') listRef.current?.focus();
  }, [focusRequest]);

  useEffect(() => {
    if (!selectedId) return;
    listRef.current
      ?.querySelector(`[data-source-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = sorted.findIndex((s) => s.id === selectedId);
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = Math.min(sorted.length - 1, index + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, index === -1 ? 0 : index - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = sorted.length - 1;
    else if ((event.key === 'Enter' || event.key === ' ') && selectedId) {
      event.preventDefault();
      void open(selectedId);
      return;
    }
    const target = next === null ? undefined : sorted[next];
    if (!target) return;
    event.preventDefault();
    select(target.id);
  };

  if (listError) return <p className="message message--error pane__message">{listError}</p>;
  if (sources.length === 0) {
    return filtered ? (
      <EmptyState icon="filter" title="No sources match this filter">
        <p>Remove a filter chip above to see more sources.</p>
      </EmptyState>
    ) : (
      <EmptyState
        icon="import"
        title="No sources yet"
        actions={
          <button type="button" className="btn btn--primary" onClick={() => openImport()}>
            Import transcripts…
          </button>
        }
      >
        <p>
          Import interview transcripts or field notes: text, Word, subtitle files and exports of
          transcription services. You can also drop files onto the window.
        </p>
      </EmptyState>
    );
  }

  return (
    <ul
      ref={listRef}
      className="list list--sources"
      role="listbox"
      aria-labelledby="sources-heading"
      aria-activedescendant={selectedId ? `source-${selectedId}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {sorted.map((source) => (
        <li
          key={source.id}
          id={`source-${source.id}`}
          data-source-id={source.id}
          role="option"
          aria-selected={source.id === selectedId}
          className={[
            'list__row',
            'source-row',
            source.id === selectedId ? 'is-selected' : '',
            source.id === openId ? 'is-open' : '',
          ].join(' ')}
          onClick={() => void open(source.id)}
        >
          <span
            className="source-row__kind"
            title={source.kind === 'interview' ? 'Interview transcript' : 'Field notes'}
          >
            <Icon
              name={source.kind === 'interview' ? 'interview' : 'notes'}
              label={source.kind === 'interview' ? 'Interview' : 'Field notes'}
            />
          </span>
          <span className="source-row__main">
            <span className="source-row__title">{source.title}</span>
            <span className="source-row__meta">
              {source.participantPseudonym ?? <span className="faint">No participant</span>}
            </span>
          </span>
          <span className="source-row__words num" title={plural(source.wordCount, 'word')}>
            {formatCount(source.wordCount)}
          </span>
        </li>
      ))}
    </ul>
  );
}
