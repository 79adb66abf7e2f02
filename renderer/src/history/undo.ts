import { create } from 'zustand';
import type { UndoOutcome, UndoState } from '../../../shared/api/contract';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { useCodebookStore } from '../state/codebook';
import { showStatus } from './status';

const NOTHING: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

interface UndoStore {
  state: UndoState;
  /** True while an undo or redo runs, so a held-down Ctrl+Z does not queue a burst of them. */
  busy: boolean;
  refresh(): Promise<void>;
}

let refreshGeneration = 0;

/** What the core can undo and redo for the current coder in this session. */
export const useUndoStore = create<UndoStore>((set) => ({
  state: NOTHING,
  busy: false,
  async refresh() {
    const generation = ++refreshGeneration;
    try {
      const state = await api.getUndoState();
      if (generation === refreshGeneration) set({ state });
    } catch {
      // No project open (e.g. closing): nothing can be undone.
      if (generation === refreshGeneration) set({ state: NOTHING });
    }
  },
}));

/** The undo/redo availability and labels, e.g. for buttons and their tooltips. */
export function useUndoState(): UndoState {
  return useUndoStore((s) => s.state);
}

/** Undoes the current coder's last coding, codebook or text action; reports it in the status line. */
export function performUndo(): Promise<void> {
  return replay(() => api.undo());
}

/** Redoes the last undone action; reports it in the status line. */
export function performRedo(): Promise<void> {
  return replay(() => api.redo());
}

async function replay(action: () => Promise<UndoOutcome>): Promise<void> {
  const store = useUndoStore.getState();
  if (store.busy) return;
  useUndoStore.setState({ busy: true });
  try {
    const outcome = await action();
    useUndoStore.setState({ state: outcome.state });
    showStatus(outcome.description);
  } catch (error) {
    showStatus(errorMessage(error), 'error');
    await store.refresh();
  } finally {
    useUndoStore.setState({ busy: false });
  }
  // Whatever was undone (codes, codings, text) may be on screen anywhere: reload it all.
  await useCodebookStore.getState().afterDataChange();
}
