import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { CodeDeletion } from '../../../shared/api/contract';
import { descendants, moveCode, nameKey } from '../../../shared/codebook';
import type { Code, Id } from '../../../shared/domain/types';
import type { AuditLog } from './audit';
import { newId, now } from './clock';
import { nextCodeColor } from './code-colors';
import type { ChangeRecorder } from './history/change-recorder';

const COLUMNS = `id, parent_id AS parentId, name, color, definition, inclusion, exclusion,
  example, memo, position, created_at AS createdAt`;

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** The texts that describe a code; each may be edited on its own. */
export const CODE_TEXT_FIELDS = [
  'definition',
  'inclusion',
  'exclusion',
  'example',
  'memo',
] as const;
type CodeTextField = (typeof CODE_TEXT_FIELDS)[number];

export interface NewCode extends Partial<Record<CodeTextField, string>> {
  parentId?: Id | null;
  name: string;
  /** #RRGGBB; the least used palette colour when absent. */
  color?: string;
}

export interface CodeChanges extends Partial<Record<CodeTextField, string>> {
  name?: string;
  color?: string;
}

/**
 * The coding tree: codes with their descriptions, nested to any depth. Every change records the
 * rows it touches with the ChangeRecorder, so the service can undo it.
 */
export class CodeRepository {
  private readonly selectAll: Database.Statement;
  private readonly selectOne: Database.Statement<[Id]>;
  private readonly nextPosition: Database.Statement<[Id | null]>;
  private readonly insert: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly placeRow: Database.Statement;
  private readonly deleteRow: Database.Statement<[Id]>;
  private readonly countCodings: Database.Statement<[string]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
    private readonly recorder: ChangeRecorder,
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
    this.updateRow = db.prepare(
      `UPDATE codes SET name = @name, color = @color, definition = @definition,
         inclusion = @inclusion, exclusion = @exclusion, example = @example, memo = @memo,
         updated_at = @updatedAt WHERE id = @id`,
    );
    this.placeRow = db.prepare(
      `UPDATE codes SET parent_id = @parentId, name = @name, position = @position,
         updated_at = @updatedAt WHERE id = @id`,
    );
    this.deleteRow = db.prepare('DELETE FROM codes WHERE id = ?');
    this.countCodings = db
      .prepare('SELECT COUNT(*) FROM codings WHERE code_id IN (SELECT value FROM json_each(?))')
      .pluck();
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
      const parent = parentId === null ? null : this.get(parentId);
      const codes = this.list();
      const name = input.name.trim();
      assertNameFree(codes, parentId, name, parent);
      const color = input.color ?? nextCodeColor(codes);
      assertColor(color, name);
      const code: Code = {
        id: newId(),
        parentId,
        name,
        color,
        definition: input.definition ?? '',
        inclusion: input.inclusion ?? '',
        exclusion: input.exclusion ?? '',
        example: input.example ?? '',
        memo: input.memo ?? '',
        position: this.nextPosition.get(parentId) as number,
        createdAt: now(),
      };
      this.recorder.code(code.id);
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

  /** Changes the name, colour or texts; only fields given change. */
  update(actor: Id | null, id: Id, changes: CodeChanges): Code {
    return this.db.transaction(() => {
      const before = this.get(id);
      const after: Code = { ...before };
      if (changes.name !== undefined) {
        after.name = changes.name.trim();
        if (nameKey(after.name) !== nameKey(before.name)) {
          const parent = before.parentId === null ? null : this.get(before.parentId);
          assertNameFree(this.list(), before.parentId, after.name, parent, id);
        }
      }
      if (changes.color !== undefined) {
        assertColor(changes.color, after.name);
        after.color = changes.color;
      }
      for (const field of CODE_TEXT_FIELDS) {
        if (changes[field] !== undefined) after[field] = changes[field];
      }
      const detail: Record<string, { before: string; after: string }> = {};
      for (const field of ['name', 'color', ...CODE_TEXT_FIELDS] as const) {
        if (before[field] !== after[field]) {
          detail[field] = { before: before[field], after: after[field] };
        }
      }
      if (Object.keys(detail).length === 0) return before;
      this.recorder.code(id);
      this.updateRow.run({ ...after, updatedAt: now() });
      this.audit.append({
        userId: actor,
        action: 'code.update',
        entityType: 'code',
        entityId: id,
        detail,
      });
      return this.get(id);
    })();
  }

