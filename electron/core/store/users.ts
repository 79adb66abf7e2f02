import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Id, User, UserRole } from '../../../shared/domain/types';
import type { AuditLog } from './audit';
import { newId, now } from './clock';

const COLUMNS = 'id, name, role, created_at AS createdAt, deactivated_at AS deactivatedAt';

/** The research team: leads, coders and mentees. */
export class UserRepository {
  private readonly selectAll: Database.Statement;
  private readonly selectOne: Database.Statement<[Id]>;
  private readonly selectFirstLead: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly countActiveLeads: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
  ) {
    this.selectAll = db.prepare(`SELECT ${COLUMNS} FROM users ORDER BY created_at, rowid`);
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
    // Leads first, then in creation order: the user a freshly opened project acts as.
    this.selectFirstLead = db.prepare(
      `SELECT ${COLUMNS} FROM users
       ORDER BY deactivated_at IS NOT NULL, role <> 'lead', created_at, rowid LIMIT 1`,
    );
    this.insert = db.prepare(
      'INSERT INTO users (id, name, role, created_at) VALUES (@id, @name, @role, @createdAt)',
    );
    this.updateRow = db.prepare(
      'UPDATE users SET name = @name, role = @role, deactivated_at = @deactivatedAt WHERE id = @id',
    );
    this.countActiveLeads = db
      .prepare("SELECT COUNT(*) FROM users WHERE role = 'lead' AND deactivated_at IS NULL")
      .pluck();
  }

  list(): User[] {
    return this.selectAll.all() as User[];
  }

  find(id: Id): User | undefined {
    return this.selectOne.get(id) as User | undefined;
  }

  get(id: Id): User {
    const user = this.find(id);
    if (!user) throw new ApiError('not_found', `No user with id ${id}.`);
    return user;
  }

  /** The first lead, else the first user; undefined in a project without users. */
  defaultUser(): User | undefined {
    return this.selectFirstLead.get() as User | undefined;
  }

  /** `actor` is null when the project creates its first lead. */
  create(actor: Id | null, input: { name: string; role: UserRole }): User {
    return this.db.transaction(() => {
      const user: User = {
        id: newId(),
        name: input.name,
        role: input.role,
        createdAt: now(),
        deactivatedAt: null,
      };
      this.insert.run(user);
      this.audit.append({
        userId: actor ?? user.id,
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        detail: { name: user.name, role: user.role },
      });
      return user;
    })();
  }

  /**
   * Renames a user, changes their role or (de)activates them. A deactivated user keeps their
   * codings and history; the last active lead can neither be demoted nor deactivated, so the
   * project always has someone who can manage it.
   */
  update(
    actor: Id | null,
    id: Id,
    changes: { name?: string; role?: UserRole; active?: boolean },
  ): User {
    return this.db.transaction(() => {
      const before = this.get(id);
      const after: User = {
        ...before,
        name: changes.name ?? before.name,
        role: changes.role ?? before.role,
        deactivatedAt:
          changes.active === undefined
            ? (before.deactivatedAt ?? null)
            : changes.active
              ? null
              : (before.deactivatedAt ?? now()),
      };
      const wasActiveLead = before.role === 'lead' && !before.deactivatedAt;
      const staysActiveLead = after.role === 'lead' && !after.deactivatedAt;
      if (wasActiveLead && !staysActiveLead && (this.countActiveLeads.get() as number) <= 1) {
        throw new ApiError(
          'bad_input',
          `${before.name} is the project's only active lead; make someone else lead first.`,
        );
      }
      this.updateRow.run({
        id,
        name: after.name,
        role: after.role,
        deactivatedAt: after.deactivatedAt,
      });
      this.audit.append({
        userId: actor,
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        detail: {
          before: { name: before.name, role: before.role, deactivatedAt: before.deactivatedAt },
          after: { name: after.name, role: after.role, deactivatedAt: after.deactivatedAt },
        },
      });
      return after;
    })();
  }
}
