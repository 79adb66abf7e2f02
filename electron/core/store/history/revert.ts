import type Database from 'better-sqlite3';
import { ApiError } from '../../../../shared/api/errors';
import type { Id } from '../../../../shared/domain/types';
import type { SourceTextEditor } from '../source-text-editor';
import type { ChangeSet, RowChange } from './change-set';
import { RowAccess, sameRow, type RowOf, type RowTable } from './rows';

export type HistoryDirection = 'undo' | 'redo';

/**
 * Replays a recorded ChangeSet backwards (undo) or forwards (redo) in one transaction. Before
 * writing anything it checks that every row and text is still exactly as the action (or the
 * previous undo) left it; if something else changed them in between, it refuses with a conflict
 * rather than overwrite that work.
 */
export class ChangeReverter {
  private readonly codeRows: RowAccess<'codes'>;
  private readonly codingRows: RowAccess<'codings'>;

  constructor(
    private readonly db: Database.Database,
    private readonly texts: SourceTextEditor,
  ) {
    this.codeRows = new RowAccess(db, 'codes');
    this.codingRows = new RowAccess(db, 'codings');
  }

  apply(actor: Id | null, changes: ChangeSet, direction: HistoryDirection, label: string): void {
    const undo = direction === 'undo';
    this.db.transaction(() => {
      this.assertUnchanged(changes, direction, label);
      // Rows are written in an order that suits no single foreign key (a restored child may come
      // before its restored parent); the keys are checked at commit instead.
      this.db.pragma('defer_foreign_keys = ON');
      const texts = undo ? [...changes.texts].reverse() : changes.texts;
      for (const text of texts) {
        this.texts.edit(actor, text.sourceId, undo ? text.inverse : text.forward, {
          reason: direction,
        });
        this.texts.restoreLayout(
          text.sourceId,
          undo ? text.turnsBefore : text.turnsAfter,
          undo ? text.syncPointsBefore : text.syncPointsAfter,
        );
      }
      // Codes first, so that codings never point at a code that is about to appear; deleting a
      // code last keeps its ON DELETE CASCADE from reaching codings that are being restored.
      const target = <Row>(change: RowChange<Row>) => (undo ? change.before : change.after);
      const present = changes.codes.filter((change) => target(change) !== null);
      const absent = changes.codes.filter((change) => target(change) === null);
      for (const change of present) this.codeRows.write(change.id, target(change));
      for (const change of changes.codings) this.codingRows.write(change.id, target(change));
      for (const change of absent) this.codeRows.write(change.id, null);
    })();
  }

  private assertUnchanged(changes: ChangeSet, direction: HistoryDirection, label: string): void {
    const undo = direction === 'undo';
    const expected = <Row>(change: RowChange<Row>) => (undo ? change.after : change.before);
    const stale =
      changes.texts.some(
        (text) =>
          this.texts.findTextHash(text.sourceId) !== (undo ? text.hashAfter : text.hashBefore),
      ) ||
      differs(this.codeRows, changes.codes, expected) ||
      differs(this.codingRows, changes.codings, expected);
    if (stale) {
      throw new ApiError(
        'conflict',
        `Cannot ${direction} "${label}": the codes, codings or text it changed were changed since by another action.`,
      );
    }
  }
}

function differs<T extends RowTable>(
  rows: RowAccess<T>,
  changes: readonly RowChange<RowOf<T>>[],
  expected: (change: RowChange<RowOf<T>>) => RowOf<T> | null,
): boolean {
  return changes.some((change) => !sameRow(rows.read(change.id), expected(change)));
}
