import { ApiError } from '../../../shared/api/errors';
import type { ConcordApi } from '../../../shared/api/contract';
import type { ProjectSession } from '../session/project-session';
import type { ServiceLog } from './dispatch';
import type { RecentProjects } from './recent-projects';

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
