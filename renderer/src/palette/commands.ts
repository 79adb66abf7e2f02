import { useProjectStore } from '../state/project';
import { useSourcesStore } from '../state/sources';
import { useUiStore } from '../state/ui';
import { USER_SELECTOR_ID } from '../shell/UserSelector';
import { showRetrievalTab } from '../retrieval/showRetrievalTab';
import { codeTreeCommands } from '../codetree/paletteCommands';
import { codingCommands } from '../editor/coding-actions/codingCommands';
import { teamCommands } from '../team/paletteCommands';
import { isActive } from '../team/activeUsers';
import { roundCommands } from '../rounds/paletteCommands';
import { packageCommands } from '../packages/paletteCommands';
import { agreementCommands } from '../agreement/paletteCommands';

export interface Command {
  id: string;
  title: string;
  /** Group shown at the right of the palette row. */
  group: 'Source' | 'Project' | 'View' | 'Coder' | 'Code' | 'Edit' | 'Team' | 'Round';
  /** Written as 'Mod+Shift+F'; shown in the palette and used by the global key handler. */
  shortcut?: string;
  run(): void;
}

/** Commands that exist whenever a project is open, each with its global shortcut. */
export function staticCommands(): Command[] {
  const ui = useUiStore.getState();
  return [
    {
      id: 'import',
      title: 'Import sources…',
      group: 'Project',
      shortcut: 'Mod+I',
      run: () => ui.openImport(),
    },
    {
      id: 'search',
      title: 'Search all sources',
      group: 'View',
      shortcut: 'Mod+Shift+F',
      run: () => ui.requestFocus('search'),
    },
    {
      id: 'theme',
      title: 'Toggle light/dark theme',
      group: 'View',
      shortcut: 'Mod+Shift+L',
      run: () => ui.toggleTheme(),
    },
    {
      id: 'focus-sources',
      title: 'Focus sources list',
      group: 'View',
      shortcut: 'Mod+1',
      run: () => ui.requestFocus('sources'),
    },
    {
      id: 'focus-document',
      title: 'Focus document',
      group: 'View',
      shortcut: 'Mod+2',
      run: () => focusSelector('.doc__content'),
    },
    {
      id: 'focus-participants',
      title: 'Show participants table',
      group: 'View',
      shortcut: 'Mod+3',
      run: () => {
        ui.setBottomTab('participants');
        requestAnimationFrame(() => focusSelector('.grid [data-cell]'));
      },
    },
    {
      id: 'show-search-results',
      title: 'Show search results',
      group: 'View',
      run: () => ui.setBottomTab('search'),
    },
    {
      id: 'show-coded-segments',
      title: 'Show coded segments of a code…',
      group: 'View',
      run: showRetrievalTab,
    },
    {
      id: 'show-audit',
      title: 'Show audit log',
      group: 'View',
      run: () => ui.setBottomTab('audit'),
    },
    {
      id: 'switch-coder',
      title: 'Switch coder…',
      group: 'Coder',
      run: () => focusSelector(`#${USER_SELECTOR_ID}`),
    },
    {
      id: 'close-project',
      title: 'Close project',
      group: 'Project',
      run: () => void useProjectStore.getState().closeProject(),
    },
    ...codeTreeCommands(),
    ...codingCommands(),
    ...teamCommands(),
    ...roundCommands(),
    ...packageCommands(),
    ...agreementCommands(),
  ];
}

/** Commands generated from data: open each source, switch to each coder. */
export function dataCommands(): Command[] {
  const sources = useSourcesStore.getState().sources;
  const { users, currentUser, setCurrentUser } = useProjectStore.getState();
  return [
    ...sources.map<Command>((source) => ({
      id: `open-${source.id}`,
      title: `Open ${source.title}${source.participantPseudonym ? ` (${source.participantPseudonym})` : ''}`,
      group: 'Source',
      run: () => void useSourcesStore.getState().open(source.id),
    })),
    // Active members only, as the title bar's selector offers.
    ...users
      .filter((user) => isActive(user) && user.id !== currentUser?.id)
      .map<Command>((user) => ({
        id: `coder-${user.id}`,
        title: `Switch coder to ${user.name} (${user.role})`,
        group: 'Coder',
        run: () => void setCurrentUser(user.id),
      })),
  ];
}

function focusSelector(selector: string): void {
  document.querySelector<HTMLElement>(selector)?.focus();
}
