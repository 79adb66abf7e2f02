import type Database from 'better-sqlite3';
import type { AuditEntry, Id } from '../../../shared/domain/types';
import { now } from './clock';

export interface AuditRecord {
  /** Who acted; null for actions of the system itself (e.g. a migration). */
  userId: Id | null;
  /** Dotted verb, e.g. 'source.import', 'participant.update'. */
  action: string;
  entityType: string;
  entityId: Id | null;
  detail?: unknown;
}

interface AuditRow {
  id: number;
  at: string;
  user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  detail: string;
}

const DEFAULT_PAGE = 100;

/**
 * The project's append-only history. `append` never opens a transaction of its own: callers write
 * the entry inside the transaction of the action it records, so both commit or neither does.
 */
export class AuditLog {
  private readonly insert: Database.Statement;
  private readonly latest: Database.Statement<[number]>;
  private readonly before: Database.Statement<[number, number]>;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (at, user_id, action, entity_type, entity_id, detail)
       VALUES (@at, @userId, @action, @entityType, @entityId, @detail)`,
    );
    this.latest = db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');
    this.before = db.prepare('SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?');
  }

  append(record: AuditRecord): void {
    if (!this.db.inTransaction) {
      throw new Error(`Audit entry ${record.action} written outside the transaction of its action`);
    }
    this.insert.run({
      at: now(),
      userId: record.userId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      detail: JSON.stringify(record.detail ?? null),
    });
  }

  /** Newest first; pass the smallest id seen as `beforeId` for the next page. */
  list(options: { limit?: number; beforeId?: number } = {}): AuditEntry[] {
    const limit = options.limit ?? DEFAULT_PAGE;
    const rows = (
      options.beforeId === undefined
        ? this.latest.all(limit)
        : this.before.all(options.beforeId, limit)
    ) as AuditRow[];
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      userId: row.user_id,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      detail: JSON.parse(row.detail) as unknown,
    }));
  }
}
