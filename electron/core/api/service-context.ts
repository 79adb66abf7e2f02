import { ApiError } from '../../../shared/api/errors';
import type { ConcordApi } from '../../../shared/api/contract';
import type { Id } from '../../../shared/domain/types';
import type { ProjectSession } from '../session/project-session';
import type { ServiceLog } from './dispatch';
import type { RecentProjects } from './recent-projects';
import { UndoHistory } from './undo-history';

export interface CoreServiceOptions {
  host: 'electron' | 'browser';
  version: string;
  /** Per-user folder for settings such as the recent projects list. */
  configDir: string;
  log?: ServiceLog;
}

/** What every group of API methods shares: the options, the open session and the public api. */
export class ServiceContext {
  private current: ProjectSession | null = null;
  /** The validated api, for code that drives the core as a user would (the demo builder). */
  publicApi!: ConcordApi;
  /** Undo stacks per open project and per user: switching user switches stacks. */
  private readonly undoStacks = new WeakMap<ProjectSession, Map<Id | null, UndoHistory>>();

  constructor(
    readonly options: CoreServiceOptions,
    readonly recent: RecentProjects,
    readonly log: ServiceLog,
  ) {}

  get session(): ProjectSession | null {
    return this.current;
  }

  /** The open session, or ApiError('no_project'). */
  requireSession(): ProjectSession {
    if (!this.current) throw new ApiError('no_project', 'No project is open.');
    return this.current;
  }

  /** Makes `next` the open session, closing the previous one. */
  replaceSession(next: ProjectSession | null): void {
    const previous = this.current;
    this.current = next;
    if (previous && previous !== next) previous.close();
  }

  /** The undo history of the current user in `session`. */
  undoHistory(session: ProjectSession): UndoHistory {
    let byUser = this.undoStacks.get(session);
    if (!byUser) this.undoStacks.set(session, (byUser = new Map()));
    let history = byUser.get(session.actorId);
    if (!history) byUser.set(session.actorId, (history = new UndoHistory()));
    return history;
  }

  /** Forgets every undo stack of `session` (after the demo was built into it, say). */
  clearUndoHistory(session: ProjectSession): void {
    this.undoStacks.delete(session);
  }

  /**
   * Throws if the session changed while an async step (parsing a file) was running, so the result
   * never lands in a project other than the one the user imported into.
   */
  assertStillOpen(session: ProjectSession): void {
    if (this.current !== session) {
      throw new ApiError('cancelled', 'The project was closed before the operation finished.');
    }
  }
}
