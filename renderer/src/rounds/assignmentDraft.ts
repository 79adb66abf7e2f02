import type { RoundSourceAssignment } from '../../../shared/api/contract';
import type { Id, Round } from '../../../shared/domain/types';

/** Who codes which source while a round is being edited: source id -> coder ids. */
export type AssignmentDraft = ReadonlyMap<Id, ReadonlySet<Id>>;

export function draftFromRound(round: Round | null): AssignmentDraft {
  const draft = new Map<Id, Set<Id>>();
  for (const { sourceId, coderId } of round?.assignments ?? []) {
    const coders = draft.get(sourceId) ?? new Set<Id>();
    coders.add(coderId);
    draft.set(sourceId, coders);
  }
  return draft;
}

export function isAssignedIn(draft: AssignmentDraft, sourceId: Id, coderId: Id): boolean {
  return draft.get(sourceId)?.has(coderId) ?? false;
}

export function toggleAssignment(
  draft: AssignmentDraft,
  sourceId: Id,
  coderId: Id,
): AssignmentDraft {
  const coders = new Set(draft.get(sourceId));
  if (coders.has(coderId)) coders.delete(coderId);
  else coders.add(coderId);
  return new Map(draft).set(sourceId, coders);
}

/** Gives each of `sourceIds` exactly `coderIds` (an empty list takes them out of the round). */
export function assignCoders(
  draft: AssignmentDraft,
  sourceIds: Iterable<Id>,
  coderIds: Iterable<Id>,
): AssignmentDraft {
  const next = new Map(draft);
  const coders = [...coderIds];
  for (const sourceId of sourceIds) next.set(sourceId, new Set(coders));
  return next;
}

/** The round's assignments in `sourceOrder`; sources nobody codes are not part of the round. */
export function draftAssignments(
  draft: AssignmentDraft,
  sourceOrder: readonly Id[],
  coderOrder: readonly Id[],
): RoundSourceAssignment[] {
  return sourceOrder
    .map((sourceId) => ({
      sourceId,
      coderIds: coderOrder.filter((coderId) => isAssignedIn(draft, sourceId, coderId)),
    }))
    .filter((assignment) => assignment.coderIds.length > 0);
}
