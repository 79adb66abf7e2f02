import type { DragEvent, MouseEvent } from 'react';
import { fuzzyMatch } from '../../../shared/codebook';
import { formatCount, plural } from '../lib/format';
import { shortcutLabel } from '../lib/keyboard';
import { Icon } from '../ui/Icon';
import { CodeTreeIcon } from './CodeTreeIcon';
import { HighlightedText } from './HighlightedText';
import { NameInput } from './NameInput';
import type { DropPosition } from './treeMoves';
import type { TreeRow } from './visibleRows';

/** Indentation per level, in px. */
export const INDENT = 14;

export interface RowDragHandlers {
  onDragStart(event: DragEvent<HTMLElement>, codeId: string): void;
  onDragOver(event: DragEvent<HTMLElement>, codeId: string): void;
  onDrop(event: DragEvent<HTMLElement>, codeId: string): void;
  onDragEnd(): void;
}

/** One treeitem: disclosure chevron, colour swatch, name (matched letters marked), count, Apply. */
export function CodeTreeRow({
  row,
  selected,
  focusable,
  matched,
  query,
  count,
  countTitle,
  renaming,
  dropPosition,
  dragging,
  drag,
  onSelect,
  onToggle,
  onApply,
  onContextMenu,
  onRename,
  onCancelRename,
}: {
  row: TreeRow;
  selected: boolean;
  /** The one row in the tab order (roving tabindex). */
  focusable: boolean;
  /** Whether the row matched the filter (rather than being kept as a match's ancestor). */
  matched: boolean;
  query: string;
  count: number;
  countTitle: string;
  renaming: boolean;
  dropPosition: DropPosition | null;
  dragging: boolean;
  drag: RowDragHandlers;
  onSelect(): void;
  onToggle(): void;
  onApply(): void;
  onContextMenu(event: MouseEvent<HTMLElement>): void;
  onRename(name: string): Promise<void>;
  onCancelRename(): void;
}) {
  const { code } = row;
  const positions = matched && query.trim() ? (fuzzyMatch(query, code.name)?.positions ?? []) : [];
  const className = [
    'tree-row',
    selected && 'is-selected',
    query.trim() && !matched && 'is-context',
    dragging && 'is-dragging',
    dropPosition && `is-drop-${dropPosition}`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li
      role="treeitem"
      id={`code-row-${code.id}`}
      data-code-id={code.id}
      aria-level={row.depth + 1}
      aria-setsize={row.siblingCount}
      aria-posinset={row.position}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      aria-label={`${code.name}, ${plural(count, 'coding')}`}
      tabIndex={focusable ? 0 : -1}
      className={className}
      style={{ paddingLeft: 4 + row.depth * INDENT }}
      draggable={!renaming}
      onDragStart={(event) => drag.onDragStart(event, code.id)}
      onDragOver={(event) => drag.onDragOver(event, code.id)}
      onDrop={(event) => drag.onDrop(event, code.id)}
      onDragEnd={drag.onDragEnd}
      onClick={onSelect}
      onDoubleClick={(event) => {
        if ((event.target as HTMLElement).closest('.tree-row__toggle, input')) return;
        onApply();
      }}
      onContextMenu={onContextMenu}
    >
      <span
        className={row.hasChildren ? 'tree-row__toggle' : 'tree-row__toggle is-leaf'}
        aria-hidden
        onClick={(event) => {
          event.stopPropagation();
          if (row.hasChildren) onToggle();
          onSelect();
        }}
      >
        {row.hasChildren && <Icon name={row.expanded ? 'chevronDown' : 'chevronRight'} small />}
      </span>
      <span className="code-swatch" style={{ background: code.color }} aria-hidden />
      {renaming ? (
        <NameInput
          initial={code.name}
          label={`New name for ${code.name}`}
          onSubmit={onRename}
          onCancel={onCancelRename}
        />
      ) : (
        <span className="tree-row__name">
          <HighlightedText text={code.name} positions={positions} />
        </span>
      )}
      {!renaming && (
        <>
          <button
            type="button"
            className="icon-btn tree-row__apply"
            tabIndex={-1}
            aria-label={`Apply ${code.name} to the selected text`}
            title={`Apply “${code.name}” to the selected text (${shortcutLabel('Mod+Enter')}, or double-click)`}
            onClick={(event) => {
              event.stopPropagation();
              onApply();
            }}
          >
            <CodeTreeIcon name="apply" small />
          </button>
          <span className="tree-row__count num" title={countTitle} aria-hidden>
            {formatCount(count)}
          </span>
        </>
      )}
    </li>
  );
}
