import type { ConcordApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Round, RoundProgress } from '../../../shared/domain/types';
import type { ProjectSession } from '../session/project-session';
import { isLead, requireLead } from './access';
import type { ServiceContext } from './service-context';

type RoundMethods = Pick<
  ConcordApi,
  | 'createRound'
  | 'updateRound'
  | 'listRounds'
  | 'getRoundProgress'
  | 'setAssignmentDone'
  | 'closeRound'
  | 'reopenRound'
>;

/** A round as a coder or mentee may see it: assigned to them, or refused as not found. */
function visibleRound(session: ProjectSession, round: Round): Round {
  if (isLead(session)) return round;
  const me = session.currentUser?.id;
  if (!round.assignments.some((a) => a.coderId === me)) {
    throw new ApiError('not_found', `No round with id ${round.id}.`);
  }
  return round;
}

/**
 * Progress as the caller may see it. While an independent round is open a coder sees only their
 * own assignments: the others' counts would tell them how the others are coding.
 */
function progressOf(session: ProjectSession, round: Round): RoundProgress {
  const entries = session.store.rounds.progress(round.id);
  const blind = !isLead(session) && round.status === 'open' && round.mode === 'independent';
  const me = session.currentUser?.id;
  return {
    roundId: round.id,
    entries: blind ? entries.filter((entry) => entry.coderId === me) : entries,
  };
}

export function roundMethods(context: ServiceContext): RoundMethods {
  const asLead = (action: string) => {
    const session = context.requireSession();
    requireLead(session, action);
    return session;
  };

  return {
    async createRound(args) {
      const session = asLead('create rounds');
      return session.store.rounds.create(session.actorId, args);
    },

    async updateRound({ id, ...changes }) {
      const session = asLead('change rounds');
      return session.store.rounds.update(session.actorId, id, changes);
    },

    async listRounds() {
      const session = context.requireSession();
      const rounds = session.store.rounds.list();
      if (isLead(session)) return rounds;
      const me = session.currentUser?.id;
      return rounds.filter((round) => round.assignments.some((a) => a.coderId === me));
    },

    async getRoundProgress({ roundId }) {
      const session = context.requireSession();
      return progressOf(session, visibleRound(session, session.store.rounds.get(roundId)));
    },

    async setAssignmentDone({ roundId, sourceId, done, coderId }) {
      const session = context.requireSession();
      const me = session.currentUser;
      if (!me) throw new ApiError('forbidden', 'Choose who you are before marking work done.');
      if (coderId !== undefined && coderId !== me.id) {
        requireLead(session, "mark another coder's work done");
      }
      const round = visibleRound(session, session.store.rounds.get(roundId));
      if (round.status === 'closed') {
        throw new ApiError('bad_input', `Round "${round.name}" is closed.`);
      }
      const updated = session.store.rounds.setDone(
        session.actorId,
        roundId,
        sourceId,
        coderId ?? me.id,
        done,
      );
      return progressOf(session, updated);
    },

    async closeRound({ id }) {
      const session = asLead('close rounds');
      return session.store.rounds.close(session.actorId, id);
    },

    async reopenRound({ id }) {
      const session = asLead('reopen rounds');
      return session.store.rounds.reopen(session.actorId, id);
    },
  };
}
