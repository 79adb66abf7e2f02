import { shortcutLabel } from '../lib/keyboard';
import { performRedo, performUndo, useUndoState } from '../history/undo';
import { CodeTreeIcon } from './CodeTreeIcon';

/** Undo and redo, with what they would do in the tooltip ("Undo delete code 'Trust' (Ctrl+Z)"). */
export function UndoRedoButtons() {
  const state = useUndoState();
  const undoTitle = `${state.undoLabel ?? 'Nothing to undo'} (${shortcutLabel('Mod+Z')})`;
  const redoTitle = `${state.redoLabel ?? 'Nothing to redo'} (${shortcutLabel('Mod+Shift+Z')})`;
  return (
    <>
      <button
        type="button"
        className="icon-btn"
        aria-label={state.undoLabel ?? 'Undo'}
        title={undoTitle}
        disabled={!state.canUndo}
        onClick={() => void performUndo()}
      >
        <CodeTreeIcon name="undo" small />
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label={state.redoLabel ?? 'Redo'}
        title={redoTitle}
        disabled={!state.canRedo}
        onClick={() => void performRedo()}
      >
        <CodeTreeIcon name="redo" small />
      </button>
    </>
  );
}
