import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Id } from '../../../shared/domain/types';
import { errorMessage } from '../lib/errors';
import { shortcutLabel } from '../lib/keyboard';
import { showStatus } from '../history/status';
import { StatusToast } from '../history/StatusToast';
import { useUndoStore } from '../history/undo';
import { useUndoShortcuts } from '../history/useUndoShortcuts';
import { requestApplyCode, useCodebookStore } from '../state/codebook';
import { useProjectStore } from '../state/project';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { PaneHeader } from '../ui/PaneHeader';
import { CodeDetails } from './CodeDetails';
import { CodeDialogs, type OpenCodeDialog } from './CodeDialogs';
import { codeMenuItems } from './codeMenuItems';
import { CodeTree, CODE_TREE_ID } from './CodeTree';
import { CodeTreeIcon } from './CodeTreeIcon';
import { CodeTreeToolbar } from './CodeTreeToolbar';
import { moveCode } from './codebookActions';
import { ContextMenu } from './ContextMenu';
import { CurrentCodeBar } from './CurrentCodeBar';
import type { TreeCommands } from './treeCommands';
import { keyboardMove, type CodeMove } from './treeMoves';
import { UndoRedoButtons } from './UndoRedoButtons';

interface OpenMenu {
  codeId: Id | null;
  x: number;
  y: number;
}

/** Focuses a code's row (or the tree) once React has rendered it. */
function focusTreeRow(codeId: Id | null): void {
  requestAnimationFrame(() => {
    const tree = document.getElementById(CODE_TREE_ID);
    const row =
      (codeId && tree?.querySelector<HTMLElement>(`[data-code-id="${codeId}"]`)) ||
      tree?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]') ||
      tree;
    row?.focus();
  });
}

/**
 * The code tree pane: toolbar, the tree, the current code with Apply, its details, the context
 * menu and the codebook dialogs. It also owns the window's undo/redo keys and status line, as
 * the pane is always present while a project is open.
 */
export function CodeTreePanel() {
  const codes = useCodebookStore((s) => s.codes);
  const loaded = useCodebookStore((s) => s.loaded);
  const loadError = useCodebookStore((s) => s.loadError);
  const selectedId = useCodebookStore((s) => s.selectedCodeId);
  const detailsOpen = useCodebookStore((s) => s.detailsOpen);
  const currentUserId = useProjectStore((s) => s.currentUser?.id);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [dialog, setDialog] = useState<OpenCodeDialog | null>(null);
  const selected = codes.find((code) => code.id === selectedId) ?? null;

  useUndoShortcuts();

  useEffect(() => {
    const store = useCodebookStore.getState();
    store.reset();
    void store.load();
  }, []);

  // Undo history is per coder: switching coder changes what Undo would do.
  useEffect(() => {
    void useUndoStore.getState().refresh();
  }, [currentUserId]);

  const onMove = useCallback((move: CodeMove) => {
    moveCode(move)
      .then(() => focusTreeRow(move.id))
      .catch((error: unknown) => showStatus(errorMessage(error), 'error'));
  }, []);

  const commands = useMemo<TreeCommands>(() => {
    const store = () => useCodebookStore.getState();
    return {
      newCode(parentId) {
        // The input row appears in place in the tree, so the whole tree must show.
        if (store().filterQuery) store().setFilterQuery('');
        store().startCreate(parentId);
      },
      rename(codeId) {
        store().select(codeId);
        store().startRename(codeId);
      },
      openDetails(codeId) {
        store().select(codeId);
        store().setDetailsOpen(true);
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>('.code-details input')?.focus(),
        );
      },
      apply(codeId) {
        requestApplyCode(codeId);
      },
      openDialog({ kind, codeId }) {
        const code = store().codes.find((c) => c.id === codeId);
        if (code) setDialog({ kind, code });
      },
      move(codeId, direction) {
        const move = keyboardMove(store().codes, codeId, direction);
        if (move) onMove(move);
      },
      openMenu(codeId, x, y) {
        setMenu({ codeId, x, y });
      },
    };
  }, [onMove]);

  const closeMenu = useCallback(() => setMenu(null), []);
  const canMoveCode = (codeId: Id, direction: Parameters<typeof keyboardMove>[2]) =>
    keyboardMove(codes, codeId, direction) !== null;

  const headerActions = (
    <>
      <button
        type="button"
        className="icon-btn"
        aria-label="New code"
        title={`New top-level code (${shortcutLabel('Mod+Shift+N')})`}
        onClick={() => commands.newCode(null)}
      >
        <CodeTreeIcon name="newCode" small />
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label="New subcode"
        title={`New subcode of the current code (${shortcutLabel('Mod+N')} or Insert)`}
        disabled={!selected}
        onClick={() => selected && commands.newCode(selected.id)}
      >
        <CodeTreeIcon name="subcode" small />
      </button>
      <span className="pane-header__divider" aria-hidden />
      <UndoRedoButtons />
    </>
  );

  const hasCodes = codes.length > 0;
  const creatingFirst = useCodebookStore((s) => s.nameDraft?.kind === 'create');

  return (
    <div className="pane__column code-pane" data-pane="codes">
      <PaneHeader
        title="Code tree"
        count={loaded ? codes.length : undefined}
        actions={headerActions}
      />
      {loadError && (
        <p className="message message--error code-pane__error" role="alert">
          <Icon name="alert" small /> Could not load the codebook: {loadError}
        </p>
      )}
      {hasCodes && <CodeTreeToolbar onLeaveFilter={() => focusTreeRow(selectedId)} />}
      {hasCodes || creatingFirst ? (
        <CodeTree commands={commands} onMove={onMove} />
      ) : (
        loaded && (
          <EmptyState
            icon="tree"
            title="No codes yet"
            actions={
              <button
                type="button"
                className="btn btn--primary"
                onClick={() => commands.newCode(null)}
              >
                <Icon name="plus" small /> Add the first code
              </button>
            }
          >
            <p>
              The codebook is the hierarchy of codes your team applies to passages: each with a
              definition, inclusion and exclusion criteria and a colour.
            </p>
            <p>
              Add a code with the button below or {shortcutLabel('Mod+Shift+N')}; then select a code
              and press {shortcutLabel('Mod+N')} for a subcode, F2 to rename, Alt+arrows to move it.
            </p>
          </EmptyState>
        )
      )}
      {selected && (
        <CurrentCodeBar
          code={selected}
          detailsOpen={detailsOpen}
          onApply={() => commands.apply(selected.id)}
          onToggleDetails={() => useCodebookStore.getState().setDetailsOpen(!detailsOpen)}
        />
      )}
      {selected && detailsOpen && (
        <CodeDetails
          key={selected.id}
          code={selected}
          onClose={() => {
            useCodebookStore.getState().setDetailsOpen(false);
            focusTreeRow(selected.id);
          }}
        />
      )}
      {menu && (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          label={menu.codeId ? 'Code actions' : 'Code tree actions'}
          items={codeMenuItems(menu.codeId, commands, canMoveCode)}
          onClose={(restoreFocus) => {
            closeMenu();
            if (restoreFocus) focusTreeRow(menu.codeId);
          }}
        />
      )}
      <CodeDialogs
        dialog={dialog}
        onClose={() => {
          setDialog(null);
          focusTreeRow(useCodebookStore.getState().selectedCodeId);
        }}
      />
      <StatusToast />
    </div>
  );
}
