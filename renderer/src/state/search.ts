import { create } from 'zustand';
import type { SearchHit } from '../../../shared/domain/types';
import { api } from '../api';
import { errorMessage } from '../lib/errors';

interface SearchState {
  query: string;
  /** The query the current hits answer (the box may have changed since). */
  searchedQuery: string;
  hits: SearchHit[];
  searching: boolean;
  error: string | null;
  setQuery(query: string): void;
  run(): Promise<void>;
  clear(): void;
}

let generation = 0;

/** Full-text search over all sources; results are shown in the bottom pane. */
export const useSearchStore = create<SearchState>((set, get) => ({
  query: '',
  searchedQuery: '',
  hits: [],
  searching: false,
  error: null,
  setQuery: (query) => set({ query }),
  async run() {
    const query = get().query.trim();
    const current = ++generation;
    if (!query) {
      set({ hits: [], searchedQuery: '', error: null, searching: false });
      return;
    }
    set({ searching: true, error: null });
    try {
      const hits = await api.searchSources({ query, limit: 200 });
      if (current === generation) set({ hits, searchedQuery: query });
    } catch (error) {
      if (current === generation) set({ error: errorMessage(error), hits: [] });
    } finally {
      if (current === generation) set({ searching: false });
    }
  },
  clear: () => set({ query: '', searchedQuery: '', hits: [], error: null }),
}));
