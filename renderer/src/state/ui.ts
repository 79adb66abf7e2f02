import { create } from 'zustand';
import type { ParticipantImportResult } from '../../../shared/domain/types';
import { readPreference, writePreference } from '../lib/storage';

/** The outcome of a participants CSV import, shown in a dialog until dismissed. */
export type ParticipantCsvReport =
  { fileName: string; result: ParticipantImportResult } | { fileName: string; error: string };

export type ThemeChoice = 'system' | 'light' | 'dark';
export type BottomTab = 'search' | 'segments' | 'agreement' | 'participants' | 'audit';
export type PaneId = 'sources' | 'participants' | 'document' | 'codes' | 'results';

/** Sizes in pixels of the resizable panes; the document pane takes the rest. */
export interface PaneSizes {
  left: number;
  right: number;
  bottom: number;
  /** Height of the sources list within the left column; participants take the rest. */
  leftSplit: number;
}

export const DEFAULT_PANE_SIZES: PaneSizes = { left: 300, right: 260, bottom: 220, leftSplit: 380 };

const isThemeChoice = (v: unknown) => v === 'system' || v === 'light' || v === 'dark';
const isPaneSizes = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  (['left', 'right', 'bottom', 'leftSplit'] as const).every(
    (k) => typeof (v as Record<string, unknown>)[k] === 'number',
  );

interface UiState {
  theme: ThemeChoice;
  paneSizes: PaneSizes;
  bottomTab: BottomTab;
  bottomCollapsed: boolean;
  paletteOpen: boolean;
  importOpen: boolean;
  /** Files dropped on the window or chosen from a host menu, waiting for the import dialog. */
  importFiles: File[];
  /** Current media time in ms, set by clicking a timestamp ('seek'); a player arrives later. */
  mediaTimeMs: number | null;
  /** A pane asked to take focus; the pane consumes it (serial makes repeated requests distinct). */
  focusRequest: { pane: PaneId | 'search'; serial: number } | null;
  participantCsvReport: ParticipantCsvReport | null;

  setTheme(theme: ThemeChoice): void;
  toggleTheme(): void;
  setPaneSize(key: keyof PaneSizes, size: number): void;
  setBottomTab(tab: BottomTab): void;
  setBottomCollapsed(collapsed: boolean): void;
  setPaletteOpen(open: boolean): void;
  openImport(files?: File[]): void;
  closeImport(): void;
  seek(timeMs: number): void;
  resetMedia(): void;
  requestFocus(pane: PaneId | 'search'): void;
  showParticipantCsvReport(report: ParticipantCsvReport | null): void;
}

let focusSerial = 0;

export function systemPrefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Layout, theme and transient UI state; layout preferences persist in localStorage. */
export const useUiStore = create<UiState>((set, get) => ({
  theme: readPreference<ThemeChoice>('theme', 'system', isThemeChoice),
  paneSizes: readPreference<PaneSizes>('paneSizes', DEFAULT_PANE_SIZES, isPaneSizes),
  bottomTab: 'search',
  bottomCollapsed: false,
  paletteOpen: false,
  importOpen: false,
  importFiles: [],
  mediaTimeMs: null,
  focusRequest: null,
  participantCsvReport: null,

  setTheme(theme) {
    writePreference('theme', theme);
    set({ theme });
  },
  toggleTheme() {
    const { theme } = get();
    const dark = theme === 'dark' || (theme === 'system' && systemPrefersDark());
    get().setTheme(dark ? 'light' : 'dark');
  },
  setPaneSize(key, size) {
    const paneSizes = { ...get().paneSizes, [key]: Math.round(size) };
    writePreference('paneSizes', paneSizes);
    set({ paneSizes });
  },
  setBottomTab: (bottomTab) => set({ bottomTab, bottomCollapsed: false }),
  setBottomCollapsed: (bottomCollapsed) => set({ bottomCollapsed }),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
  openImport: (files = []) => set({ importOpen: true, importFiles: files }),
  closeImport: () => set({ importOpen: false, importFiles: [] }),
  seek: (mediaTimeMs) => set({ mediaTimeMs }),
  resetMedia: () => set({ mediaTimeMs: null }),
  requestFocus: (pane) => set({ focusRequest: { pane, serial: ++focusSerial } }),
  showParticipantCsvReport: (participantCsvReport) => set({ participantCsvReport }),
}));
