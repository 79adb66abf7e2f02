import { ApiError } from '../../../shared/api/errors';
import type { Id, ProjectInfo, User } from '../../../shared/domain/types';
import type { ProjectStore } from '../store';

/**
 * An open project and who is working in it. The current user belongs to the session, not to the
 * file: two people opening copies of one project each act as themselves.
 */
export class ProjectSession {
  private currentUserId: Id | null;

  constructor(readonly store: ProjectStore) {
    this.currentUserId = store.users.defaultUser()?.id ?? null;
  }

  /** The acting user recorded in the audit log; null only in a project without users. */
  get actorId(): Id | null {
    return this.currentUserId;
  }

  get currentUser(): User | null {
    return this.currentUserId === null ? null : (this.store.users.find(this.currentUserId) ?? null);
  }

  setCurrentUser(userId: Id): User {
    const user = this.store.users.find(userId);
    if (!user) throw new ApiError('not_found', `No user with id ${userId} in this project.`);
    this.currentUserId = user.id;
    return user;
  }

  info(): ProjectInfo {
    const project = this.store.project.get();
    return {
      path: this.store.path,
      name: project.name,
      schemaVersion: this.store.schemaVersion,
      createdAt: project.createdAt,
      counts: this.store.project.counts(),
    };
  }

  close(): void {
    this.store.close();
  }
}
