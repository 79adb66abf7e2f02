import { Fragment, useCallback, useEffect, useMemo, useRef } from 'react';
import { filterTree } from '../../../shared/codebook';
import { plural } from '../lib/format';
import { useCodebookStore } from '../state/codebook';
import { useUiStore } from '../state/ui';
import { createCode, updateCode } from './codebookActions';
import { CodeTreeRow, INDENT } from './CodeTreeRow';
import { NameInput } from './NameInput';
import type { TreeCommands } from './treeCommands';
import type { CodeMove } from './treeMoves';
import { useTreeDrag } from './useTreeDrag';
import { treeKeyHandler } from './useTreeKeyboard';
import { draftRowPlacement, visibleRows } from './visibleRows';

export const CODE_TREE_ID = 'code-tree';

/**
 * The code tree as an ARIA tree: one flat list of treeitems with aria-level, so the whole tree is
 * one tab stop (roving tabindex on the current code) and arrows move through it.
 */
export function CodeTree({
  commands,
  onMove,
}: {
  commands: TreeCommands;
  onMove: (move: CodeMove) => void;
}) {
  const codes = useCodebookStore((s) => s.codes);
  const expandedIds = useCodebookStore((s) => s.expandedIds);
  const query = useCodebookStore((s) => s.filterQuery);
  const selectedId = useCodebookStore((s) => s.selectedCodeId);
  const includeSubcodes = useCodebookStore((s) => s.includeSubcodes);
  const ownStats = useCodebookStore((s) => s.ownStats);
  const totalStats = useCodebookStore((s) => s.totalStats);
  const nameDraft = useCodebookStore((s) => s.nameDraft);
  const select = useCodebookStore((s) => s.select);
  const setExpanded = useCodebookStore((s) => s.setExpanded);
  const cancelNameDraft = useCodebookStore((s) => s.cancelNameDraft);
  const focusRequest = useUiStore((s) => s.focusRequest);
  const list = useRef<HTMLUListElement>(null);

  const filtering = query.trim() !== '';
  const { tree, matchedIds } = useMemo(() => filterTree(codes, query), [codes, query]);
  const rows = useMemo(
    () => visibleRows(tree, expandedIds, filtering),
    [tree, expandedIds, filtering],
  );
  const { dragId, dropTarget, rowHandlers, blankHandlers } = useTreeDrag(codes, onMove);

  const focusRow = useCallback(
    (codeId: string) => {
      select(codeId);
      // The row may only render after the selection (e.g. a new code): focus once it is there.
      requestAnimationFrame(() => {
        const row = list.current?.querySelector<HTMLElement>(`[data-code-id="${codeId}"]`);
        row?.focus();
        row?.scrollIntoView({ block: 'nearest' });
      });
    },
    [select],
  );

  // The "Focus code tree" command lands on the current code (or the first one).
  useEffect(() => {
    if (focusRequest?.pane !== 'codes') return;
    const target = selectedId ?? rows[0]?.code.id;
    if (target) focusRow(target);
    else list.current?.focus();
    // Only a new request moves focus, not later changes of rows or selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const selectedVisible = rows.some((row) => row.code.id === selectedId);
  const tabStopId = selectedVisible ? selectedId : (rows[0]?.code.id ?? null);

  const draftPlacement =
    nameDraft?.kind === 'create' ? draftRowPlacement(rows, nameDraft.parentId) : null;
  const finishDraft = (focusId: string | null) => {
    cancelNameDraft();
    const target = focusId ?? selectedId ?? rows[0]?.code.id;
    if (target) focusRow(target);
  };
  const draftRow =
    nameDraft?.kind === 'create' && draftPlacement ? (
      <li
        key={`draft-${nameDraft.serial}`}
        className="tree-row tree-row--draft"
        role="treeitem"
        aria-level={draftPlacement.depth + 1}
        aria-selected={false}
        style={{ paddingLeft: 4 + draftPlacement.depth * INDENT + 18 }}
      >
        <NameInput
          initial=""
          label={nameDraft.parentId ? 'Name of the new subcode' : 'Name of the new code'}
          onSubmit={async (name) => {
            const code = await createCode(name, nameDraft.parentId);
            finishDraft(code.id);
          }}
          onCancel={() => finishDraft(null)}
        />
      </li>
    ) : null;

  const countOf = (codeId: string) =>
    (includeSubcodes ? totalStats : ownStats).get(codeId)?.codings ?? 0;

  return (
    <ul
      ref={list}
      id={CODE_TREE_ID}
      role="tree"
      aria-label="Codes"
      className="code-tree"
      tabIndex={rows.length === 0 ? 0 : -1}
      onKeyDown={(event) =>
        treeKeyHandler({ rows, selectedId, focusRow, setExpanded, commands })(event)
      }
      onDragOver={blankHandlers.onDragOver}
      onDrop={blankHandlers.onDrop}
      onContextMenu={(event) => {
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        commands.openMenu(null, event.clientX, event.clientY);
      }}
    >
      {filtering && rows.length === 0 && (
        <li role="none" className="code-tree__none">
          No code matches “{query.trim()}”.
        </li>
      )}
      {draftPlacement?.afterIndex === -1 && draftRow}
      {rows.map((row, index) => {
        const id = row.code.id;
        const count = countOf(id);
        return (
          <Fragment key={id}>
            <CodeTreeRow
              row={row}
              selected={id === selectedId}
              focusable={id === tabStopId}
              matched={matchedIds.has(id)}
              query={query}
              count={count}
              countTitle={`${plural(count, 'coding')}${includeSubcodes ? ' with subcodes' : ' of this code'}`}
              renaming={nameDraft?.kind === 'rename' && nameDraft.codeId === id}
              dropPosition={dropTarget?.codeId === id ? dropTarget.position : null}
              dragging={dragId === id}
              drag={rowHandlers}
              onSelect={() => select(id)}
              onToggle={() => setExpanded(id, !row.expanded)}
              onApply={() => commands.apply(id)}
              onContextMenu={(event) => {
                event.preventDefault();
                focusRow(id);
                commands.openMenu(id, event.clientX, event.clientY);
              }}
              onRename={async (name) => {
                await updateCode(id, { name });
                finishDraft(id);
              }}
              onCancelRename={() => finishDraft(id)}
            />
            {draftPlacement?.afterIndex === index && draftRow}
          </Fragment>
        );
      })}
    </ul>
  );
}
