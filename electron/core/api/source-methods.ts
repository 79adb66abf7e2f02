import type { ConcordApi } from '../../../shared/api/contract';
import { parseSourceFile } from '../importers';
import type { ServiceContext } from './service-context';

type SourceMethods = Pick<
  ConcordApi,
  'listSources' | 'getSource' | 'importSource' | 'updateSource' | 'deleteSource' | 'searchSources'
>;

export function sourceMethods(context: ServiceContext): SourceMethods {
  const open = () => {
    const session = context.requireSession();
    return { store: session.store, actor: session.actorId };
  };

  return {
    async listSources(args) {
      return open().store.sources.list(args?.filter);
    },

    async getSource(args) {
      return open().store.sources.get(args.id);
    },

    async importSource(args) {
      const session = context.requireSession();
      const parsed = await parseSourceFile(args.fileName, args.data);
      context.assertStillOpen(session);
      const summary = session.store.sources.import(session.actorId, {
        parsed,
        fileName: args.fileName,
        title: args.title,
        kind: args.kind,
        participantId: args.participantId,
      });
      return {
        sourceId: summary.id,
        title: summary.title,
        format: summary.format,
        turnCount: summary.turnCount,
        wordCount: summary.wordCount,
        warnings: parsed.warnings,
      };
    },

    async updateSource({ id, ...changes }) {
      const { store, actor } = open();
      return store.sources.update(actor, id, changes);
    },

    async deleteSource(args) {
      const { store, actor } = open();
      store.sources.delete(actor, args.id);
    },

    async searchSources({ query, limit, filter }) {
      return open().store.search.search(query, { limit, filter });
    },
  };
}
