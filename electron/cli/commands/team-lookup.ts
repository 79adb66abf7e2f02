import type { ConcordApi } from '../../../shared/api/contract';
import { nameKey } from '../../../shared/codebook';
import type { Id, Round, User } from '../../../shared/domain/types';
import { InputError } from '../cli-errors';

/** A team member by name (case and accents ignored); the error lists the team. */
export async function findUser(api: ConcordApi, wanted: string, flag: string): Promise<User> {
  const users = await api.listUsers();
  const user = users.find((candidate) => nameKey(candidate.name) === nameKey(wanted));
  if (!user) {
    const names = users.map((candidate) => candidate.name).join(', ');
    throw new InputError(`${flag} "${wanted}": no such team member (the team: ${names}).`);
  }
  return user;
}

/** A round by name or id; the error lists the rounds. */
export async function findRound(api: ConcordApi, wanted: string): Promise<Round> {
  const rounds = await api.listRounds();
  const round = rounds.find(
    (candidate) => candidate.id === wanted || nameKey(candidate.name) === nameKey(wanted),
  );
  if (!round) {
    const names = rounds.map((candidate) => `"${candidate.name}"`).join(', ') || 'none';
    throw new InputError(`--round "${wanted}": no such round (the rounds: ${names}).`);
  }
  return round;
}

export async function findUsers(api: ConcordApi, list: string, flag: string): Promise<Id[]> {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const ids: Id[] = [];
  for (const name of names) ids.push((await findUser(api, name, flag)).id);
  return ids;
}
