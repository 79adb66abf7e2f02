import { create } from 'zustand';
import type {
  AttributeValue,
  SourceDetail,
  SourceFilter,
  SourceSummary,
} from '../../../shared/domain/types';
import { api } from '../api';
import { errorMessage } from '../lib/errors';

/** A range of the open source to scroll to, select and flash (e.g. a search hit). */
export interface RevealRequest {
  sourceId: string;
  start: number;
  end: number;
  /** Distinguishes two requests for the same range, so clicking a hit again flashes again. */
  serial: number;
}

export type SourceSort = 'title' | 'participant' | 'words';

/** Attribute id -> accepted values, the part of SourceFilter the filter bar edits. */
export type AttributeFilter = Record<string, AttributeValue[]>;

interface SourcesState {
  sources: SourceSummary[];
  attributeFilter: AttributeFilter;
  listLoading: boolean;
  listError: string | null;
  /** Keyboard/mouse highlight in the list (may differ from the open source). */
  selectedId: string | null;
  openSource: SourceDetail | null;
  openLoading: boolean;
  openError: string | null;
  reveal: RevealRequest | null;
  sort: SourceSort;

  setSort(sort: SourceSort): void;
  load(): Promise<void>;
  setAttributeFilter(filter: AttributeFilter): Promise<void>;
  select(id: string | null): void;
  open(id: string, reveal?: { start: number; end: number }): Promise<void>;
  reset(): void;
}

let revealSerial = 0;
/** Guards against an older getSource answer replacing a newer one. */
let openGeneration = 0;

export function toSourceFilter(attributeFilter: AttributeFilter): SourceFilter | undefined {
  const entries = Object.entries(attributeFilter).filter(([, values]) => values.length > 0);
  return entries.length > 0 ? { attributes: Object.fromEntries(entries) } : undefined;
}

/** The sources list, its attribute filter and the source open in the document pane. */
export const useSourcesStore = create<SourcesState>((set, get) => ({
  sources: [],
  attributeFilter: {},
  listLoading: false,
  listError: null,
  selectedId: null,
  openSource: null,
  openLoading: false,
  openError: null,
  reveal: null,
  sort: 'title',

  setSort: (sort) => set({ sort }),
  async load() {
    set({ listLoading: true });
    try {
      const filter = toSourceFilter(get().attributeFilter);
      const sources = await api.listSources(filter ? { filter } : undefined);
      set({ sources, listError: null });
    } catch (error) {
      set({ listError: errorMessage(error) });
    } finally {
      set({ listLoading: false });
    }
  },
  async setAttributeFilter(attributeFilter) {
    set({ attributeFilter });
    await get().load();
  },
  select: (selectedId) => set({ selectedId }),
  async open(id, reveal) {
    const request = reveal ? { sourceId: id, ...reveal, serial: ++revealSerial } : null;
    set({ selectedId: id });
    if (get().openSource?.id === id) {
      set({ reveal: request });
      return;
    }
    const generation = ++openGeneration;
    set({ openLoading: true, openError: null });
    try {
      const detail = await api.getSource({ id });
      if (generation !== openGeneration) return;
      set({ openSource: detail, reveal: request });
    } catch (error) {
      if (generation === openGeneration) set({ openError: errorMessage(error) });
    } finally {
      if (generation === openGeneration) set({ openLoading: false });
    }
  },
  reset: () =>
    set({
      sources: [],
      attributeFilter: {},
      selectedId: null,
      openSource: null,
      openError: null,
      reveal: null,
    }),
}));
