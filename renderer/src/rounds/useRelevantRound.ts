import type { Round } from '../../../shared/domain/types';
import { useProjectStore } from '../state/project';
import { relevantRound } from './relevantRound';
import { chosenRoundId, useRoundsStore } from './roundsStore';

/** The round relevant to the current user (see relevantRound), kept up to date. */
export function useRelevantRound(): Round | null {
  const user = useProjectStore((s) => s.currentUser);
  const rounds = useRoundsStore((s) => s.rounds);
  const chosenId = useRoundsStore((s) => chosenRoundId(s, user?.id));
  return relevantRound(rounds, user, chosenId);
}

/** The same, read once (for palette commands). */
export function currentRelevantRound(): Round | null {
  const user = useProjectStore.getState().currentUser;
  const state = useRoundsStore.getState();
  return relevantRound(state.rounds, user, chosenRoundId(state, user?.id));
}
