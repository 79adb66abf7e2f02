import { useMemo, type ReactNode } from 'react';
import { useProjectStore } from '../state/project';
import { useRetrievalStore } from '../state/retrieval';
import { Icon } from '../ui/Icon';
import {
  AttributeFilterChips,
  type AttributeFilterWording,
} from '../participants/AttributeFilterChips';
import { CodePicker } from './CodePicker';
import { CoderFilter } from './CoderFilter';
import type { CodeOption } from './codeOptions';

const FILTER_WORDING: AttributeFilterWording = {
  label: 'Filter segments by participant attributes',
  title: 'Show only segments of participants with an attribute value',
  start: 'Filter participants',
  add: 'Add filter',
};

/**
 * The controls of the coded-segments tab: which code (and whether with its subcodes), whose
 * codings, which source, which participants; and the export of what they retrieve.
 */
export function RetrievalToolbar({
  options,
  status,
}: {
  options: readonly CodeOption[];
  /** The count summary and export outcome, shown at the end of the filter row. */
  status: ReactNode;
}) {
  const codeId = useRetrievalStore((s) => s.codeId);
  const includeChildren = useRetrievalStore((s) => s.includeChildren);
  const coderIds = useRetrievalStore((s) => s.coderIds);
  const sourceId = useRetrievalStore((s) => s.sourceId);
  const attributeFilter = useRetrievalStore((s) => s.attributeFilter);
  const sources = useRetrievalStore((s) => s.sources);
  const loading = useRetrievalStore((s) => s.loading);
  const exporting = useRetrievalStore((s) => s.exporting);
  const hasSegments = useRetrievalStore((s) => s.segments.length > 0);
  const store = useRetrievalStore.getState();
  const users = useProjectStore((s) => s.users);

  const chosen = useMemo(() => options.find((o) => o.code.id === codeId), [options, codeId]);
  const sortedSources = useMemo(
    () => [...sources].sort((a, b) => a.title.localeCompare(b.title, undefined, { numeric: true })),
    [sources],
  );

  return (
    <div className="retrieval-toolbar">
      <div className="retrieval-toolbar__row">
        <CodePicker
          options={options}
          codeId={codeId}
          onChange={(id) => void store.setCode(id)}
          onOpen={() => void store.loadOptions()}
        />
        <label
          className={['retrieval-toolbar__check', chosen?.hasChildren === false ? 'faint' : '']
            .filter(Boolean)
            .join(' ')}
          title="Also retrieve the segments of every code below this one"
        >
          <input
            type="checkbox"
            checked={includeChildren}
            onChange={(event) => void store.setIncludeChildren(event.target.checked)}
          />
          Include subcodes
        </label>
        <CoderFilter
          users={users}
          coderIds={coderIds}
          onChange={(ids) => void store.setCoderIds(ids)}
        />
        <select
          className="select select--compact retrieval-toolbar__source"
          aria-label="Source"
          value={sourceId ?? ''}
          onChange={(event) => void store.setSourceId(event.target.value || null)}
        >
          <option value="">All sources</option>
          {sortedSources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.title}
            </option>
          ))}
        </select>
        <span className="retrieval-toolbar__spacer" />
        <button
          type="button"
          className="icon-btn"
          aria-label="Refresh segments"
          title="Refresh segments"
          disabled={!codeId || loading}
          onClick={() => void store.refresh()}
        >
          <Icon name="history" small />
        </button>
        <button
          type="button"
          className="btn btn--small"
          disabled={!hasSegments || exporting !== null}
          onClick={() => void store.exportAs('csv')}
          title="Save these segments as a CSV table (one row per segment)"
        >
          <Icon name="upload" small />
          {exporting === 'csv' ? 'Exporting…' : 'Export CSV'}
        </button>
        <button
          type="button"
          className="btn btn--small"
          disabled={!hasSegments || exporting !== null}
          onClick={() => void store.exportAs('markdown')}
          title="Save these segments as a Markdown document grouped by source"
        >
          <Icon name="upload" small />
          {exporting === 'markdown' ? 'Exporting…' : 'Export Markdown'}
        </button>
      </div>
      <div className="retrieval-toolbar__row">
        <AttributeFilterChips
          filter={attributeFilter}
          onChange={(filter) => void store.setAttributeFilter(filter)}
          wording={FILTER_WORDING}
        />
        <span className="retrieval-toolbar__spacer" />
        {status}
      </div>
    </div>
  );
}
