import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Id, User, UserRole } from '../../../shared/domain/types';
import type { AuditLog } from './audit';
import { newId, now } from './clock';

const COLUMNS = 'id, name, role, created_at AS createdAt';

/** The research team: leads, coders and mentees. */
export class UserRepository {
  private readonly selectAll: Database.Statement;
  private readonly selectOne: Database.Statement<[Id]>;
  private readonly selectFirstLead: Database.Statement;
  private readonly insert: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
  ) {
    this.selectAll = db.prepare(`SELECT ${COLUMNS} FROM users ORDER BY created_at, rowid`);
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
    // Leads first, then in creation order: the user a freshly opened project acts as.
    this.selectFirstLead = db.prepare(
      `SELECT ${COLUMNS} FROM users ORDER BY role <> 'lead', created_at, rowid LIMIT 1`,
    );
    this.insert = db.prepare(
      'INSERT INTO users (id, name, role, created_at) VALUES (@id, @name, @role, @createdAt)',
    );
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
      const user: User = { id: newId(), name: input.name, role: input.role, createdAt: now() };
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
}
