import { useSourcesStore, type SourceSort } from '../state/sources';
import { useUiStore } from '../state/ui';
import { PaneHeader } from '../ui/PaneHeader';
import { Icon } from '../ui/Icon';
import { shortcutLabel } from '../lib/keyboard';
import { SourceFilterBar } from './SourceFilterBar';
import { SourceList } from './SourceList';

/** Left pane, upper part: the filter bar and the list of sources. */
export function SourcesPanel() {
  const count = useSourcesStore((s) => s.sources.length);
  const openImport = useUiStore((s) => s.openImport);
  const sort = useSourcesStore((s) => s.sort);
  const setSort = useSourcesStore((s) => s.setSort);

  return (
    <div className="pane__column" data-pane="sources">
      <PaneHeader
        title="Sources"
        id="sources-heading"
        count={count}
        actions={
          <>
            <select
              className="select select--compact select--bare"
              value={sort}
              onChange={(event) => setSort(event.target.value as SourceSort)}
              aria-label="Sort sources"
              title="Sort sources"
            >
              <option value="title">By title</option>
              <option value="participant">By participant</option>
              <option value="words">By length</option>
            </select>
            <button
              type="button"
              className="icon-btn"
              aria-label="Import sources"
              title={`Import sources (${shortcutLabel('Mod+I')})`}
              onClick={() => openImport()}
            >
              <Icon name="plus" />
            </button>
          </>
        }
      />
      <SourceFilterBar />
      <SourceList />
    </div>
  );
}
