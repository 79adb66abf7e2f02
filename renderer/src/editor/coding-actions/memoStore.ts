import { create } from 'zustand';

interface MemoState {
  /** The coding whose memo is being edited, or null. */
  codingId: string | null;
  open(codingId: string): void;
  close(): void;
}

/** The small memo editor of the selected coding (Ctrl+M). */
export const useMemoStore = create<MemoState>((set) => ({
  codingId: null,
  open: (codingId) => set({ codingId }),
  close: () => set({ codingId: null }),
}));
