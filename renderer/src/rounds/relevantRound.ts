import type { Id, Round, User } from '../../../shared/domain/types';

/** Whether `userId` codes any source of the round. */
export function isAssigned(round: Round, userId: Id | undefined): boolean {
  return userId !== undefined && round.assignments.some((a) => a.coderId === userId);
}

/**
 * Whether the current user works blind in the round: it is open and independent, and they are not
 * a lead (leads always see every layer). The core hides others' codings on its sources then.
 */
export function isBlindFor(round: Round, user: User | null): boolean {
  return round.status === 'open' && round.mode === 'independent' && user?.role !== 'lead';
}

/**
 * The round the title bar shows for `user`: the one they picked in the rounds dialog if it is
 * still visible, else the latest open round they are assigned to; a lead who codes in no open
 * round sees the latest open round.
 */
export function relevantRound(
  rounds: readonly Round[],
  user: User | null,
  chosenId: Id | null,
): Round | null {
  if (!user) return null;
  const chosen = rounds.find((round) => round.id === chosenId);
  if (chosen) return chosen;
  const open = rounds.filter((round) => round.status === 'open');
  const mine = open.filter((round) => isAssigned(round, user.id));
  const pool = mine.length > 0 || user.role !== 'lead' ? mine : open;
  return latest(pool);
}

function latest(rounds: readonly Round[]): Round | null {
  let best: Round | null = null;
  for (const round of rounds) if (!best || round.createdAt > best.createdAt) best = round;
  return best;
}

/** Distinct coders of a round, in the order they first appear in its assignments. */
export function roundCoderIds(round: Round): Id[] {
  return [...new Set(round.assignments.map((a) => a.coderId))];
}

/** Assignments marked done, and all of them. */
export function doneCount(round: Round): { done: number; total: number } {
  const done = round.assignments.filter((a) => a.doneAt !== null).length;
  return { done, total: round.assignments.length };
}
