import { useRef } from 'react';
import { useCodebookStore } from '../state/codebook';
import { Icon } from '../ui/Icon';
import { CodeTreeIcon } from './CodeTreeIcon';

export const CODE_FILTER_ID = 'code-tree-filter';

/** The filter box (fuzzy; keeps each match's ancestors) and the "include subcodes" count toggle. */
export function CodeTreeToolbar({ onLeaveFilter }: { onLeaveFilter: () => void }) {
  const query = useCodebookStore((s) => s.filterQuery);
  const setQuery = useCodebookStore((s) => s.setFilterQuery);
  const includeSubcodes = useCodebookStore((s) => s.includeSubcodes);
  const setIncludeSubcodes = useCodebookStore((s) => s.setIncludeSubcodes);
  const input = useRef<HTMLInputElement>(null);

  return (
    <div className="code-toolbar">
      <div className="code-toolbar__search">
        <Icon name="search" small />
        <input
          ref={input}
          id={CODE_FILTER_ID}
          className="code-toolbar__input"
          type="search"
          placeholder="Filter codes…"
          aria-label="Filter codes"
          aria-controls="code-tree"
          value={query}
          spellCheck={false}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'Enter') {
              event.preventDefault();
              onLeaveFilter();
            } else if (event.key === 'Escape' && query) {
              event.preventDefault();
              setQuery('');
            }
          }}
        />
        {query && (
          <button
            type="button"
            className="icon-btn code-toolbar__clear"
            aria-label="Clear filter"
            title="Clear filter (Esc)"
            onClick={() => {
              setQuery('');
              input.current?.focus();
            }}
          >
            <Icon name="close" small />
          </button>
        )}
      </div>
      <button
        type="button"
        className={includeSubcodes ? 'icon-btn is-on' : 'icon-btn'}
        aria-pressed={includeSubcodes}
        aria-label="Include subcodes in counts"
        title={
          includeSubcodes
            ? 'Counts include subcodes (click to count each code alone)'
            : 'Counts show each code alone (click to include subcodes)'
        }
        onClick={() => setIncludeSubcodes(!includeSubcodes)}
      >
        <CodeTreeIcon name="layers" small />
      </button>
    </div>
  );
}
