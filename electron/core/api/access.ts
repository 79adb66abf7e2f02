import { ApiError } from '../../../shared/api/errors';
import type { Coding, Id, ProjectInfo, User } from '../../../shared/domain/types';
import type { ProjectSession } from '../session/project-session';
import { isCodingVisible, type Visibility } from '../store/visibility';

/**
 * Who may see and do what. Every read path asks `scopeOf` which codings the current user may see;
 * management actions ask `requireLead`; codebook changes by coders and mentees follow the
 * project's codebook policy.
 */
export function scopeOf(session: ProjectSession): Visibility {
  return session.store.visibility.scopeFor(session.currentUser);
}

export function isLead(session: ProjectSession): boolean {
  return session.currentUser?.role === 'lead';
}

/** The current user, who must be a lead; otherwise ApiError('forbidden') naming the action. */
export function requireLead(session: ProjectSession, action: string): User {
  const user = session.currentUser;
  if (user?.role !== 'lead') {
    throw new ApiError('forbidden', `Only a lead can ${action}.`);
  }
  return user;
}

/**
 * Refuses a codebook change by a coder or mentee when the policy does not allow it. `kind` is
 * 'add' for creating codes (createCode, copyCodeSubtree) and 'edit' for everything else.
 */
export function assertCodebookChangeAllowed(session: ProjectSession, kind: 'add' | 'edit'): void {
  if (isLead(session)) return;
  const { coderChanges } = session.store.codebookPolicy.get();
  if (coderChanges === 'all' || (coderChanges === 'add' && kind === 'add')) return;
  throw new ApiError(
    'forbidden',
    coderChanges === 'add'
      ? 'The codebook policy lets coders add codes but not change existing ones; ask a lead.'
      : 'The codebook policy does not let coders change the codebook; ask a lead.',
  );
}

/** A coding the current user may not see is reported as absent, exactly like a missing one. */
export function requireVisibleCoding(session: ProjectSession, id: Id): Coding {
  const coding = session.store.codings.get(id);
  if (!isCodingVisible(scopeOf(session), coding)) {
    throw new ApiError('not_found', `No coding with id ${id}.`);
  }
  return coding;
}

/**
 * Refuses a codebook action that would change codings the current user may not see (deleting,
 * merging or splitting a code that other coders used on a source of an open independent round).
 */
export function assertNoHiddenCodingsOfCodes(
  session: ProjectSession,
  codeIds: readonly Id[],
): void {
  const scope = scopeOf(session);
  if (scope === null) return;
  const hidden = session.store.db
    .prepare(
      `SELECT COUNT(*) FROM codings
       WHERE code_id IN (SELECT value FROM json_each(?))
         AND source_id IN (SELECT value FROM json_each(?)) AND coder_id <> ?`,
    )
    .pluck()
    .get(JSON.stringify(codeIds), JSON.stringify(scope.hiddenSourceIds), scope.viewerId) as number;
  if (hidden > 0) {
    throw new ApiError(
      'forbidden',
      'Other coders are using this code in an open independent round; only a lead can change it until the round is closed.',
    );
  }
}

/** The project overview as the current user may see it. */
export function projectInfo(session: ProjectSession): ProjectInfo {
  const { store } = session;
  const project = store.project.get();
  return {
    path: store.path,
    name: project.name,
    schemaVersion: store.schemaVersion,
    createdAt: project.createdAt,
    counts: store.project.counts(scopeOf(session)),
    id: project.id,
    packageOrigin: store.packageOrigin.get(),
  };
}
