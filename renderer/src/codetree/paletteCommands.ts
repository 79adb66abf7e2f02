import { performRedo, performUndo, useUndoStore } from '../history/undo';
import type { Command } from '../palette/commands';
import { useCodebookStore } from '../state/codebook';
import { useUiStore } from '../state/ui';

/**
 * The code tree's palette commands. Undo and Redo carry no `shortcut` here on purpose: the global
 * command keys also fire inside text fields, whose own Ctrl+Z must keep working; the history's
 * own key handler (useUndoShortcuts) knows when to leave the key alone.
 */
export function codeTreeCommands(): Command[] {
  const undo = useUndoStore.getState().state;
  return [
    {
      id: 'new-code',
      title: 'New code',
      group: 'Code',
      run: () => {
        const codebook = useCodebookStore.getState();
        codebook.setFilterQuery('');
        codebook.startCreate(null);
      },
    },
    {
      id: 'focus-codes',
      title: 'Focus code tree',
      group: 'View',
      shortcut: 'Mod+4',
      run: () => useUiStore.getState().requestFocus('codes'),
    },
    {
      id: 'undo',
      title: undo.undoLabel ?? 'Undo (nothing to undo)',
      group: 'Edit',
      run: () => void performUndo(),
    },
    {
      id: 'redo',
      title: undo.redoLabel ?? 'Redo (nothing to redo)',
      group: 'Edit',
      run: () => void performRedo(),
    },
  ];
}
