import type {
  Id,
  Round,
  RoundAssignment,
  RoundProgressEntry,
  SourceSummary,
  User,
  UserRole,
} from '../../../shared/domain/types';

/** A team member; `deactivated` sets deactivatedAt. */
export function user(id: Id, role: UserRole = 'coder', deactivated = false): User {
  return {
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    role,
    createdAt: '2026-01-01T00:00:00.000Z',
    deactivatedAt: deactivated ? '2026-02-01T00:00:00.000Z' : null,
  };
}

/** An assignment of `coderId` to `sourceId`, done when `done`. */
export function assignment(sourceId: Id, coderId: Id, done = false): RoundAssignment {
  return { sourceId, coderId, doneAt: done ? '2026-03-01T00:00:00.000Z' : null };
}

/** A round; its sources are those of its assignments, in first-appearance order. */
export function round(
  id: Id,
  assignments: RoundAssignment[],
  overrides: Partial<Omit<Round, 'id' | 'assignments'>> = {},
): Round {
  return {
    id,
    name: `Round ${id}`,
    mode: 'independent',
    status: 'open',
    sourceIds: [...new Set(assignments.map((a) => a.sourceId))],
    assignments,
    createdAt: '2026-01-01T00:00:00.000Z',
    closedAt: null,
    ...overrides,
  };
}

export function source(id: Id, participantId: Id | null): SourceSummary {
  return {
    id,
    title: `Interview ${id}`,
    kind: 'interview',
    format: 'plain',
    participantId,
    participantPseudonym: participantId,
    wordCount: 100,
    charCount: 600,
    turnCount: 10,
    importedFrom: null,
    durationMs: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

export function progressEntry(sourceId: Id, coderId: Id, codings = 0): RoundProgressEntry {
  return {
    ...assignment(sourceId, coderId),
    coderName: coderId.toUpperCase(),
    sourceTitle: `Title ${sourceId}`,
    codings,
  };
}