  /**
   * Places a code with its subtree under `parentId` (null: a root) at `index` among its new
   * siblings; sibling positions are renumbered. A move into its own subtree is refused.
   */
  move(actor: Id | null, id: Id, parentId: Id | null, index: number): Code {
    return this.db.transaction(() => {
      const codes = this.list();
      const moving = this.get(id);
      const parent = parentId === null ? null : this.get(parentId);
      if (moving.parentId !== parentId) assertNameFree(codes, parentId, moving.name, parent, id);
      const changed = moveCode(codes, id, parentId, index);
      const timestamp = now();
      for (const code of changed) {
        this.recorder.code(code.id);
        this.placeRow.run({ ...code, updatedAt: timestamp });
      }
      this.audit.append({
        userId: actor,
        action: 'code.move',
        entityType: 'code',
        entityId: id,
        detail: {
          name: moving.name,
          parentId: { before: moving.parentId, after: parentId },
          index,
        },
      });
      return this.get(id);
    })();
  }

  /** Writes a code's parent, name and position as given (merges and copies place codes). */
  place(code: Pick<Code, 'id' | 'parentId' | 'name' | 'position'>): void {
    this.recorder.code(code.id);
    this.placeRow.run({ ...code, updatedAt: now() });
  }

  /** Inserts a fully formed code (a copy); the caller audits. */
  insertCode(code: Code): void {
    this.recorder.code(code.id);
    this.insert.run(code);
  }

  /** What `delete` would remove: the code, its descendants and all their codings. */
  previewDelete(id: Id): CodeDeletion {
    const code = this.get(id);
    const ids = this.subtreeIds(id);
    return {
      codeId: id,
      name: code.name,
      codes: ids.length,
      codings: this.countCodings.get(JSON.stringify(ids)) as number,
    };
  }

  /** Deletes the code with its whole subtree and every coding of those codes. */
  delete(actor: Id | null, id: Id): CodeDeletion {
    return this.db.transaction(() => {
      const deletion = this.previewDelete(id);
      for (const codeId of this.subtreeIds(id)) {
        this.recorder.code(codeId);
        this.recorder.codingsOfCode(codeId);
      }
      // ON DELETE CASCADE removes the descendants and the codings.
      this.deleteRow.run(id);
      this.audit.append({
        userId: actor,
        action: 'code.delete',
        entityType: 'code',
        entityId: id,
        detail: { name: deletion.name, codes: deletion.codes, codings: deletion.codings },
      });
      return deletion;
    })();
  }

  /** Deletes one code row; the caller has moved its children and codings away and audits. */
  deleteEmpty(id: Id): void {
    this.recorder.code(id);
    this.deleteRow.run(id);
  }

  /** The code and all its descendants. */
  subtreeIds(id: Id): Id[] {
    const codes = this.list();
    return [id, ...descendants(codes, id).map((code) => code.id)];
  }
}

function assertColor(color: string, name: string): void {
  if (!COLOR.test(color)) {
    throw new ApiError('bad_input', `${name}: colour must be #RRGGBB, got "${color}".`);
  }
}

/** Sibling codes must have different names (ignoring case and accents). */
export function assertNameFree(
  codes: readonly Code[],
  parentId: Id | null,
  name: string,
  parent: Code | null,
  exceptId?: Id,
): void {
  const clash = codes.some(
    (code) =>
      code.parentId === parentId && code.id !== exceptId && nameKey(code.name) === nameKey(name),
  );
  if (clash) {
    const where = parent ? `under "${parent.name}"` : 'at the top level';
    throw new ApiError('conflict', `A code named "${name}" already exists ${where}.`);
  }
}
