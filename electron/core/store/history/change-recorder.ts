import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Id } from '../../../../shared/domain/types';
import type { ChangeSet, RowChange, TextChange } from './change-set';
import { RowAccess, sameRow, type CodeRow, type CodingRow } from './rows';

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

class Recording {
  readonly codes = new Map<Id, CodeRow | null>();
  readonly codings = new Map<Id, CodingRow | null>();
  readonly texts: TextChange[] = [];
}

/**
 * Captures the rows an action touches, so that the action can be undone. Repositories call
 * `code`/`coding` before they change a row (and after creating one); outside `record` these calls
 * cost nothing. Only the first capture of a row counts: it holds the row as it was before.
 */
export class ChangeRecorder {
  private recording: Recording | null = null;
  private readonly codeRows: RowAccess<'codes'>;
  private readonly codingRows: RowAccess<'codings'>;
  private readonly codingIdsOfCode: Database.Statement<[Id]>;

  constructor(private readonly db: Database.Database) {
    this.codeRows = new RowAccess(db, 'codes');
    this.codingRows = new RowAccess(db, 'codings');
    this.codingIdsOfCode = db.prepare('SELECT id FROM codings WHERE code_id = ?').pluck();
  }

  /** Runs `work` as one transaction and returns what it changed. Recordings do not nest. */
  record<T>(work: () => T): { result: T; changes: ChangeSet } {
    if (this.recording) throw new Error('ChangeRecorder.record: recordings do not nest');
    return this.db.transaction(() => {
      const recording = new Recording();
      this.recording = recording;
      try {
        const result = work();
        return { result, changes: this.finish(recording) };
      } finally {
        this.recording = null;
      }
    })();
  }

  code(id: Id): void {
    const recording = this.recording;
    if (recording && !recording.codes.has(id)) recording.codes.set(id, this.codeRows.read(id));
  }

  coding(id: Id): void {
    const recording = this.recording;
    if (recording && !recording.codings.has(id)) {
      recording.codings.set(id, this.codingRows.read(id));
    }
  }

  /** Every coding of a code, e.g. before deleting or merging it. */
  codingsOfCode(codeId: Id): void {
    if (!this.recording) return;
    for (const id of this.codingIdsOfCode.all(codeId) as Id[]) this.coding(id);
  }

  text(change: TextChange): void {
    this.recording?.texts.push(change);
  }

  private finish(recording: Recording): ChangeSet {
    return {
      texts: recording.texts,
      codes: changedRows(recording.codes, (id) => this.codeRows.read(id)),
      codings: changedRows(recording.codings, (id) => this.codingRows.read(id)),
    };
  }
}

function changedRows<Row extends object>(
  before: Map<Id, Row | null>,
  readAfter: (id: Id) => Row | null,
): RowChange<Row>[] {
  const changes: RowChange<Row>[] = [];
  for (const [id, row] of before) {
    const after = readAfter(id);
    if (!sameRow(row, after)) changes.push({ id, before: row, after });
  }
  return changes;
}
