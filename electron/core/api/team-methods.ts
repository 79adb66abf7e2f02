import type { ConcordApi } from '../../../shared/api/contract';
import { requireLead } from './access';
import type { ServiceContext } from './service-context';

type TeamMethods = Pick<
  ConcordApi,
  | 'listUsers'
  | 'createUser'
  | 'getCurrentUser'
  | 'setCurrentUser'
  | 'updateUser'
  | 'getCodebookPolicy'
  | 'setCodebookPolicy'
>;

export function teamMethods(context: ServiceContext): TeamMethods {
  return {
    async listUsers() {
      return context.requireSession().store.users.list();
    },

    async createUser(args) {
      const session = context.requireSession();
      requireLead(session, 'add people to the team');
      return session.store.users.create(session.actorId, args);
    },

    /** Null when no project is open: there is nobody to be. */
    async getCurrentUser() {
      return context.session?.currentUser ?? null;
    },

    async setCurrentUser(args) {
      const session = context.requireSession();
      const user = session.setCurrentUser(args.userId);
      try {
        context.recent.rememberUser(session.store.path, user);
      } catch (error) {
        // Remembering who you are is a convenience; it must not fail the switch.
        context.log('Could not remember the current user', error);
      }
      return user;
    },

    async updateUser({ id, ...changes }) {
      const session = context.requireSession();
      requireLead(session, 'change the team');
      return session.store.users.update(session.actorId, id, changes);
    },

    async getCodebookPolicy() {
      return context.requireSession().store.codebookPolicy.get();
    },

    async setCodebookPolicy(args) {
      const session = context.requireSession();
      requireLead(session, 'change the codebook policy');
      return session.store.codebookPolicy.set(session.actorId, args);
    },
  };
}
