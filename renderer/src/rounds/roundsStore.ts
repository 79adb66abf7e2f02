import { create } from 'zustand';
import type { RoundSourceAssignment } from '../../../shared/api/contract';
import type { Id, Round, RoundMode, RoundProgress } from '../../../shared/domain/types';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { useProjectStore } from '../state/project';

/** Which rounds dialog shows: the list (with progress), the editor, or a close/reopen confirm. */
export type RoundView =
  | { kind: 'list' }
  | { kind: 'edit'; roundId: Id | null }
  | { kind: 'close' | 'reopen'; roundId: Id };

export interface RoundDraft {
  name: string;
  mode: RoundMode;
  assignments: RoundSourceAssignment[];
}

interface RoundsState {
  rounds: Round[];
  loaded: boolean;
  loadError: string | null;
  /** The round picked in the rounds dialog, per user: the title bar follows it. */
  chosen: { userId: Id; roundId: Id } | null;
  view: RoundView | null;
  /** Progress of the round shown in the dialog (what the current user may see of it). */
  progress: RoundProgress | null;
  progressError: string | null;

  load(): Promise<void>;
  choose(roundId: Id): void;
  show(view: RoundView | null): void;
  loadProgress(roundId: Id): Promise<void>;
  /** Marks an assignment done or not; rejects with the core's message. */
  setDone(roundId: Id, sourceId: Id, coderId: Id, done: boolean): Promise<void>;
  /** Creates (roundId null) or changes a round; rejects with the core's message. */
  save(roundId: Id | null, draft: RoundDraft): Promise<Round>;
  closeRound(id: Id): Promise<void>;
  reopenRound(id: Id): Promise<void>;
  reset(): void;
}

let loadGeneration = 0;

/** The store's data before a project's rounds are loaded. */
const EMPTY = {
  rounds: [],
  loaded: false,
  loadError: null,
  chosen: null,
  view: null,
  progress: null,
  progressError: null,
} satisfies Partial<RoundsState>;

/** Coding rounds as the current user may see them, and the rounds dialogs. */
export const useRoundsStore = create<RoundsState>((set, get) => ({
  ...EMPTY,

  async load() {
    const generation = ++loadGeneration;
    try {
      const rounds = await api.listRounds();
      if (generation === loadGeneration) set({ rounds, loaded: true, loadError: null });
    } catch (error) {
      if (generation === loadGeneration) set({ loaded: true, loadError: errorMessage(error) });
    }
  },

  choose(roundId) {
    const userId = useProjectStore.getState().currentUser?.id;
    if (userId) set({ chosen: { userId, roundId } });
  },

  show(view) {
    set({ view });
  },

  async loadProgress(roundId) {
    try {
      const progress = await api.getRoundProgress({ roundId });
      set({ progress, progressError: null });
    } catch (error) {
      set({ progress: null, progressError: errorMessage(error) });
    }
  },

  async setDone(roundId, sourceId, coderId, done) {
    const me = useProjectStore.getState().currentUser?.id;
    const progress = await api.setAssignmentDone({
      roundId,
      sourceId,
      done,
      // Only a lead may name another coder; one's own mark goes without.
      ...(coderId !== me && { coderId }),
    });
    set({ progress, progressError: null });
    await get().load();
  },

  async save(roundId, draft) {
    const round =
      roundId === null
        ? await api.createRound(draft)
        : await api.updateRound({ id: roundId, ...draft });
    get().choose(round.id);
    await get().load();
    return round;
  },

  async closeRound(id) {
    await api.closeRound({ id });
    await get().load();
  },

  async reopenRound(id) {
    await api.reopenRound({ id });
    await get().load();
  },

  reset() {
    ++loadGeneration;
    set(EMPTY);
  },
}));

/** The id of the round the current user picked, if they picked one. */
export function chosenRoundId(state: RoundsState, userId: Id | undefined): Id | null {
  return state.chosen && state.chosen.userId === userId ? state.chosen.roundId : null;
}

// Rounds belong to one project, and which of them a user sees depends on who they are: reload
// when another project opens or the current user (or their role) changes.
useProjectStore.subscribe((state, previous) => {
  const projectChanged = state.project?.path !== previous.project?.path;
  const userChanged =
    state.currentUser?.id !== previous.currentUser?.id ||
    state.currentUser?.role !== previous.currentUser?.role;
  if (!projectChanged && !userChanged) return;
  if (projectChanged) useRoundsStore.getState().reset();
  if (state.status === 'open' && state.currentUser) void useRoundsStore.getState().load();
});
