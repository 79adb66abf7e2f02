import { create } from 'zustand';
import type { CodeStats } from '../../../shared/api/contract';
import { ancestors } from '../../../shared/codebook';
import type { Code, Id } from '../../../shared/domain/types';
import { api } from '../api';
import { errorMessage } from '../lib/errors';

/** A request to apply a code to the document's current text selection (see requestApplyCode). */
export interface ApplyCodeRequest {
  codeId: Id;
  /** Distinguishes two requests for the same code, so applying it twice applies twice. */
  nonce: number;
}

/** The code whose name is being typed in the tree: a new code (under `parentId`) or a rename. */
export type NameDraft =
  | { kind: 'create'; parentId: Id | null; serial: number }
  | { kind: 'rename'; codeId: Id; serial: number };

interface CodebookState {
  codes: Code[];
  /** Per code, its own codings, sources and participants. */
  ownStats: ReadonlyMap<Id, CodeStats>;
  /** Per code, the same over the code and every code below it. */
  totalStats: ReadonlyMap<Id, CodeStats>;
  loaded: boolean;
  loadError: string | null;

  /** The "current code": what Apply uses and the details panel shows. */
  selectedCodeId: Id | null;
  expandedIds: ReadonlySet<Id>;
  /** Show counts over each code's subtree rather than its own codings only. */
  includeSubcodes: boolean;
  filterQuery: string;
  detailsOpen: boolean;
  nameDraft: NameDraft | null;

  /** Set by requestApplyCode; the editor subscribes and applies it to its selection. */
  pendingApplyCodeId: ApplyCodeRequest | null;
  /**
   * Incremented whenever codes or codings changed through the codebook or undo/redo. Panes that
   * show codings (the document, retrieval) reload when it changes: see useDataVersion.
   */
  dataVersion: number;

  load(): Promise<void>;
  select(codeId: Id | null): void;
  setExpanded(codeId: Id, expanded: boolean): void;
  /** Expands every ancestor of `codeId`, so that it is visible in the tree. */
  reveal(codeId: Id): void;
  setIncludeSubcodes(include: boolean): void;
  setFilterQuery(query: string): void;
  setDetailsOpen(open: boolean): void;
  startCreate(parentId: Id | null): void;
  startRename(codeId: Id): void;
  cancelNameDraft(): void;
  /** Reloads codes and counts and tells other panes that data changed. */
  afterDataChange(): Promise<void>;
  reset(): void;
}

let loadGeneration = 0;
let draftSerial = 0;
let applyNonce = 0;

const indexStats = (stats: readonly CodeStats[]) =>
  new Map(stats.map((entry) => [entry.codeId, entry]));

/** The codebook as the code tree shows it: codes, counts, the current code and tree view state. */
export const useCodebookStore = create<CodebookState>((set, get) => ({
  codes: [],
  ownStats: new Map(),
  totalStats: new Map(),
  loaded: false,
  loadError: null,
  selectedCodeId: null,
  expandedIds: new Set(),
  includeSubcodes: false,
  filterQuery: '',
  detailsOpen: false,
  nameDraft: null,
  pendingApplyCodeId: null,
  dataVersion: 0,

  async load() {
    const generation = ++loadGeneration;
    try {
      const [codes, own, total] = await Promise.all([
        api.listCodes(),
        api.listCodeStats({ aggregate: false }),
        api.listCodeStats({ aggregate: true }),
      ]);
      if (generation !== loadGeneration) return;
      const ids = new Set(codes.map((code) => code.id));
      const { selectedCodeId, expandedIds, loaded, nameDraft } = get();
      // First load: show the top two levels, as researchers scan themes then their subthemes.
      // Later loads keep ids of codes that are gone, so that an undone delete comes back open.
      const expanded = loaded
        ? expandedIds
        : new Set(codes.filter((code) => code.parentId === null).map((code) => code.id));
      set({
        codes,
        ownStats: indexStats(own),
        totalStats: indexStats(total),
        loaded: true,
        loadError: null,
        selectedCodeId: selectedCodeId && ids.has(selectedCodeId) ? selectedCodeId : null,
        expandedIds: expanded,
        nameDraft: nameDraft?.kind === 'rename' && !ids.has(nameDraft.codeId) ? null : nameDraft,
      });
    } catch (error) {
      if (generation === loadGeneration) set({ loadError: errorMessage(error), loaded: true });
    }
  },

  select(codeId) {
    set({ selectedCodeId: codeId });
  },

  setExpanded(codeId, expanded) {
    const next = new Set(get().expandedIds);
    if (expanded) next.add(codeId);
    else next.delete(codeId);
    set({ expandedIds: next });
  },

  reveal(codeId) {
    const { codes, expandedIds } = get();
    if (!codes.some((code) => code.id === codeId)) return;
    const chain = ancestors(codes, codeId);
    if (chain.every((code) => expandedIds.has(code.id))) return;
    set({ expandedIds: new Set([...expandedIds, ...chain.map((code) => code.id)]) });
  },

  setIncludeSubcodes: (includeSubcodes) => set({ includeSubcodes }),
  setFilterQuery: (filterQuery) => set({ filterQuery }),
  setDetailsOpen: (detailsOpen) => set({ detailsOpen }),

  startCreate(parentId) {
    if (parentId !== null) get().setExpanded(parentId, true);
    set({ nameDraft: { kind: 'create', parentId, serial: ++draftSerial } });
  },
  startRename(codeId) {
    set({ nameDraft: { kind: 'rename', codeId, serial: ++draftSerial } });
  },
  cancelNameDraft: () => set({ nameDraft: null }),

  async afterDataChange() {
    set({ dataVersion: get().dataVersion + 1 });
    await get().load();
  },

  reset() {
    ++loadGeneration;
    set({
      codes: [],
      ownStats: new Map(),
      totalStats: new Map(),
      loaded: false,
      loadError: null,
      selectedCodeId: null,
      expandedIds: new Set(),
      filterQuery: '',
      detailsOpen: false,
      nameDraft: null,
      pendingApplyCodeId: null,
    });
  },
}));

/**
 * Asks the document editor to apply `codeId` to its current text selection. The code tree calls
 * it (the Apply button, double-click, Ctrl+Enter); so may quick-code or the palette. The editor
 * subscribes to `pendingApplyCodeId` and, for each new nonce, applies the code with api.applyCode
 * (or explains that nothing is selected), then calls `useCodebookStore.getState().afterDataChange()`
 * so that counts refresh:
 *
 *   useEffect(() => useCodebookStore.subscribe((s, prev) => {
 *     if (s.pendingApplyCodeId && s.pendingApplyCodeId !== prev.pendingApplyCodeId) apply(...);
 *   }), []);
 */
export function requestApplyCode(codeId: Id): void {
  useCodebookStore.setState({
    selectedCodeId: codeId,
    pendingApplyCodeId: { codeId, nonce: ++applyNonce },
  });
}

/**
 * The data version: changes whenever codes or codings changed through the codebook or undo/redo.
 * A pane showing codings lists it as an effect dependency and reloads.
 */
export function useDataVersion(): number {
  return useCodebookStore((s) => s.dataVersion);
}

/** Tells every pane that codes or codings changed (e.g. after the editor applied a code). */
export function notifyDataChanged(): Promise<void> {
  return useCodebookStore.getState().afterDataChange();
}
