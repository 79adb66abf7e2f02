import { useProjectStore } from '../state/project';
import { useUiStore, systemPrefersDark } from '../state/ui';
import { SearchBox } from '../search/SearchBox';
import { Icon } from '../ui/Icon';
import { shortcutLabel } from '../lib/keyboard';
import { UserSelector } from './UserSelector';
import { RoundIndicator } from '../rounds/RoundIndicator';

/** Project name, search, import, command palette, current coder and theme. */
export function TitleBar() {
  const project = useProjectStore((s) => s.project);
  const theme = useUiStore((s) => s.theme);
  const toggleTheme = useUiStore((s) => s.toggleTheme);
  const openImport = useUiStore((s) => s.openImport);
  const setPaletteOpen = useUiStore((s) => s.setPaletteOpen);
  const dark = theme === 'dark' || (theme === 'system' && systemPrefersDark());

  return (
    <header className="titlebar">
      <div className="titlebar__brand">
        <span className="titlebar__logo" aria-hidden>
          C
        </span>
        <span className="titlebar__project" title={project?.path}>
          {project?.name ?? 'Concord'}
        </span>
      </div>
      <div className="titlebar__center">
        <SearchBox />
      </div>
      <div className="titlebar__actions">
        <button
          type="button"
          className="btn btn--small"
          onClick={() => openImport()}
          title={`Import sources (${shortcutLabel('Mod+I')})`}
        >
          <Icon name="import" small /> Import
        </button>
        <button
          type="button"
          className="icon-btn"
          aria-label="Command palette"
          title={`Command palette (${shortcutLabel('Mod+K')})`}
          onClick={() => setPaletteOpen(true)}
        >
          <Icon name="command" />
        </button>
        <button
          type="button"
          className="icon-btn"
          aria-label={dark ? 'Switch to light theme' : 'Switch to dark theme'}
          title={`${dark ? 'Light' : 'Dark'} theme (${shortcutLabel('Mod+Shift+L')})`}
          onClick={toggleTheme}
        >
          <Icon name={dark ? 'sun' : 'moon'} />
        </button>
        <span className="titlebar__divider" aria-hidden />
        <UserSelector />
        <RoundIndicator />
      </div>
    </header>
  );
}
