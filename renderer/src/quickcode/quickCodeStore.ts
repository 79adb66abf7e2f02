import { create } from 'zustand';
import type { SelectedText } from '../editor/coding-actions/selectionTracker';

interface QuickCodeState {
  /** The text the palette will code, captured when it opened; null while closed. */
  target: SelectedText | null;
  open(target: SelectedText): void;
  close(): void;
}

/** The quick-code palette: open while a coder picks a code for the selected text. */
export const useQuickCodeStore = create<QuickCodeState>((set) => ({
  target: null,
  open: (target) => set({ target }),
  close: () => set({ target: null }),
}));
