import { useRef, type KeyboardEvent } from 'react';
import { useUiStore, type BottomTab } from '../state/ui';
import { useSearchStore } from '../state/search';
import { SearchResults } from '../search/SearchResults';
import { RetrievalPanel } from '../retrieval/RetrievalPanel';
import { AuditLog } from '../audit/AuditLog';
import { AgreementPanel } from '../agreement/AgreementPanel';
import { ParticipantTable } from '../participants/ParticipantTable';
import { Icon, type IconName } from '../ui/Icon';

const TABS: { id: BottomTab; label: string; icon: IconName }[] = [
  { id: 'search', label: 'Search results', icon: 'search' },
  { id: 'segments', label: 'Coded segments', icon: 'notes' },
  { id: 'agreement', label: 'Agreement', icon: 'table' },
  { id: 'participants', label: 'Participants', icon: 'table' },
  { id: 'audit', label: 'Audit log', icon: 'history' },
];

/** The results pane: tabs for search results, the participants table and the audit log. */
export function BottomPane() {
  const tab = useUiStore((s) => s.bottomTab);
  const setTab = useUiStore((s) => s.setBottomTab);
  const collapsed = useUiStore((s) => s.bottomCollapsed);
  const setCollapsed = useUiStore((s) => s.setBottomCollapsed);
  const hitCount = useSearchStore((s) => s.hits.reduce((n, hit) => n + hit.totalMatches, 0));
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === tab);
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = TABS[(index + delta + TABS.length) % TABS.length];
    if (!next) return;
    setTab(next.id);
    tabRefs.current[next.id]?.focus();
  };

  return (
    <div className="pane__column">
      <div className="tabs">
        <div className="tabs__list" role="tablist" aria-label="Results" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`tabpanel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              className="tabs__tab"
              onClick={() => setTab(t.id)}
            >
              <Icon name={t.icon} small />
              {t.label}
              {t.id === 'search' && hitCount > 0 && (
                <span className="badge badge--accent num">{hitCount}</span>
              )}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="icon-btn"
          aria-label={collapsed ? 'Expand results pane' : 'Collapse results pane'}
          title={collapsed ? 'Expand results pane' : 'Collapse results pane'}
          onClick={() => setCollapsed(!collapsed)}
        >
          <Icon name={collapsed ? 'chevronRight' : 'chevronDown'} />
        </button>
      </div>
      {!collapsed && (
        <div
          className="tabs__panel"
          role="tabpanel"
          id={`tabpanel-${tab}`}
          aria-labelledby={`tab-${tab}`}
        >
          {tab === 'search' && <SearchResults />}
          {tab === 'segments' && <RetrievalPanel />}
          {tab === 'agreement' && <AgreementPanel />}
          {tab === 'participants' && <ParticipantTable />}
          {tab === 'audit' && <AuditLog />}
        </div>
      )}
    </div>
  );
}
