import type Database from 'better-sqlite3';
import type { AuditEntry, Id } from '../../../shared/domain/types';
import { now } from './clock';
import type { Visibility } from './visibility';

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

  /**
   * Newest first; pass the smallest id seen as `beforeId` for the next page. With a visibility
   * scope, entries about codings hidden from the viewer (another coder's coding on a source of an
   * open independent round) are left out, so the history cannot reveal them either.
   */
  list(
    options: { limit?: number; beforeId?: number } = {},
    scope: Visibility = null,
  ): AuditEntry[] {
    const limit = options.limit ?? DEFAULT_PAGE;
    const rows = (
      scope !== null
        ? this.listVisible(options.beforeId, limit, scope)
        : options.beforeId === undefined
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

  private listVisible(beforeId: number | undefined, limit: number, scope: Visibility): AuditRow[] {
    if (scope === null) return [];
    // Hidden: entries about another coder's coding on a hidden source (memo entries name no
    // source, so the coding row itself is consulted), other users' text edits of hidden sources
    // (they report how many codings moved), and other users' undo/redo (their labels name codes).
    return this.db
      .prepare(
        `WITH hidden(source_id) AS (SELECT value FROM json_each(@hidden))
         SELECT * FROM audit_log
         WHERE id < @beforeId AND NOT (
           (entity_type = 'coding'
             AND COALESCE(json_extract(detail, '$.coderId'), user_id) IS NOT @viewer
             AND (json_extract(detail, '$.sourceId') IN (SELECT source_id FROM hidden)
               OR entity_id IN (SELECT id FROM codings
                 WHERE source_id IN (SELECT source_id FROM hidden))))
           OR (action = 'source.edit_text' AND user_id IS NOT @viewer
             AND entity_id IN (SELECT source_id FROM hidden))
           OR (entity_type = 'history' AND user_id IS NOT @viewer)
         )
         ORDER BY id DESC LIMIT @limit`,
      )
      .all({
        beforeId: beforeId ?? Number.MAX_SAFE_INTEGER,
        hidden: JSON.stringify(scope.hiddenSourceIds),
        viewer: scope.viewerId,
        limit,
      }) as AuditRow[];
  }
}
