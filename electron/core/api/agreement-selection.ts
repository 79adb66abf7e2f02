import type { AgreementQuery } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Id, Round, User } from '../../../shared/domain/types';
import type { ProjectSession } from '../session/project-session';
import { scopeOf } from './access';

/** What an agreement query covers once its defaults are filled in and checked. */
export interface AgreementSelection {
  round: Round | null;
  sources: { id: Id; title: string; length: number }[];
  coders: User[];
  codes: { id: Id; name: string }[];
  /** With a round: who is assigned to which source. */
  assigned?: Map<Id, Set<Id>>;
}

/**
 * Resolves the sources, coders and codes of an agreement query: the round's (narrowed by the
 * explicit lists), else the lists, else every source, every coder with codings and every code.
 * A coder or mentee cannot compare codings they may not see: sources of an open independent
 * round are refused until the lead closes it.
 */
export function selectForAgreement(
  session: ProjectSession,
  query: Pick<AgreementQuery, 'roundId' | 'sourceIds' | 'coderIds' | 'codeIds'>,
): AgreementSelection {
  const { store } = session;
  const round = query.roundId === undefined ? null : store.rounds.get(query.roundId);
  const allSources = store.db
    .prepare(
      'SELECT id, title, char_count AS length FROM sources ORDER BY title COLLATE NOCASE, seq',
    )
    .all() as { id: Id; title: string; length: number }[];
  const byId = new Map(allSources.map((source) => [source.id, source]));
  for (const id of query.sourceIds ?? []) {
    if (!byId.has(id)) throw new ApiError('not_found', `No source with id ${id}.`);
  }
  let sourceIds: Id[] = round ? round.sourceIds : allSources.map((source) => source.id);
  if (query.sourceIds) {
    const wanted = new Set(query.sourceIds);
    sourceIds = sourceIds.filter((id) => wanted.has(id));
  }
  const scope = scopeOf(session);
  const hidden = sourceIds.filter((id) => scope?.hiddenSourceIds.includes(id));
  if (hidden.length > 0) {
    throw new ApiError(
      'forbidden',
      `Agreement on "${byId.get(hidden[0]!)!.title}" is available once the lead closes its independent round.`,
    );
  }

  const users = store.users.list();
  const userById = new Map(users.map((user) => [user.id, user]));
  let coderIds: Id[];
  if (query.coderIds) {
    coderIds = [...new Set(query.coderIds)];
    for (const id of coderIds) {
      if (!userById.has(id)) throw new ApiError('not_found', `No user with id ${id}.`);
    }
  } else if (round) {
    coderIds = [...new Set(round.assignments.map((a) => a.coderId))];
  } else {
    const withCodings = new Set(store.project.counts().codingsByCoder.map((c) => c.coderId));
    coderIds = users.filter((user) => withCodings.has(user.id)).map((user) => user.id);
  }
  if (coderIds.length < 2) {
    throw new ApiError(
      'bad_input',
      `Agreement needs at least two coders; ${coderIds.length === 0 ? 'none were' : 'only one was'} found for this selection.`,
    );
  }

  const allCodes = store.codes.list();
  let codes = allCodes;
  if (query.codeIds) {
    const known = new Set(allCodes.map((code) => code.id));
    for (const id of query.codeIds) {
      if (!known.has(id)) throw new ApiError('not_found', `No code with id ${id}.`);
    }
    const wanted = new Set(query.codeIds);
    codes = allCodes.filter((code) => wanted.has(code.id));
  }

  let assigned: Map<Id, Set<Id>> | undefined;
  if (round) {
    assigned = new Map();
    for (const assignment of round.assignments) {
      let coders = assigned.get(assignment.sourceId);
      if (!coders) assigned.set(assignment.sourceId, (coders = new Set()));
      coders.add(assignment.coderId);
    }
  }

  return {
    round,
    sources: sourceIds.map((id) => byId.get(id)!),
    coders: coderIds.map((id) => userById.get(id)!),
    codes: codes.map((code) => ({ id: code.id, name: code.name })),
    assigned,
  };
}
