import type { Id, User } from '../../../shared/domain/types';

/** Whether the user is active (not deactivated by a lead). */
export function isActive(user: User): boolean {
  return !user.deactivatedAt;
}

/**
 * The users one may switch to as the current coder, in team order: the active ones. A deactivated
 * current user stays listed, as the selector must show who is chosen (and lets them switch away).
 */
export function selectableCoders(users: readonly User[], currentUserId: Id | null): User[] {
  return users.filter((user) => isActive(user) || user.id === currentUserId);
}

/** How the coder selector names a user: "Sarah (coder)", or "Kim (mentee, deactivated)". */
export function coderOptionLabel(user: User): string {
  return isActive(user)
    ? `${user.name} (${user.role})`
    : `${user.name} (${user.role}, deactivated)`;
}
