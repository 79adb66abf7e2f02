import type Database from 'better-sqlite3';
import type { CoderCount, Id, ProjectCounts, Timestamp } from '../../../shared/domain/types';
import type { AuditLog } from './audit';
import { newId, now } from './clock';
import type { Visibility } from './visibility';

export interface ProjectRecord {
  id: Id;
  name: string;
  createdAt: Timestamp;
}

/** The single project row and the aggregate counts shown on the project overview. */
export class ProjectRepository {
  private readonly select: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly totals: Database.Statement;
  private readonly byCoder: Database.Statement;
  private readonly hiddenByCoder: Database.Statement<[string, string]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
  ) {
    this.select = db.prepare('SELECT id, name, created_at AS createdAt FROM project');
    this.insert = db.prepare('INSERT INTO project (id, name, created_at) VALUES (?, ?, ?)');
    // Every count is an aggregate over a small table, an index or a counter: no text is read.
    this.totals = db.prepare(
      `SELECT
         (SELECT COUNT(*) FROM sources) AS sources,
         (SELECT COUNT(*) FROM participants) AS participants,
         (SELECT COALESCE(SUM(word_count), 0) FROM sources) AS words,
         (SELECT COUNT(*) FROM codes) AS codes,
         (SELECT COALESCE(SUM(count), 0) FROM coding_counts) AS codings`,
    );
    this.byCoder = db.prepare(
      `SELECT c.coder_id AS coderId, COALESCE(u.name, '') AS coderName, c.count
       FROM coding_counts c LEFT JOIN users u ON u.id = c.coder_id
       ORDER BY u.name, c.coder_id`,
    );
    // Codings of other coders on hidden sources, per coder (codings_by_source): subtracted from
    // the totals a coder sees while an independent round is open.
    this.hiddenByCoder = db.prepare(
      `SELECT coder_id AS coderId, COUNT(*) AS count FROM codings
       WHERE source_id IN (SELECT value FROM json_each(?)) AND coder_id <> ?
       GROUP BY coder_id`,
    );
  }

  get(): ProjectRecord {
    const row = this.select.get() as ProjectRecord | undefined;
    if (!row) throw new Error('The project row is missing');
    return row;
  }

  /** Writes the project row of a new file. */
  initialize(name: string, actor: Id | null): ProjectRecord {
    return this.db.transaction(() => {
      const record: ProjectRecord = { id: newId(), name, createdAt: now() };
      this.insert.run(record.id, record.name, record.createdAt);
      this.audit.append({
        userId: actor,
        action: 'project.create',
        entityType: 'project',
        entityId: record.id,
        detail: { name },
      });
      return record;
    })();
  }

  /** With a visibility scope, codings hidden from the viewer are not counted. */
  counts(scope: Visibility = null): ProjectCounts {
    const totals = this.totals.get() as Omit<ProjectCounts, 'codingsByCoder'>;
    const byCoder = this.byCoder.all() as CoderCount[];
    if (scope === null) return { ...totals, codingsByCoder: byCoder };
    const hidden = new Map(
      (
        this.hiddenByCoder.all(JSON.stringify(scope.hiddenSourceIds), scope.viewerId) as {
          coderId: Id;
          count: number;
        }[]
      ).map((row) => [row.coderId, row.count]),
    );
    let hiddenTotal = 0;
    const visible = byCoder
      .map((row) => {
        const minus = hidden.get(row.coderId) ?? 0;
        hiddenTotal += minus;
        return { ...row, count: row.count - minus };
      })
      .filter((row) => row.count > 0);
    return { ...totals, codings: totals.codings - hiddenTotal, codingsByCoder: visible };
  }
}
