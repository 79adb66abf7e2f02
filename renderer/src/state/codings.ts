import { create } from 'zustand';
import type { TextEdit } from '../../../shared/anchoring';
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
  /**
   * True when the rows only followed a text edit made in the editor (applyTextEdits): codings
   * outside the edited paragraphs kept their text, so nothing moved on screen there, and the
   * editor's own update redraws the edited paragraphs. Drawing layers skip such changes, which
   * keeps every keystroke independent of the number of codings.
   */
  movedByEdit: boolean;
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
  /** Replaces all codings of the loaded source (e.g. the core's rows after a reload). */
  setCodings(rows: readonly Coding[]): void;
  /**
   * Moves the loaded codings through text edits made in the editor, exactly as the core will
   * (shared/anchoring), touching only the codings reaching past each edit.
   */
  applyTextEdits(edits: readonly TextEdit[]): void;
  /**
   * Ids of codings shown before the core has stored them (drawn the moment the user codes,
   * replaced by the stored row through commitPendingCoding, or removed on failure).
   */
  pendingIds: ReadonlySet<string>;
  /** Shows `row` (with a temporary id) at once, before the core has stored it. */
  addPendingCoding(row: Coding): void;
  /** Replaces the pending coding `pendingId` by the stored row, keeping it selected if it was. */
  commitPendingCoding(pendingId: string, row: Coding): void;
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

const allChanged = (): CodingsChange => ({
  serial: ++changeSerial,
  dirty: 'all',
  movedByEdit: false,
});
const changedIn = (dirty: ReadonlyArray<readonly [number, number]>): CodingsChange => ({
  serial: ++changeSerial,
  dirty,
  movedByEdit: false,
});
const noPending: ReadonlySet<string> = new Set();

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
  pendingIds: noPending,

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
        pendingIds: noPending,
      }),
    });
    try {
      const [codes, rows] = await Promise.all([api.listCodes(), api.listCodings({ sourceId })]);
      if (generation !== loadGeneration) return;
      const pending = get().index.rows.filter((row) => get().pendingIds.has(row.id));
      const index = CodingIndex.from(pending.length > 0 ? [...rows, ...pending] : rows);
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
    // Pending codings are not rows of the core yet: they stay until committed or dropped.
    const pending = get().index.rows.filter((row) => get().pendingIds.has(row.id));
    const stored = rows.filter((row) => row.sourceId === sourceId);
    const index = CodingIndex.from(pending.length > 0 ? [...stored, ...pending] : stored);
    const selected = get().selectedCodingId;
    set({
      index,
      selectedCodingId: selected && index.get(selected) ? selected : null,
      change: allChanged(),
    });
  },

  applyTextEdits(edits) {
    const { index, selectedCodingId } = get();
    const { index: moved, removed, changed } = index.remapped(edits);
    if (!changed) return;
    const gone = new Set(removed.map((row) => row.id));
    set({
      index: moved,
      selectedCodingId: selectedCodingId && gone.has(selectedCodingId) ? null : selectedCodingId,
      // Where the text changed, in the text after the edits (the last edit's offsets are final).
      change: {
        serial: ++changeSerial,
        dirty: edits.map((edit) => [edit.from, edit.from + edit.insert.length] as const),
        movedByEdit: true,
      },
    });
  },

  upsertCoding(row) {
    const { index, sourceId } = get();
    if (row.sourceId !== sourceId) return;
    const previous = index.get(row.id);
    const dirty: Array<readonly [number, number]> = [[row.start, row.end]];
    if (previous) dirty.push([previous.start, previous.end]);
    set({ index: index.with(row), change: changedIn(dirty) });
  },

  removeCoding(id) {
    const { index, selectedCodingId, pendingIds } = get();
    const previous = index.get(id);
    if (!previous) return;
    set({
      index: index.without(id),
      selectedCodingId: selectedCodingId === id ? null : selectedCodingId,
      change: changedIn([[previous.start, previous.end]]),
      ...(pendingIds.has(id) && { pendingIds: without(pendingIds, id) }),
    });
  },

  addPendingCoding(row) {
    const { index, sourceId, pendingIds } = get();
    if (row.sourceId !== sourceId) return;
    set({
      index: index.with(row),
      pendingIds: new Set([...pendingIds, row.id]),
      change: changedIn([[row.start, row.end]]),
    });
  },

  commitPendingCoding(pendingId, row) {
    const { index, sourceId, pendingIds, selectedCodingId } = get();
    const pending = index.get(pendingId);
    const rest = pending ? index.without(pendingId) : index;
    const dirty: Array<readonly [number, number]> = [[row.start, row.end]];
    if (pending) dirty.push([pending.start, pending.end]);
    set({
      index: row.sourceId === sourceId ? rest.with(row) : rest,
      pendingIds: without(pendingIds, pendingId),
      selectedCodingId: selectedCodingId === pendingId ? row.id : selectedCodingId,
      change: changedIn(dirty),
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
      pendingIds: noPending,
    });
  },
}));

function without(ids: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!ids.has(id)) return ids;
  const rest = new Set(ids);
  rest.delete(id);
  return rest;
}

/** Whether a coding is drawn under the current coder toggles. */
export function isCodingVisible(coding: Coding, hiddenCoderIds: ReadonlySet<string>): boolean {
  return !hiddenCoderIds.has(coding.coderId);
}
