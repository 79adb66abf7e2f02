import type { ConcordApi } from '../../../shared/api/contract';
import { assertCodebookChangeAllowed, assertNoHiddenCodingsOfCodes, scopeOf } from './access';
import { visibleCodingCondition } from '../store/visibility';
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
  /** The session, after checking the codebook policy lets the current user make this change. */
  const changing = (kind: 'add' | 'edit') => {
    const session = context.requireSession();
    assertCodebookChangeAllowed(session, kind);
    return session;
  };
  return {
    async listCodes() {
      return store().codes.list();
    },

    async listCodings(args) {
      const session = context.requireSession();
      return session.store.codings.list(args ?? {}, scopeOf(session));
    },

    async listAuditLog(args) {
      const session = context.requireSession();
      return session.store.audit.list(args ?? {}, scopeOf(session));
    },

    async createCode(args) {
      changing('add');
      return runUndoable(
        context,
        ({ store, actor }) => store.codes.create(actor, args),
        (code) => `create code ${quoted(code.name)}`,
      );
    },

    async updateCode({ id, ...changes }) {
      const before = changing('edit').store.codes.get(id);
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
      changing('edit');
      return runUndoable(
        context,
        ({ store, actor }) => store.codes.move(actor, id, parentId, index),
        (code) => `move code ${quoted(code.name)}`,
      );
    },

    async previewDeleteCode(args) {
      const session = context.requireSession();
      const preview = session.store.codes.previewDelete(args.id);
      const scope = scopeOf(session);
      if (scope === null) return preview;
      // Count only the codings this user can see: the others are not theirs to know about.
      const visible = visibleCodingCondition(scope, 'k');
      const codings = session.store.db
        .prepare(
          `SELECT COUNT(*) FROM codings k
           WHERE k.code_id IN (SELECT value FROM json_each(?)) AND ${visible.sql}`,
        )
        .pluck()
        .get(JSON.stringify(session.store.codes.subtreeIds(args.id)), ...visible.params) as number;
      return { ...preview, codings };
    },

    async deleteCode(args) {
      const session = changing('edit');
      assertNoHiddenCodingsOfCodes(session, session.store.codes.subtreeIds(args.id));
      return runUndoable(
        context,
        ({ store, actor }) => store.codes.delete(actor, args.id),
        (deletion) => `delete code ${quoted(deletion.name)}`,
      );
    },

    async mergeCodes({ codeId, intoCodeId }) {
      const session = changing('edit');
      const merged = session.store.codes.get(codeId);
      assertNoHiddenCodingsOfCodes(session, [codeId, intoCodeId]);
      return runUndoable(
        context,
        ({ store, actor }) => store.codeRestructuring.merge(actor, codeId, intoCodeId),
        (result) => `merge ${quoted(merged.name)} into ${quoted(result.target.name)}`,
      );
    },

    async splitCode({ codeId, codingIds, name, color }) {
      const session = changing('edit');
      const original = session.store.codes.get(codeId);
      assertNoHiddenCodingsOfCodes(session, [codeId]);
      return runUndoable(
        context,
        ({ store, actor }) =>
          store.codeRestructuring.split(actor, codeId, codingIds, { name, color }),
        (result) => `split ${quoted(result.code.name)} from ${quoted(original.name)}`,
      );
    },

    async copyCodeSubtree({ id, parentId }) {
      changing('add');
      return runUndoable(
        context,
        ({ store, actor }) => store.codeRestructuring.copy(actor, id, parentId),
        (copies) => `copy code ${quoted(copies[0]!.name)}`,
      );
    },

    async listCodeStats(args) {
      const session = context.requireSession();
      const current = session.store;
      return current.codeStats.list(
        current.codes.list(),
        { aggregate: args?.aggregate },
        scopeOf(session),
      );
    },
  };
}
