import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { ROW_COLUMNS } from '../store/history/rows';

/**
 * The tables a coder package copies, with the exact columns copied. Inserts are built from these
 * lists, never from the keys of the (untrusted) JSON, and values must be plain scalars.
 */
export const PACKAGE_COLUMNS = {
  users: ['id', 'name', 'role', 'created_at', 'deactivated_at'],
  attributes: ['id', 'name', 'name_key', 'type', 'choices', 'position', 'created_at'],
  participants: ['id', 'pseudonym', 'pseudonym_key', 'created_at'],
  participant_values: ['participant_id', 'attribute_id', 'value'],
  sources: [
    'id',
    'title',
    'kind',
    'format',
    'participant_id',
    'word_count',
    'char_count',
    'turn_count',
    'imported_from',
    'duration_ms',
    'created_at',
    'updated_at',
    'revision',
  ],
  source_turns: ['source_id', 'idx', 'start', 'end', 'speaker', 'time_ms'],
  sync_points: ['source_id', 'offset', 'time_ms'],
  codes: ROW_COLUMNS.codes,
  codings: ROW_COLUMNS.codings,
  rounds: ['id', 'name', 'mode', 'status', 'created_at', 'closed_at'],
  round_sources: ['round_id', 'source_id', 'position'],
  round_assignments: ['round_id', 'source_id', 'coder_id', 'done_at'],
} as const;

export type PackageTable = keyof typeof PACKAGE_COLUMNS;
export type Row = Record<string, string | number | null>;

export function selectRows(
  db: Database.Database,
  table: PackageTable,
  where = '1',
  params: unknown[] = [],
): Row[] {
  const columns = PACKAGE_COLUMNS[table].map((column) => `"${column}"`).join(', ');
  return db.prepare(`SELECT ${columns} FROM ${table} WHERE ${where}`).all(...params) as Row[];
}

/** Inserts rows into `table`; a value that is not a string, number or null is refused. */
export function insertRows(
  db: Database.Database,
  table: PackageTable,
  rows: unknown,
  fileName: string,
): void {
  if (!Array.isArray(rows)) {
    throw new ApiError('bad_input', `Cannot read ${fileName}: its ${table} are missing.`);
  }
  const columns = PACKAGE_COLUMNS[table];
  const insert = db.prepare(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
     VALUES (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows as unknown[]) {
    if (typeof row !== 'object' || row === null) {
      throw new ApiError('bad_input', `Cannot read ${fileName}: a row of ${table} is malformed.`);
    }
    const values = columns.map((column) => {
      const value = (row as Record<string, unknown>)[column] ?? null;
      if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
        throw new ApiError(
          'bad_input',
          `Cannot read ${fileName}: ${table}.${column} holds a ${typeof value}.`,
        );
      }
      return value;
    });
    insert.run(...values);
  }
}
