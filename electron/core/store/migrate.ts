import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The refusal shown when a project comes from a newer Concord. */
export function newerSchemaError(found: number): ApiError {
  return new ApiError(
    'unsupported_version',
    `This project was saved by a newer version of Concord (schema ${found}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Concord to open it.`,
  );
}

/**
 * Brings the schema up to LATEST_SCHEMA_VERSION. Each migration and its user_version bump commit
 * together, so a crash mid-way leaves the file at the last completed version.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number } {
  const from = readSchemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > latest) throw newerSchemaError(from);
  for (const migration of migrations) {
    if (migration.version <= readSchemaVersion(db)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      // PRAGMA does not take bound parameters; version is an integer from our own code.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
  }
  return { from, to: readSchemaVersion(db) };
}
