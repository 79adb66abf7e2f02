import { create } from 'zustand';
import type { Code, Coding } from '../../../shared/domain/types';
import { api } from '../api';
import { CodingIndex } from '../editor/codings/codingIndex';
import { errorMessage } from '../lib/errors';

/**
 * What changed in the last update, so the drawing layers redo only the affected paragraphs:
 * 'all' (a new set of rows, codes or visible coders) or the offset ranges whose codings changed
 * (a changed coding dirties both its old and its new span).
 */
export interface CodingsChange {
  serial: number;
  dirty: 'all' | ReadonlyArray<readonly [from: number, to: number]>;
}

interface CodingsState {
  /** The source whose codings are loaded (null before the first load). */
  sourceId: string | null;
  codes: Code[];
  codeById: ReadonlyMap<string, Code>;
  /** The source's codings as a sorted interval index (replaced, never mutated). */
  index: CodingIndex;
  /** Coders whose layer is switched off in the document; kept across sources in a session. */
  hiddenCoderIds: ReadonlySet<string>;
  selectedCodingId: string | null;
  change: CodingsChange;
  loading: boolean;
  error: string | null;

  /** Loads the codebook and the codings of `sourceId` (an older answer never replaces a newer). */
  load(sourceId: string): Promise<void>;
  /** Replaces all codings of the loaded source (e.g. after a text edit moved them). */
  setCodings(rows: readonly Coding[]): void;
  /** Adds a coding or replaces the one with the same id; rows of other sources are ignored. */
  upsertCoding(row: Coding): void;
  removeCoding(id: string): void;
  /** Replaces the codebook (names, colours, hierarchy) after it was edited. */
  setCodes(codes: readonly Code[]): void;
  selectCoding(id: string | null): void;
  setCoderVisible(coderId: string, visible: boolean): void;
  reset(): void;
}

let loadGeneration = 0;
let changeSerial = 0;

const allChanged = (): CodingsChange => ({ serial: ++changeSerial, dirty: 'all' });

/** The codings layer of the open source: codes, codings, visible coders and the selection. */
export const useCodingsStore = create<CodingsState>((set, get) => ({
  sourceId: null,
  codes: [],
  codeById: new Map(),
  index: CodingIndex.empty(),
  hiddenCoderIds: new Set(),
  selectedCodingId: null,
  change: allChanged(),
  loading: false,
  error: null,

  async load(sourceId) {
    const generation = ++loadGeneration;
    const switching = get().sourceId !== sourceId;
    set({
      loading: true,
      error: null,
      ...(switching && {
        sourceId,
        index: CodingIndex.empty(),
        selectedCodingId: null,
        change: allChanged(),
      }),
    });
    try {
      const [codes, rows] = await Promise.all([api.listCodes(), api.listCodings({ sourceId })]);
      if (generation !== loadGeneration) return;
      const index = CodingIndex.from(rows);
      const selected = get().selectedCodingId;
      set({
        codes,
        codeById: new Map(codes.map((code) => [code.id, code])),
        index,
        selectedCodingId: selected && index.get(selected) ? selected : null,
        change: allChanged(),
      });
    } catch (error) {
      if (generation === loadGeneration) set({ error: errorMessage(error) });
    } finally {
      if (generation === loadGeneration) set({ loading: false });
    }
  },

  setCodings(rows) {
    const sourceId = get().sourceId;
    const index = CodingIndex.from(rows.filter((row) => row.sourceId === sourceId));
    const selected = get().selectedCodingId;
    set({
      index,
      selectedCodingId: selected && index.get(selected) ? selected : null,
      change: allChanged(),
    });
  },

  upsertCoding(row) {
    const { index, sourceId } = get();
    if (row.sourceId !== sourceId) return;
    const previous = index.get(row.id);
    const dirty: Array<readonly [number, number]> = [[row.start, row.end]];
    if (previous) dirty.push([previous.start, previous.end]);
    set({ index: index.with(row), change: { serial: ++changeSerial, dirty } });
  },

  removeCoding(id) {
    const { index, selectedCodingId } = get();
    const previous = index.get(id);
    if (!previous) return;
    set({
      index: index.without(id),
      selectedCodingId: selectedCodingId === id ? null : selectedCodingId,
      change: { serial: ++changeSerial, dirty: [[previous.start, previous.end]] },
    });
  },

  setCodes(codes) {
    set({
      codes: [...codes],
      codeById: new Map(codes.map((code) => [code.id, code])),
      change: allChanged(),
    });
  },

  selectCoding(id) {
    if (id !== null && !get().index.get(id)) return;
    set({ selectedCodingId: id });
  },

  setCoderVisible(coderId, visible) {
    const hidden = new Set(get().hiddenCoderIds);
    if (visible) hidden.delete(coderId);
    else hidden.add(coderId);
    const selected = get().selectedCodingId;
    const selectedCoder = selected ? get().index.get(selected)?.coderId : undefined;
    set({
      hiddenCoderIds: hidden,
      // A hidden layer cannot keep the selection: nothing would show it.
      selectedCodingId: selectedCoder && hidden.has(selectedCoder) ? null : selected,
      change: allChanged(),
    });
  },

  reset() {
    ++loadGeneration;
    set({
      sourceId: null,
      codes: [],
      codeById: new Map(),
      index: CodingIndex.empty(),
      hiddenCoderIds: new Set(),
      selectedCodingId: null,
      change: allChanged(),
      loading: false,
      error: null,
    });
  },
}));

/** Whether a coding is drawn under the current coder toggles. */
export function isCodingVisible(coding: Coding, hiddenCoderIds: ReadonlySet<string>): boolean {
  return !hiddenCoderIds.has(coding.coderId);
}
