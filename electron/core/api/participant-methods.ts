import type { ConcordApi } from '../../../shared/api/contract';
import { parseParticipantsCsv } from '../importers';
import type { ServiceContext } from './service-context';

type ParticipantMethods = Pick<
  ConcordApi,
  | 'listAttributes'
  | 'createAttribute'
  | 'updateAttribute'
  | 'deleteAttribute'
  | 'listParticipants'
  | 'createParticipant'
  | 'updateParticipant'
  | 'deleteParticipant'
  | 'importParticipantsCsv'
>;

export function participantMethods(context: ServiceContext): ParticipantMethods {
  const open = () => {
    const session = context.requireSession();
    return { store: session.store, actor: session.actorId };
  };

  return {
    async listAttributes() {
      return open().store.attributes.list();
    },

    async createAttribute(args) {
      const { store, actor } = open();
      return store.attributes.create(actor, args);
    },

    async updateAttribute({ id, ...changes }) {
      const { store, actor } = open();
      return store.attributes.update(actor, id, changes);
    },

    async deleteAttribute(args) {
      const { store, actor } = open();
      store.attributes.delete(actor, args.id);
    },

    async listParticipants() {
      return open().store.participants.list();
    },

    async createParticipant(args) {
      const { store, actor } = open();
      return store.participants.create(actor, args);
    },

    async updateParticipant(args) {
      const { store, actor } = open();
      return store.participants.update(actor, args);
    },

    async deleteParticipant(args) {
      const { store, actor } = open();
      store.participants.delete(actor, args.id);
    },

    async importParticipantsCsv(args) {
      const session = context.requireSession();
      const table = parseParticipantsCsv(args.fileName, args.data);
      return session.store.importParticipants(session.actorId, args.fileName, table);
    },
  };
}
