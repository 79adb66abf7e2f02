import type { ConcordApi } from '../../../shared/api/contract';
import type { ServiceContext } from './service-context';
import { quoted, runUndoable } from './undoable';

type CodebookMethods = Pick<
  ConcordApi,
  | 'listCodes'
  | 'listCodings'
  | 'listAuditLog'
  | 'createCode'
  | 'updateCode'
  | 'moveCode'
  | 'previewDeleteCode'
  | 'deleteCode'
  | 'mergeCodes'
  | 'splitCode'
  | 'copyCodeSubtree'
  | 'listCodeStats'
>;

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

    async createCode(args) {
      return runUndoable(
        context,
        ({ store, actor }) => store.codes.create(actor, args),
        (code) => `create code ${quoted(code.name)}`,
      );
    },

    async updateCode({ id, ...changes }) {
      const before = store().codes.get(id);
      return runUndoable(
        context,
        ({ store, actor }) => store.codes.update(actor, id, changes),
        (code) =>
          code.name !== before.name
            ? `rename code ${quoted(before.name)} to ${quoted(code.name)}`
            : `edit code ${quoted(code.name)}`,
      );
    },

    async moveCode({ id, parentId, index }) {
      return runUndoable(
        context,
        ({ store, actor }) => store.codes.move(actor, id, parentId, index),
        (code) => `move code ${quoted(code.name)}`,
      );
    },

    async previewDeleteCode(args) {
      return store().codes.previewDelete(args.id);
    },

    async deleteCode(args) {
      return runUndoable(
        context,
        ({ store, actor }) => store.codes.delete(actor, args.id),
        (deletion) => `delete code ${quoted(deletion.name)}`,
      );
    },

    async mergeCodes({ codeId, intoCodeId }) {
      const merged = store().codes.get(codeId);
      return runUndoable(
        context,
        ({ store, actor }) => store.codeRestructuring.merge(actor, codeId, intoCodeId),
        (result) => `merge ${quoted(merged.name)} into ${quoted(result.target.name)}`,
      );
    },

    async splitCode({ codeId, codingIds, name, color }) {
      const original = store().codes.get(codeId);
      return runUndoable(
        context,
        ({ store, actor }) =>
          store.codeRestructuring.split(actor, codeId, codingIds, { name, color }),
        (result) => `split ${quoted(result.code.name)} from ${quoted(original.name)}`,
      );
    },

    async copyCodeSubtree({ id, parentId }) {
      return runUndoable(
        context,
        ({ store, actor }) => store.codeRestructuring.copy(actor, id, parentId),
        (copies) => `copy code ${quoted(copies[0]!.name)}`,
      );
    },

    async listCodeStats(args) {
      const current = store();
      return current.codeStats.list(current.codes.list(), { aggregate: args?.aggregate });
    },
  };
}
