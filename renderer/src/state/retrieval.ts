import { create } from 'zustand';
import type { CodedSegment, CodedSegmentQuery } from '../../../shared/api/contract';
import type { Code, SourceSummary } from '../../../shared/domain/types';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { saveExportedFile } from '../lib/saveFile';
import { useCodingsStore } from './codings';
import { useProjectStore } from './project';
import { toSourceFilter, type AttributeFilter } from './sources';
import { useUiStore } from './ui';

export type ExportFormat = 'csv' | 'markdown';

/** What the controls of the coded-segments tab ask for. */
export interface RetrievalControls {
  codeId: string | null;
  includeChildren: boolean;
  /** Coders whose segments are shown; empty means every coder. */
  coderIds: string[];
  sourceId: string | null;
  attributeFilter: AttributeFilter;
}

/** The outcome of the last export, shown next to the export buttons. */
export type ExportStatus = { kind: 'success' | 'error'; text: string };

interface RetrievalState extends RetrievalControls {
  /** The codebook and the sources the pickers offer (loaded when the tab is shown). */
  codes: Code[];
  sources: SourceSummary[];
  segments: CodedSegment[];
  /** The controls the segments answer; null before the first answer. */
  answered: RetrievalControls | null;
  loading: boolean;
  error: string | null;
  exporting: ExportFormat | null;
  exportStatus: ExportStatus | null;

  /** Reloads the picker options and, when a code is chosen, the segments (they may be stale). */
  refresh(): Promise<void>;
  loadOptions(): Promise<void>;
  setCode(codeId: string | null): Promise<void>;
  setIncludeChildren(includeChildren: boolean): Promise<void>;
  setCoderIds(coderIds: string[]): Promise<void>;
  setSourceId(sourceId: string | null): Promise<void>;
  setAttributeFilter(attributeFilter: AttributeFilter): Promise<void>;
  /** Fetches the segments for the current controls. */
  run(): Promise<void>;
  /**
   * Fetches them again even while the same query is in flight, whose answer is then dropped: it
   * may have been filtered for another viewer (after a coder switch the core hides other layers).
   */
  reload(): Promise<void>;
  /** Exports the segments of the current controls and saves the file. */
  exportAs(format: ExportFormat): Promise<void>;
  reset(): void;
}

/** The API query for a set of controls, or null when no code is chosen. */
export function toSegmentQuery(controls: RetrievalControls): CodedSegmentQuery | null {
  if (!controls.codeId) return null;
  const filter = toSourceFilter(controls.attributeFilter);
  return {
    codeId: controls.codeId,
    ...(controls.includeChildren && { includeChildren: true }),
    ...(controls.coderIds.length > 0 && { coderIds: controls.coderIds }),
    ...(controls.sourceId && { sourceId: controls.sourceId }),
    ...(filter && { filter }),
  };
}

const INITIAL_CONTROLS: RetrievalControls = {
  codeId: null,
  includeChildren: false,
  coderIds: [],
  sourceId: null,
  attributeFilter: {},
};

/** Guards against an older answer replacing a newer one. */
let generation = 0;
/** The query of the request in flight, so a repeated identical request is not sent twice. */
let inFlightKey: string | null = null;

const controlsOf = (state: RetrievalControls): RetrievalControls => ({
  codeId: state.codeId,
  includeChildren: state.includeChildren,
  coderIds: state.coderIds,
  sourceId: state.sourceId,
  attributeFilter: state.attributeFilter,
});

