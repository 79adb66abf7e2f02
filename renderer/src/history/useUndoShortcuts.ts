import { useEffect } from 'react';
import { isTextEntry } from '../lib/keyboard';
import { matchesShortcut } from '../palette/shortcuts';
import { performRedo, performUndo } from './undo';

export const UNDO_SHORTCUT = 'Mod+Z';
export const REDO_SHORTCUTS = ['Mod+Shift+Z', 'Mod+Y'] as const;

/**
 * Window-wide Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y for the project's undo history. Text fields and the
 * editor's own editable text keep their native undo: the shortcut acts only when focus is not in
 * text entry (the editor calls performUndo itself where it wants project undo). Modal dialogs
 * keep their keys too.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const undo = matchesShortcut(event, UNDO_SHORTCUT);
      const redo = REDO_SHORTCUTS.some((shortcut) => matchesShortcut(event, shortcut));
      if (!undo && !redo) return;
      event.preventDefault();
      void (undo ? performUndo() : performRedo());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
