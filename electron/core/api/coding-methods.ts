import type { ConcordApi } from '../../../shared/api/contract';
import { exportCodedSegments } from './segment-export';
import { ApiError } from '../../../shared/api/errors';
import { isLead, requireVisibleCoding, scopeOf } from './access';
import type { ServiceContext } from './service-context';
import { quoted, requireCoder, runUndoable } from './undoable';

type CodingMethods = Pick<
  ConcordApi,
  | 'applyCode'
  | 'removeCoding'
  | 'adjustCoding'
  | 'setCodingMemo'
  | 'editSourceText'
  | 'listCodedSegments'
  | 'exportCodedSegments'
>;

export function codingMethods(context: ServiceContext): CodingMethods {
  const store = () => context.requireSession().store;
  const codeName = (codeId: string) => quoted(store().codes.get(codeId).name);

  return {
    async applyCode(args) {
      const coder = requireCoder(context.requireSession());
      return runUndoable(
        context,
        ({ store, actor }) => store.codings.apply(actor, { ...args, coderId: coder.id }).coding,
        (coding) => `apply code ${codeName(coding.codeId)}`,
      );
    },

    async removeCoding(args) {
      const session = context.requireSession();
      requireCoder(session);
      requireVisibleCoding(session, args.id);
      runUndoable(
        context,
        ({ store, actor }) => store.codings.remove(actor, args.id),
        (coding) => `remove coding of ${codeName(coding.codeId)}`,
      );
    },

    async adjustCoding({ id, start, end }) {
      const session = context.requireSession();
      requireCoder(session);
      requireVisibleCoding(session, id);
      return runUndoable(
        context,
        ({ store, actor }) => store.codings.adjust(actor, id, start, end),
        (coding) => `adjust coding of ${codeName(coding.codeId)}`,
      );
    },

    async setCodingMemo({ id, memo }) {
      const session = context.requireSession();
      requireCoder(session);
      requireVisibleCoding(session, id);
      return runUndoable(
        context,
        ({ store, actor }) => store.codings.setMemo(actor, id, memo),
        (coding) => `edit memo of a ${codeName(coding.codeId)} coding`,
      );
    },

    async editSourceText(args) {
      const session = context.requireSession();
      const title = session.store.sources.getSummary(args.sourceId).title;
      const scope = scopeOf(session);
      // An edit moves every coder's codings and reports how many: on a source of an open
      // independent round that would reveal (and change) codings the coder must not see.
      if (!isLead(session) && scope?.hiddenSourceIds.includes(args.sourceId)) {
        throw new ApiError(
          'forbidden',
          `"${title}" is in an open independent round; only a lead can edit its text until the round is closed.`,
        );
      }
      return runUndoable(
        context,
        ({ store, actor }) => {
          const options = { expectedRevision: args.expectedRevision };
          return 'edits' in args
            ? store.sourceTexts.edit(actor, args.sourceId, args.edits, options)
            : store.sourceTexts.replaceText(actor, args.sourceId, args.text, {
                ...options,
                baseText: args.baseText,
              });
        },
        () => `edit text of ${quoted(title)}`,
      );
    },

    async listCodedSegments(args) {
      const session = context.requireSession();
      return session.store.codedSegments.list(args, scopeOf(session));
    },

    async exportCodedSegments({ format, ...query }) {
      const session = context.requireSession();
      const current = session.store;
      return exportCodedSegments(format, {
        segments: current.codedSegments.list(query, scopeOf(session)),
        codes: current.codes.list(),
        codeId: query.codeId,
        attributes: current.attributes.list(),
      });
    },
  };
}
