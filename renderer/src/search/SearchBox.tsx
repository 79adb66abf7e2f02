import { useEffect, useRef } from 'react';
import { useSearchStore } from '../state/search';
import { useUiStore } from '../state/ui';
import { Icon } from '../ui/Icon';
import { shortcutLabel } from '../lib/keyboard';

/** Full-text search over all sources (Ctrl+Shift+F); Enter searches, Escape clears. */
export function SearchBox() {
  const query = useSearchStore((s) => s.query);
  const setQuery = useSearchStore((s) => s.setQuery);
  const run = useSearchStore((s) => s.run);
  const clear = useSearchStore((s) => s.clear);
  const setBottomTab = useUiStore((s) => s.setBottomTab);
  const focusRequest = useUiStore((s) => s.focusRequest);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRequest?.pane === 'search') {
      input.current?.focus();
      input.current?.select();
    }
  }, [focusRequest]);

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        setBottomTab('search');
        void run();
      }}
    >
      <Icon name="search" small />
      <input
        ref={input}
        type="search"
        className="search-box__input"
        placeholder="Search all sources"
        aria-label="Search all sources"
        title={`Search all sources (${shortcutLabel('Mod+Shift+F')})`}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            clear();
          }
        }}
      />
      <kbd className="search-box__kbd">{shortcutLabel('Mod+Shift+F')}</kbd>
    </form>
  );
}
