import { create } from 'zustand';
import type { AgreementQuery, AgreementReport, Disagreement } from '../../../shared/api/contract';
import type { Code, Id, Round } from '../../../shared/domain/types';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { useProjectStore } from '../state/project';
import {
  DEFAULT_OVERLAP,
  controlsProblem,
  defaultCoderIds,
  defaultRound,
  toAgreementQuery,
  type AgreementControls,
} from './agreementQuery';
import type { MeasureKey } from './measures';
import { saveBinaryFile } from '../lib/saveFile';

/** A figure the user clicked to read the passages behind it. */
export interface DrillTarget {
  /** Identifies the clicked figure, e.g. "code:<id>", so its row shows as the open one. */
  key: string;
  /** What was clicked, e.g. "Trust in Interview 02 - Marcus". */
  label: string;
  coderIds: Id[];
  codeId?: Id;
  sourceIds?: Id[];
}

export interface DrillState {
  target: DrillTarget;
  items: Disagreement[];
  loading: boolean;
  error: string | null;
}

/** Most passages a drill-down lists; the first ones are enough to start the discussion. */
export const DRILL_LIMIT = 200;

export type AgreementStatus = { kind: 'success' | 'error'; text: string };

interface AgreementState {
  /** Rounds, codes and defaults are loaded once per project (and again on demand). */
  loaded: boolean;
  loadError: string | null;
  rounds: Round[];
  codes: Code[];
  controls: AgreementControls;
  report: AgreementReport | null;
  /** The query `report` answers; drill-downs and staleness compare against it. */
  reportQuery: AgreementQuery | null;
  computing: boolean;
  error: string | null;
  exporting: 'csv' | 'docx' | null;
  status: AgreementStatus | null;
  drill: DrillState | null;
  showUnusedCodes: boolean;
  chartMeasure: MeasureKey;

  load(): Promise<void>;
  setRound(roundId: Id | null): void;
  setControls(changes: Partial<AgreementControls>): void;
  compute(): Promise<void>;
  exportAs(format: 'csv' | 'docx'): Promise<void>;
  drillDown(target: DrillTarget): Promise<void>;
  closeDrill(): void;
  setShowUnusedCodes(show: boolean): void;
  setChartMeasure(measure: MeasureKey): void;
  setStatus(status: AgreementStatus | null): void;
  reset(): void;
}

const INITIAL_CONTROLS: AgreementControls = {
  roundId: null,
  coderIds: [],
  unit: 'character',
  overlap: DEFAULT_OVERLAP,
  excludeUncoded: false,
  bootstrap: true,
};

const INITIAL = {
  loaded: false,
  loadError: null,
  rounds: [],
  codes: [],
  controls: INITIAL_CONTROLS,
  report: null,
  reportQuery: null,
  computing: false,
  error: null,
  exporting: null,
  status: null,
  drill: null,
  showUnusedCodes: false,
  chartMeasure: 'krippendorffAlpha',
} satisfies Partial<AgreementState>;

/** Answers that arrive after a reset (another project) or a newer request are dropped. */
let loadGeneration = 0;
let computeGeneration = 0;
let drillGeneration = 0;

/** The agreement tab: its controls, the computed report, exports and the open drill-down. */
export const useAgreementStore = create<AgreementState>((set, get) => ({
  ...INITIAL,

  async load() {
    const generation = ++loadGeneration;
    try {
      const [rounds, codes] = await Promise.all([api.listRounds(), api.listCodes()]);
      if (generation !== loadGeneration) return;
      const state = get();
      // Keep what the user already chose; fill in defaults the first time only.
      const known = rounds.some((round) => round.id === state.controls.roundId);
      const round = known
        ? (rounds.find((r) => r.id === state.controls.roundId) ?? null)
        : defaultRound(rounds);
      const controls =
        state.loaded && known
          ? state.controls
          : {
              ...state.controls,
              roundId: round?.id ?? null,
              coderIds: defaultCoderIds(round, useProjectStore.getState().users),
            };
      set({ rounds, codes, controls, loaded: true, loadError: null });
    } catch (error) {
      if (generation === loadGeneration) set({ loadError: errorMessage(error) });
    }
  },

  setRound(roundId) {
    const round = get().rounds.find((r) => r.id === roundId) ?? null;
    get().setControls({
      roundId: round?.id ?? null,
      coderIds: defaultCoderIds(round, useProjectStore.getState().users),
    });
  },

  setControls(changes) {
    set({ controls: { ...get().controls, ...changes }, status: null });
  },

  async compute() {
    if (!get().loaded) await get().load();
    const { controls } = get();
    const problem = controlsProblem(controls);
    if (problem) {
      set({ error: problem });
      return;
    }
    const query = toAgreementQuery(controls);
    const generation = ++computeGeneration;
    set({ computing: true, error: null, status: null });
    try {
      const report = await api.computeAgreement(query);
      if (generation !== computeGeneration) return;
      set({ report, reportQuery: query, drill: null });
    } catch (error) {
      if (generation === computeGeneration) set({ error: errorMessage(error) });
    } finally {
      if (generation === computeGeneration) set({ computing: false });
    }
  },

  async exportAs(format) {
    if (get().exporting) return;
    if (!get().loaded) await get().load();
    // The export describes what is on screen; before any report, what the controls choose.
    const { reportQuery, controls } = get();
    const problem = reportQuery ? null : controlsProblem(controls);
    if (problem) {
      set({ status: { kind: 'error', text: `Export failed: ${problem}` } });
      return;
    }
    const query = reportQuery ?? toAgreementQuery(controls);
    set({ exporting: format, status: null });
    try {
      const file = await api.exportAgreementReport({ ...query, format });
      saveBinaryFile(file);
      set({ status: { kind: 'success', text: `Exported ${file.fileName}` } });
    } catch (error) {
      set({ status: { kind: 'error', text: `Export failed: ${errorMessage(error)}` } });
    } finally {
      set({ exporting: null });
    }
  },

  async drillDown(target) {
    const query = get().reportQuery;
    if (!query) return;
    const generation = ++drillGeneration;
    set({ drill: { target, items: [], loading: true, error: null } });
    try {
      const items = await api.listDisagreements({
        ...(query.roundId === undefined ? {} : { roundId: query.roundId }),
        coderIds: target.coderIds,
        ...(target.codeId === undefined ? {} : { codeId: target.codeId }),
        ...(target.sourceIds === undefined ? {} : { sourceIds: target.sourceIds }),
        limit: DRILL_LIMIT,
      });
      if (generation !== drillGeneration) return;
      set({ drill: { target, items, loading: false, error: null } });
    } catch (error) {
      if (generation !== drillGeneration) return;
      set({ drill: { target, items: [], loading: false, error: errorMessage(error) } });
    }
  },

  closeDrill() {
    ++drillGeneration;
    set({ drill: null });
  },

  setShowUnusedCodes: (showUnusedCodes) => set({ showUnusedCodes }),
  setChartMeasure: (chartMeasure) => set({ chartMeasure }),
  setStatus: (status) => set({ status }),

  reset() {
    ++loadGeneration;
    ++computeGeneration;
    ++drillGeneration;
    set({ ...INITIAL });
  },
}));

// A report belongs to one project and one viewer (rounds a coder may see differ from a lead's):
// forget it when either changes.
useProjectStore.subscribe((state, previous) => {
  if (
    state.project?.path === previous.project?.path &&
    state.currentUser?.id === previous.currentUser?.id
  ) {
    return;
  }
  useAgreementStore.getState().reset();
});
