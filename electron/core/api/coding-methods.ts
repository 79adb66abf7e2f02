import type { ConcordApi } from '../../../shared/api/contract';
import { exportCodedSegments } from './segment-export';
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
      requireCoder(context.requireSession());
      runUndoable(
        context,
        ({ store, actor }) => store.codings.remove(actor, args.id),
        (coding) => `remove coding of ${codeName(coding.codeId)}`,
      );
    },

    async adjustCoding({ id, start, end }) {
      requireCoder(context.requireSession());
      return runUndoable(
        context,
        ({ store, actor }) => store.codings.adjust(actor, id, start, end),
        (coding) => `adjust coding of ${codeName(coding.codeId)}`,
      );
    },

    async setCodingMemo({ id, memo }) {
      requireCoder(context.requireSession());
      return runUndoable(
        context,
        ({ store, actor }) => store.codings.setMemo(actor, id, memo),
        (coding) => `edit memo of a ${codeName(coding.codeId)} coding`,
      );
    },

    async editSourceText(args) {
      const title = store().sources.getSummary(args.sourceId).title;
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
      return store().codedSegments.list(args);
    },

    async exportCodedSegments({ format, ...query }) {
      const current = store();
      return exportCodedSegments(format, {
        segments: current.codedSegments.list(query),
        codes: current.codes.list(),
        codeId: query.codeId,
        attributes: current.attributes.list(),
      });
    },
  };
}
