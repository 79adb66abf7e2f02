import type Database from 'better-sqlite3';
import type { Id } from '../../../../shared/domain/types';

/** A `codes` row with every column, as undo must restore it. */
export interface CodeRow {
  id: Id;
  parent_id: Id | null;
  name: string;
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  memo: string;
  position: number;
  created_at: string;
  updated_at: string;
}

/** A `codings` row with every column, including the excerpt of the text it covers. */
export interface CodingRow {
  id: Id;
  source_id: Id;
  coder_id: Id;
  code_id: Id;
  start: number;
  end: number;
  memo: string;
  excerpt: string;
  created_at: string;
  updated_at: string;
}

export type RowTable = 'codes' | 'codings';
export type RowOf<T extends RowTable> = T extends 'codes' ? CodeRow : CodingRow;

/** The stored columns of codes and codings: the one list history and coder packages copy. */
export const ROW_COLUMNS: { [T in RowTable]: readonly (keyof RowOf<T> & string)[] } = {
  codes: [
    'id',
    'parent_id',
    'name',
    'color',
    'definition',
    'inclusion',
    'exclusion',
    'example',
    'memo',
    'position',
    'created_at',
    'updated_at',
  ],
  codings: [
    'id',
    'source_id',
    'coder_id',
    'code_id',
    'start',
    'end',
    'memo',
    'excerpt',
    'created_at',
    'updated_at',
  ],
};

const quoted = (column: string) => `"${column}"`;

/** Reads and writes whole rows of one table by id: the raw material of undo and redo. */
export class RowAccess<T extends RowTable> {
  private readonly selectOne: Database.Statement<[Id]>;
  private readonly upsert: Database.Statement;
  private readonly deleteOne: Database.Statement<[Id]>;

  constructor(db: Database.Database, table: T) {
    const columns = ROW_COLUMNS[table];
    this.selectOne = db.prepare(
      `SELECT ${columns.map(quoted).join(', ')} FROM ${table} WHERE id = ?`,
    );
    this.upsert = db.prepare(
      `INSERT INTO ${table} (${columns.map(quoted).join(', ')})
       VALUES (${columns.map((column) => `@${column}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${columns
         .filter((column) => column !== 'id')
         .map((column) => `${quoted(column)} = excluded.${quoted(column)}`)
         .join(', ')}`,
    );
    this.deleteOne = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  }

  read(id: Id): RowOf<T> | null {
    return (this.selectOne.get(id) as RowOf<T> | undefined) ?? null;
  }

  /** Makes the row exist exactly as given (null: not at all). */
  write(id: Id, row: RowOf<T> | null): void {
    if (row === null) this.deleteOne.run(id);
    else this.upsert.run(row);
  }
}

export function sameRow(a: object | null, b: object | null): boolean {
  if (a === null || b === null) return a === b;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key]);
}
