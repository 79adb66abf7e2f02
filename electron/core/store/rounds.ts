import type Database from 'better-sqlite3';
import type { RoundSourceAssignment } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type {
  Id,
  Round,
  RoundAssignment,
  RoundMode,
  RoundProgressEntry,
} from '../../../shared/domain/types';
import type { AuditLog } from './audit';
import { newId, now } from './clock';

interface RoundRow {
  id: Id;
  name: string;
  mode: RoundMode;
  status: Round['status'];
  createdAt: string;
  closedAt: string | null;
}

const ROUND_COLUMNS = 'id, name, mode, status, created_at AS createdAt, closed_at AS closedAt';

/**
 * Coding rounds: a set of sources, the coders assigned to each, and their "done" marks. The
 * visibility rules (visibility.ts) read these tables; this class only keeps them.
 */
export class RoundRepository {
  private readonly selectAll: Database.Statement;
  private readonly selectOne: Database.Statement<[Id]>;
  private readonly selectSources: Database.Statement<[Id]>;
  private readonly selectAssignments: Database.Statement<[Id]>;
  private readonly insertRound: Database.Statement;
  private readonly updateRound: Database.Statement;
  private readonly setStatus: Database.Statement;
  private readonly insertSource: Database.Statement;
  private readonly insertAssignment: Database.Statement;
  private readonly deleteSources: Database.Statement<[Id]>;
  private readonly updateDone: Database.Statement;
  private readonly sourceExists: Database.Statement<[Id]>;
  private readonly selectUser: Database.Statement<[Id]>;
  private readonly selectProgress: Database.Statement<[Id]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
  ) {
    this.selectAll = db.prepare(`SELECT ${ROUND_COLUMNS} FROM rounds ORDER BY created_at, rowid`);
    this.selectOne = db.prepare(`SELECT ${ROUND_COLUMNS} FROM rounds WHERE id = ?`);
    this.selectSources = db
      .prepare('SELECT source_id FROM round_sources WHERE round_id = ? ORDER BY position')
      .pluck();
    this.selectAssignments = db.prepare(
      `SELECT a.source_id AS sourceId, a.coder_id AS coderId, a.done_at AS doneAt
       FROM round_assignments a JOIN round_sources rs
         ON rs.round_id = a.round_id AND rs.source_id = a.source_id
       JOIN users u ON u.id = a.coder_id
       WHERE a.round_id = ? ORDER BY rs.position, u.created_at, u.rowid`,
    );
    this.insertRound = db.prepare(
      `INSERT INTO rounds (id, name, mode, status, created_at)
       VALUES (@id, @name, @mode, 'open', @createdAt)`,
    );
    this.updateRound = db.prepare('UPDATE rounds SET name = @name, mode = @mode WHERE id = @id');
    this.setStatus = db.prepare(
      'UPDATE rounds SET status = @status, closed_at = @closedAt WHERE id = @id',
    );
    this.insertSource = db.prepare(
      'INSERT INTO round_sources (round_id, source_id, position) VALUES (?, ?, ?)',
    );
    this.insertAssignment = db.prepare(
      `INSERT INTO round_assignments (round_id, source_id, coder_id, done_at)
       VALUES (?, ?, ?, ?)`,
    );
    this.deleteSources = db.prepare('DELETE FROM round_sources WHERE round_id = ?');
    this.updateDone = db.prepare(
      `UPDATE round_assignments SET done_at = @doneAt
       WHERE round_id = @roundId AND source_id = @sourceId AND coder_id = @coderId`,
    );
    this.sourceExists = db.prepare('SELECT title FROM sources WHERE id = ?').pluck();
    this.selectUser = db.prepare('SELECT name, role FROM users WHERE id = ?');
    // Codings per assignment: one grouped pass over the round's sources (codings_by_source).
    this.selectProgress = db.prepare(
      `SELECT a.source_id AS sourceId, a.coder_id AS coderId, a.done_at AS doneAt,
         COALESCE(u.name, '') AS coderName, s.title AS sourceTitle,
         (SELECT COUNT(*) FROM codings k
          WHERE k.source_id = a.source_id AND k.coder_id = a.coder_id) AS codings
       FROM round_assignments a
       JOIN round_sources rs ON rs.round_id = a.round_id AND rs.source_id = a.source_id
       JOIN sources s ON s.id = a.source_id
       LEFT JOIN users u ON u.id = a.coder_id
       WHERE a.round_id = ? ORDER BY rs.position, u.created_at, u.rowid`,
    );
  }

  list(): Round[] {
    return (this.selectAll.all() as RoundRow[]).map((row) => this.complete(row));
  }

  find(id: Id): Round | undefined {
    const row = this.selectOne.get(id) as RoundRow | undefined;
    return row ? this.complete(row) : undefined;
  }

  get(id: Id): Round {
    const round = this.find(id);
    if (!round) throw new ApiError('not_found', `No round with id ${id}.`);
    return round;
  }

  create(
    actor: Id | null,
    input: { name: string; mode: RoundMode; assignments: readonly RoundSourceAssignment[] },
  ): Round {
    return this.db.transaction(() => {
      const id = newId();
      this.insertRound.run({ id, name: input.name, mode: input.mode, createdAt: now() });
      this.writeAssignments(id, input.assignments, new Map());
      const round = this.get(id);
      this.audit.append({
        userId: actor,
        action: 'round.create',
        entityType: 'round',
        entityId: id,
        detail: summary(round),
      });
      return round;
    })();
  }

  update(
    actor: Id | null,
    id: Id,
    changes: { name?: string; mode?: RoundMode; assignments?: readonly RoundSourceAssignment[] },
  ): Round {
    return this.db.transaction(() => {
      const before = this.get(id);
      this.updateRound.run({
        id,
        name: changes.name ?? before.name,
        mode: changes.mode ?? before.mode,
      });
      if (changes.assignments) {
        const done = new Map(
          before.assignments.map((a) => [`${a.sourceId}\u0000${a.coderId}`, a.doneAt]),
        );
        this.deleteSources.run(id);
        this.writeAssignments(id, changes.assignments, done);
      }
      const after = this.get(id);
      this.audit.append({
        userId: actor,
        action: 'round.update',
        entityType: 'round',
        entityId: id,
        detail: { before: summary(before), after: summary(after) },
      });
      return after;
    })();
  }

  close(actor: Id | null, id: Id): Round {
    return this.changeStatus(actor, id, 'closed');
  }

  reopen(actor: Id | null, id: Id): Round {
    return this.changeStatus(actor, id, 'open');
  }

  /** Marks (or unmarks) one coder's assignment done; refused when there is no such assignment. */
  setDone(actor: Id | null, roundId: Id, sourceId: Id, coderId: Id, done: boolean): Round {
    return this.db.transaction(() => {
      const round = this.get(roundId);
      const assignment = round.assignments.find(
        (a) => a.sourceId === sourceId && a.coderId === coderId,
      );
      if (!assignment) {
        throw new ApiError(
          'bad_input',
          `The coder is not assigned to that source in round "${round.name}".`,
        );
      }
      const doneAt = done ? (assignment.doneAt ?? now()) : null;
      this.updateDone.run({ roundId, sourceId, coderId, doneAt });
      this.audit.append({
        userId: actor,
        action: done ? 'round.assignment_done' : 'round.assignment_reopened',
        entityType: 'round',
        entityId: roundId,
        detail: { sourceId, coderId },
      });
      return this.get(roundId);
    })();
  }

  /** Per assignment: the coder's codings on the source and the done mark. */
  progress(roundId: Id): RoundProgressEntry[] {
    this.get(roundId);
    return this.selectProgress.all(roundId) as RoundProgressEntry[];
  }

  private changeStatus(actor: Id | null, id: Id, status: Round['status']): Round {
    return this.db.transaction(() => {
      const before = this.get(id);
      if (before.status === status) return before;
      this.setStatus.run({ id, status, closedAt: status === 'closed' ? now() : null });
      this.audit.append({
        userId: actor,
        action: status === 'closed' ? 'round.close' : 'round.reopen',
        entityType: 'round',
        entityId: id,
        detail: { name: before.name },
      });
      return this.get(id);
    })();
  }

  private writeAssignments(
    roundId: Id,
    assignments: readonly RoundSourceAssignment[],
    doneMarks: ReadonlyMap<string, string | null>,
  ): void {
    if (assignments.length === 0) {
      throw new ApiError('bad_input', 'A round needs at least one source.');
    }
    const seen = new Set<Id>();
    assignments.forEach((assignment, position) => {
      if (seen.has(assignment.sourceId)) {
        throw new ApiError(
          'bad_input',
          `Source ${this.describeSource(assignment.sourceId)} is listed twice in the round.`,
        );
      }
      seen.add(assignment.sourceId);
      if (this.sourceExists.get(assignment.sourceId) === undefined) {
        throw new ApiError('not_found', `No source with id ${assignment.sourceId}.`);
      }
      this.insertSource.run(roundId, assignment.sourceId, position);
      for (const coderId of new Set(assignment.coderIds)) {
        const user = this.selectUser.get(coderId) as { name: string } | undefined;
        if (!user) throw new ApiError('not_found', `No user with id ${coderId}.`);
        const doneAt = doneMarks.get(`${assignment.sourceId}\u0000${coderId}`) ?? null;
        this.insertAssignment.run(roundId, assignment.sourceId, coderId, doneAt);
      }
    });
  }

  private describeSource(id: Id): string {
    const title = this.sourceExists.get(id) as string | undefined;
    return title === undefined ? id : `"${title}"`;
  }

  private complete(row: RoundRow): Round {
    return {
      ...row,
      sourceIds: this.selectSources.all(row.id) as Id[],
      assignments: this.selectAssignments.all(row.id) as RoundAssignment[],
    };
  }
}

function summary(round: Round): unknown {
  return {
    name: round.name,
    mode: round.mode,
    sources: round.sourceIds.length,
    assignments: round.assignments.length,
  };
}
