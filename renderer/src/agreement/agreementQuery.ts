import type { AgreementQuery, AgreementUnit } from '../../../shared/api/contract';
import type { Id, Round, User } from '../../../shared/domain/types';

/** What the controls of the agreement tab choose. */
export interface AgreementControls {
  /** null: every source, no round. */
  roundId: Id | null;
  coderIds: Id[];
  unit: AgreementUnit;
  /** Minimum overlap of matching segments, in (0, 1]. */
  overlap: number;
  excludeUncoded: boolean;
  bootstrap: boolean;
}

export const DEFAULT_OVERLAP = 0.9;
/** Bootstrap replicates for alpha's confidence interval when the interval is asked for. */
export const BOOTSTRAP_RESAMPLES = 1000;

/** The round a report starts with: the latest closed one (its codings are final), else the latest. */
export function defaultRound(rounds: readonly Round[]): Round | null {
  const latest = (list: readonly Round[], at: (round: Round) => string) =>
    list.reduce<Round | null>(
      (best, round) => (!best || at(round) > at(best) ? round : best),
      null,
    );
  const closed = rounds.filter((round) => round.status === 'closed');
  return closed.length > 0
    ? latest(closed, (round) => round.closedAt ?? round.createdAt)
    : latest(rounds, (round) => round.createdAt);
}

/** The coders compared by default: the round's, else every active user. */
export function defaultCoderIds(round: Round | null, users: readonly User[]): Id[] {
  const active = users.filter((user) => !user.deactivatedAt);
  if (!round) return active.map((user) => user.id);
  const assigned = new Set(round.assignments.map((assignment) => assignment.coderId));
  // In the team's order, so the pairs read the same way everywhere.
  return users.filter((user) => assigned.has(user.id)).map((user) => user.id);
}

/** Why the controls cannot be computed yet, or null when they can. */
export function controlsProblem(controls: AgreementControls): string | null {
  if (controls.coderIds.length < 2) return 'Choose at least two coders to compare.';
  if (
    controls.unit === 'segment' &&
    !(Number.isFinite(controls.overlap) && controls.overlap > 0 && controls.overlap <= 1)
  ) {
    return 'The overlap threshold must be above 0% and at most 100%.';
  }
  return null;
}

export function toAgreementQuery(controls: AgreementControls): AgreementQuery {
  return {
    ...(controls.roundId === null ? {} : { roundId: controls.roundId }),
    coderIds: controls.coderIds,
    unit: controls.unit,
    overlap: controls.overlap,
    excludeUncoded: controls.excludeUncoded,
    bootstrapResamples: controls.bootstrap ? BOOTSTRAP_RESAMPLES : 0,
  };
}

export function sameQuery(a: AgreementQuery | null, b: AgreementQuery | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
