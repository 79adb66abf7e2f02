import { create } from 'zustand';

export type StatusTone = 'info' | 'error';

export interface StatusMessage {
  text: string;
  tone: StatusTone;
  /** Distinguishes two equal messages, so the second one restarts the timer. */
  serial: number;
}

interface StatusState {
  message: StatusMessage | null;
  show(text: string, tone?: StatusTone): void;
  dismiss(serial: number): void;
}

let serial = 0;

/**
 * A transient status line ("Undo delete code 'Trust'"), shown by <StatusToast> and announced to
 * screen readers. One message at a time: a newer one replaces the older.
 */
export const useStatusStore = create<StatusState>((set, get) => ({
  message: null,
  show: (text, tone = 'info') => set({ message: { text, tone, serial: ++serial } }),
  dismiss(which) {
    if (get().message?.serial === which) set({ message: null });
  },
}));

export function showStatus(text: string, tone: StatusTone = 'info'): void {
  useStatusStore.getState().show(text, tone);
}
