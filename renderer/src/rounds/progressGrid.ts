import type { Id, RoundProgressEntry, User } from '../../../shared/domain/types';

export interface ProgressGridModel {
  sources: { id: Id; title: string }[];
  coders: { id: Id; name: string }[];
  /** `${sourceId}:${coderId}` -> the assignment's progress. */
  cells: Map<string, RoundProgressEntry>;
}

export const cellKey = (sourceId: Id, coderId: Id) => `${sourceId}:${coderId}`;

/**
 * Lays out progress entries as sources (in the round's order) by coders (in team order). Only
 * sources and coders with a visible entry appear: a coder in a blind round sees only their own.
 */
export function progressGrid(
  sourceOrder: readonly Id[],
  entries: readonly RoundProgressEntry[],
  users: readonly User[],
): ProgressGridModel {
  const cells = new Map(entries.map((entry) => [cellKey(entry.sourceId, entry.coderId), entry]));
  const titles = new Map(entries.map((entry) => [entry.sourceId, entry.sourceTitle]));
  const coderNames = new Map(entries.map((entry) => [entry.coderId, entry.coderName]));
  const teamOrder = new Map(users.map((user, index) => [user.id, index]));
  const sources = sourceOrder
    .filter((id) => titles.has(id))
    .map((id) => ({ id, title: titles.get(id) ?? id }));
  const coders = [...coderNames]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => (teamOrder.get(a.id) ?? Infinity) - (teamOrder.get(b.id) ?? Infinity));
  return { sources, coders, cells };
}
