import { useSearchStore } from '../state/search';
import { useSourcesStore } from '../state/sources';
import { useUiStore } from '../state/ui';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { plural } from '../lib/format';
import { shortcutLabel } from '../lib/keyboard';

/** Search hits grouped by source, each in context; clicking a hit opens the source at it. */
export function SearchResults() {
  const hits = useSearchStore((s) => s.hits);
  const searchedQuery = useSearchStore((s) => s.searchedQuery);
  const searching = useSearchStore((s) => s.searching);
  const error = useSearchStore((s) => s.error);
  const open = useSourcesStore((s) => s.open);
  const requestFocus = useUiStore((s) => s.requestFocus);

  if (error) return <p className="message message--error pane__message">{error}</p>;
  if (!searchedQuery) {
    return (
      <EmptyState
        icon="search"
        title="Search every source"
        actions={
          <button type="button" className="btn btn--small" onClick={() => requestFocus('search')}>
            Start a search
          </button>
        }
      >
        <p>
          Type in the search box above (<kbd>{shortcutLabel('Mod+Shift+F')}</kbd>) and press Enter.
          Hits appear here in context; click one to jump to it in the transcript.
        </p>
      </EmptyState>
    );
  }
  if (hits.length === 0) {
    return (
      <EmptyState icon="search" title={`No matches for “${searchedQuery}”`}>
        <p>Try fewer or shorter words.</p>
      </EmptyState>
    );
  }

  const total = hits.reduce((n, hit) => n + hit.totalMatches, 0);

  return (
    <div className="search-results" aria-busy={searching}>
      <p className="search-results__summary">
        {plural(total, 'match', 'matches')} for <strong>“{searchedQuery}”</strong> in{' '}
        {plural(hits.length, 'source')}
      </p>
      {hits.map((hit) => (
        <section key={hit.sourceId} className="hit-group" aria-label={hit.title}>
          <h3 className="hit-group__title">
            <Icon name="interview" small />
            <span>{hit.title}</span>
            {hit.participantPseudonym && (
              <span className="muted">· {hit.participantPseudonym}</span>
            )}
            <span className="badge num">{hit.totalMatches}</span>
          </h3>
          <ul className="hit-group__list">
            {hit.matches.map((match) => (
              <li key={match.offset}>
                <button
                  type="button"
                  className="hit"
                  data-offset={match.offset}
                  onClick={() =>
                    void open(hit.sourceId, {
                      start: match.offset,
                      end: match.offset + match.length,
                    })
                  }
                >
                  <span className="hit__before">{match.before}</span>
                  <mark className="hit__match">{match.match}</mark>
                  <span className="hit__after">{match.after}</span>
                </button>
              </li>
            ))}
            {hit.totalMatches > hit.matches.length && (
              <li className="hit-group__more faint">
                and {plural(hit.totalMatches - hit.matches.length, 'more match', 'more matches')}
              </li>
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}
