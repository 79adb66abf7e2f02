import type { ConcordApi } from '../../../shared/api/contract';
import type { ServiceContext } from './service-context';

type CodebookMethods = Pick<ConcordApi, 'listCodes' | 'listCodings' | 'listAuditLog'>;

export function codebookMethods(context: ServiceContext): CodebookMethods {
  const store = () => context.requireSession().store;
  return {
    async listCodes() {
      return store().codes.list();
    },

    async listCodings(args) {
      return store().codings.list(args ?? {});
    },

    async listAuditLog(args) {
      return store().audit.list(args ?? {});
    },
  };
}
