import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Id, Memo, MemoTarget } from '../../../shared/domain/types';
import type { AuditLog } from './audit';
import { newId, now } from './clock';

const COLUMNS = `id, title, body, target_type AS targetType, target_id AS targetId,
  author_id AS authorId, created_at AS createdAt, updated_at AS updatedAt`;

/** Analytic memos about the project, a source, a code, a coding or a participant. */
export class MemoRepository {
  private readonly selectAll: Database.Statement;
  private readonly selectForTarget: Database.Statement<[MemoTarget, Id | null]>;
  private readonly selectOne: Database.Statement<[Id]>;
  private readonly insert: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly deleteRow: Database.Statement<[Id]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
  ) {
    this.selectAll = db.prepare(`SELECT ${COLUMNS} FROM memos ORDER BY created_at, rowid`);
    this.selectForTarget = db.prepare(
      `SELECT ${COLUMNS} FROM memos WHERE target_type = ? AND target_id IS ?
       ORDER BY created_at, rowid`,
    );
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM memos WHERE id = ?`);
    this.insert = db.prepare(
      `INSERT INTO memos (id, title, body, target_type, target_id, author_id, created_at,
         updated_at)
       VALUES (@id, @title, @body, @targetType, @targetId, @authorId, @createdAt, @updatedAt)`,
    );
    this.updateRow = db.prepare(
      'UPDATE memos SET title = @title, body = @body, updated_at = @updatedAt WHERE id = @id',
    );
    this.deleteRow = db.prepare('DELETE FROM memos WHERE id = ?');
  }

  list(target?: { type: MemoTarget; id: Id | null }): Memo[] {
    const rows = target ? this.selectForTarget.all(target.type, target.id) : this.selectAll.all();
    return rows as Memo[];
  }

  get(id: Id): Memo {
    const memo = this.selectOne.get(id) as Memo | undefined;
    if (!memo) throw new ApiError('not_found', `No memo with id ${id}.`);
    return memo;
  }

  create(
    actor: Id | null,
    input: { title: string; body: string; targetType: MemoTarget; targetId: Id | null },
  ): Memo {
    return this.db.transaction(() => {
      const timestamp = now();
      const memo: Memo = {
        id: newId(),
        ...input,
        authorId: actor,
        createdAt: timestamp,
        updatedAt: timestamp,
      };
      this.insert.run(memo);
      this.audit.append({
        userId: actor,
        action: 'memo.create',
        entityType: 'memo',
        entityId: memo.id,
        detail: { title: memo.title, targetType: memo.targetType, targetId: memo.targetId },
      });
      return memo;
    })();
  }

  update(actor: Id | null, id: Id, changes: { title?: string; body?: string }): Memo {
    return this.db.transaction(() => {
      const before = this.get(id);
      const after = { title: changes.title ?? before.title, body: changes.body ?? before.body };
      this.updateRow.run({ id, ...after, updatedAt: now() });
      this.audit.append({
        userId: actor,
        action: 'memo.update',
        entityType: 'memo',
        entityId: id,
        detail: { titleBefore: before.title, titleAfter: after.title },
      });
      return this.get(id);
    })();
  }

  delete(actor: Id | null, id: Id): void {
    this.db.transaction(() => {
      const memo = this.get(id);
      this.deleteRow.run(id);
      this.audit.append({
        userId: actor,
        action: 'memo.delete',
        entityType: 'memo',
        entityId: id,
        detail: { title: memo.title, body: memo.body },
      });
    })();
  }
}