/** The coded-segments tab: its controls, the retrieved segments and the export status. */
export const useRetrievalStore = create<RetrievalState>((set, get) => {
  async function change(controls: Partial<RetrievalControls>): Promise<void> {
    set({ ...controls, exportStatus: null });
    await get().run();
  }

  return {
    ...INITIAL_CONTROLS,
    codes: [],
    sources: [],
    segments: [],
    answered: null,
    loading: false,
    error: null,
    exporting: null,
    exportStatus: null,

    async refresh() {
      await Promise.all([get().loadOptions(), get().run()]);
    },

    async loadOptions() {
      try {
        const [codes, sources] = await Promise.all([api.listCodes(), api.listSources()]);
        const { codeId, sourceId } = get();
        set({
          codes,
          sources,
          // A code or source deleted elsewhere can no longer be asked for.
          ...(codeId && !codes.some((code) => code.id === codeId) && { codeId: null }),
          ...(sourceId && !sources.some((source) => source.id === sourceId) && { sourceId: null }),
        });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    setCode: (codeId) => change({ codeId }),
    setIncludeChildren: (includeChildren) => change({ includeChildren }),
    setCoderIds: (coderIds) => change({ coderIds }),
    setSourceId: (sourceId) => change({ sourceId }),
    setAttributeFilter: (attributeFilter) => change({ attributeFilter }),

    async run() {
      const controls = controlsOf(get());
      const query = toSegmentQuery(controls);
      if (!query) {
        ++generation;
        inFlightKey = null;
        set({ segments: [], answered: null, loading: false, error: null });
        return;
      }
      const key = JSON.stringify(query);
      if (key === inFlightKey) return;
      const current = ++generation;
      inFlightKey = key;
      set({ loading: true, error: null });
      try {
        const segments = await api.listCodedSegments(query);
        if (current !== generation) return;
        // An unchanged answer keeps the list as it is (highlight, expanded quotes, scroll).
        if (sameSegments(segments, get().segments)) set({ answered: controls });
        else set({ segments, answered: controls });
      } catch (error) {
        if (current === generation)
          set({ error: errorMessage(error), segments: [], answered: null });
      } finally {
        if (current === generation) {
          inFlightKey = null;
          set({ loading: false });
        }
      }
    },

    async reload() {
      inFlightKey = null;
      await get().run();
    },

    async exportAs(format) {
      const query = toSegmentQuery(controlsOf(get()));
      if (!query || get().exporting) return;
      set({ exporting: format, exportStatus: null });
      try {
        const file = await api.exportCodedSegments({ ...query, format });
        saveExportedFile(file);
        set({ exportStatus: { kind: 'success', text: `Exported ${file.fileName}` } });
      } catch (error) {
        set({ exportStatus: { kind: 'error', text: `Export failed: ${errorMessage(error)}` } });
      } finally {
        set({ exporting: null });
      }
    },

    reset() {
      ++generation;
      inFlightKey = null;
      set({
        ...INITIAL_CONTROLS,
        codes: [],
        sources: [],
        segments: [],
        answered: null,
        loading: false,
        error: null,
        exporting: null,
        exportStatus: null,
      });
    },
  };
});

/**
 * Shows the coded segments of `codeId` in the results pane (e.g. from the code tree's context
 * menu): switches to the tab, chooses the code and retrieves its segments.
 */
export function showSegmentsForCode(codeId: string): void {
  useUiStore.getState().setBottomTab('segments');
  const retrieval = useRetrievalStore.getState();
  void retrieval.setCode(codeId);
  if (retrieval.codes.length === 0) void retrieval.loadOptions();
}

/** Whether two answers list the same segments with the same content. */
function sameSegments(a: readonly CodedSegment[], b: readonly CodedSegment[]): boolean {
  return (
    a.length === b.length &&
    a.every((segment, i) => {
      const other = b[i]!;
      return (
        segment.codingId === other.codingId &&
        segment.codeId === other.codeId &&
        segment.codeName === other.codeName &&
        segment.start === other.start &&
        segment.end === other.end &&
        segment.text === other.text &&
        segment.memo === other.memo &&
        segment.coderName === other.coderName &&
        segment.sourceTitle === other.sourceTitle &&
        segment.participantPseudonym === other.participantPseudonym &&
        JSON.stringify(segment.attributes) === JSON.stringify(other.attributes)
      );
    })
  );
}

// Controls and results belong to one project: forget them when another one opens or it closes.
useProjectStore.subscribe((state, previous) => {
  if (state.project?.path === previous.project?.path) return;
  useRetrievalStore.getState().reset();
  if (state.project) void useRetrievalStore.getState().loadOptions();
});

/** Coding in quick succession (or undoing several steps) asks once. */
const CODINGS_SETTLE_MS = 300;
let codingsTimer: number | undefined;

// Coding, uncoding or editing a memo in the document changes what the tab shows: while it is
// visible, retrieve again once the changes settle.
useCodingsStore.subscribe((state, previous) => {
  if (state.change.serial === previous.change.serial) return;
  const ui = useUiStore.getState();
  if (ui.bottomTab !== 'segments' || ui.bottomCollapsed || !useRetrievalStore.getState().codeId) {
    return;
  }
  window.clearTimeout(codingsTimer);
  codingsTimer = window.setTimeout(
    () => void useRetrievalStore.getState().run(),
    CODINGS_SETTLE_MS,
  );
});
