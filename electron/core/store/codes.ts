import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Code, Id } from '../../../shared/domain/types';
import type { AuditLog } from './audit';
import { newId, now } from './clock';

const COLUMNS = `id, parent_id AS parentId, name, color, definition, inclusion, exclusion,
  example, memo, position, created_at AS createdAt`;

export interface NewCode {
  parentId?: Id | null;
  name: string;
  /** #RRGGBB */
  color: string;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  memo?: string;
}

/** The coding tree. Editing beyond creation arrives with the coding API. */
export class CodeRepository {
  private readonly selectAll: Database.Statement;
  private readonly selectOne: Database.Statement<[Id]>;
  private readonly nextPosition: Database.Statement<[Id | null]>;
  private readonly insert: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
  ) {
    this.selectAll = db.prepare(`SELECT ${COLUMNS} FROM codes ORDER BY parent_id, position`);
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM codes WHERE id = ?`);
    this.nextPosition = db
      .prepare('SELECT COALESCE(MAX(position) + 1, 0) FROM codes WHERE parent_id IS ?')
      .pluck();
    this.insert = db.prepare(
      `INSERT INTO codes (id, parent_id, name, color, definition, inclusion, exclusion, example,
         memo, position, created_at, updated_at)
       VALUES (@id, @parentId, @name, @color, @definition, @inclusion, @exclusion, @example,
         @memo, @position, @createdAt, @createdAt)`,
    );
  }

  /** Siblings in position order; parents are not guaranteed to precede children. */
  list(): Code[] {
    return this.selectAll.all() as Code[];
  }

  get(id: Id): Code {
    const code = this.selectOne.get(id) as Code | undefined;
    if (!code) throw new ApiError('not_found', `No code with id ${id}.`);
    return code;
  }

  create(actor: Id | null, input: NewCode): Code {
    return this.db.transaction(() => {
      const parentId = input.parentId ?? null;
      if (parentId !== null) this.get(parentId);
      if (!/^#[0-9a-fA-F]{6}$/.test(input.color)) {
        throw new ApiError('bad_input', `${input.name}: colour must be #RRGGBB.`);
      }
      const code: Code = {
        id: newId(),
        parentId,
        name: input.name.trim(),
        color: input.color,
        definition: input.definition ?? '',
        inclusion: input.inclusion ?? '',
        exclusion: input.exclusion ?? '',
        example: input.example ?? '',
        memo: input.memo ?? '',
        position: this.nextPosition.get(parentId) as number,
        createdAt: now(),
      };
      this.insert.run(code);
      this.audit.append({
        userId: actor,
        action: 'code.create',
        entityType: 'code',
        entityId: code.id,
        detail: { name: code.name, parentId },
      });
      return code;
    })();
  }
}
