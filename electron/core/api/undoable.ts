import { ApiError } from '../../../shared/api/errors';
import type { Id, User } from '../../../shared/domain/types';
import type { ProjectSession } from '../session/project-session';
import type { ProjectStore } from '../store';
import type { ServiceContext } from './service-context';

export interface ActionScope {
  store: ProjectStore;
  actor: Id | null;
}

/**
 * Runs an action as one transaction, recording what it changes, and puts it on the current
 * user's undo stack under the label `describe` gives for its result (e.g. "apply code 'Trust'").
 */
export function runUndoable<T>(
  context: ServiceContext,
  action: (scope: ActionScope) => T,
  describe: (result: T) => string,
): NoInfer<T> {
  const session = context.requireSession();
  const store = session.store;
  const { result, changes } = store.recorder.record(() =>
    action({ store, actor: session.actorId }),
  );
  context.undoHistory(session).push({ label: describe(result), changes });
  return result;
}

/** The current user, who codes; refused when the session has none. */
export function requireCoder(session: ProjectSession): User {
  const user = session.currentUser;
  if (!user) {
    throw new ApiError('forbidden', 'Choose who you are (the current user) before coding.');
  }
  return user;
}

/** A name quoted for labels: "apply code 'Trust'". */
export function quoted(name: string): string {
  return `'${name}'`;
}
