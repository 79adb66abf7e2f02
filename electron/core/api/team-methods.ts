import type { ConcordApi } from '../../../shared/api/contract';
import type { ServiceContext } from './service-context';

type TeamMethods = Pick<
  ConcordApi,
  'listUsers' | 'createUser' | 'getCurrentUser' | 'setCurrentUser'
>;

export function teamMethods(context: ServiceContext): TeamMethods {
  return {
    async listUsers() {
      return context.requireSession().store.users.list();
    },

    async createUser(args) {
      const session = context.requireSession();
      return session.store.users.create(session.actorId, args);
    },

    /** Null when no project is open: there is nobody to be. */
    async getCurrentUser() {
      return context.session?.currentUser ?? null;
    },

    async setCurrentUser(args) {
      return context.requireSession().setCurrentUser(args.userId);
    },
  };
}
