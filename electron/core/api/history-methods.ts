import type { ConcordApi, UndoOutcome } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { ServiceContext } from './service-context';

type HistoryMethods = Pick<ConcordApi, 'undo' | 'redo' | 'getUndoState'>;

export function historyMethods(context: ServiceContext): HistoryMethods {
  const replay = (direction: 'undo' | 'redo'): UndoOutcome => {
    const session = context.requireSession();
    const history = context.undoHistory(session);
    const entry = direction === 'undo' ? history.nextUndo() : history.nextRedo();
    if (!entry) throw new ApiError('bad_input', `Nothing to ${direction}.`);
    const { store, actorId } = session;
    try {
      store.db.transaction(() => {
        store.history.apply(actorId, entry.changes, direction, entry.label);
        store.audit.append({
          userId: actorId,
          action: `history.${direction}`,
          entityType: 'history',
          entityId: null,
          detail: {
            label: entry.label,
            codes: entry.changes.codes.length,
            codings: entry.changes.codings.length,
            texts: entry.changes.texts.length,
          },
        });
      })();
    } catch (error) {
      // A stale entry would block every older one: drop it so the user can go on.
      if (error instanceof ApiError && error.code === 'conflict') history.discardNext(direction);
      throw error;
    }
    if (direction === 'undo') history.undone();
    else history.redone();
    const verb = direction === 'undo' ? 'Undo' : 'Redo';
    return { description: `${verb} ${entry.label}`, state: history.state() };
  };

  return {
    async undo() {
      return replay('undo');
    },

    async redo() {
      return replay('redo');
    },

    async getUndoState() {
      const session = context.session;
      if (!session) return { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
      return context.undoHistory(session).state();
    },
  };
}
