import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { migrate, newerSchemaError, readSchemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';

/** PRAGMA application_id of every Concord project: 'CNCD' in ASCII. */
export const CONCORD_APPLICATION_ID = 0x434e4344;
export const PROJECT_EXTENSION = '.concord';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const BUSY_TIMEOUT_MS = 5000;
const PAGE_CACHE_KIB = 64 * 1024;

function notAProject(path: string, why: string): ApiError {
  return new ApiError('bad_input', `${path}: is not a Concord project (${why}).`);
}

function readHeader(path: string): Buffer {
  const fd = fs.openSync(path, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Checks, without writing a byte, that `path` is a Concord project this build can open.
 * Read-only matters: switching to WAL or migrating would alter a file we must refuse.
 */
function inspectExistingFile(path: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    throw new ApiError('not_found', `${path}: no such project file.`);
  }
  if (!stat.isFile()) throw notAProject(path, 'it is not a file');
  if (!readHeader(path).equals(SQLITE_HEADER)) throw notAProject(path, 'not a SQLite database');

  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw notAProject(path, `cannot be read: ${(error as Error).message}`);
  }
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== CONCORD_APPLICATION_ID) {
      throw notAProject(path, 'a SQLite database written by another program');
    }
    const version = readSchemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) throw newerSchemaError(version);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw notAProject(path, `cannot be read: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL: a committed edit must survive a power cut, not only an application crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // A 64 MiB page cache (SQLite's default is 2 MiB): the codings and index pages of a large
  // project stay in memory between queries. It grows only as pages are read.
  db.pragma(`cache_size = ${-PAGE_CACHE_KIB}`);
}

/** Opens an existing project file and migrates it to the current schema. */
export function openProjectDatabase(path: string): Database.Database {
  inspectExistingFile(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    configure(db);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof ApiError) throw error;
    // Damage the read-only inspection could not see (corrupt pages, a read-only location).
    throw new ApiError('bad_input', `${path}: cannot be opened (${(error as Error).message}).`);
  }
}

/** Creates the file exclusively ('wx'), so two creators cannot both win. SQLite accepts an empty file. */
function reserveNewFile(path: string): void {
  try {
    fs.closeSync(fs.openSync(path, 'wx'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ApiError('conflict', `${path}: a file with this name exists.`);
    if (code === 'ENOENT') throw new ApiError('not_found', `${path}: the folder does not exist.`);
    throw new ApiError(
      'bad_input',
      `${path}: cannot create the project (${(error as Error).message}).`,
    );
  }
}

/** Creates a new, empty project file; refuses to touch an existing one. */
export function createProjectDatabase(path: string): Database.Database {
  reserveNewFile(path);
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    removeProjectFiles(path);
    throw new ApiError(
      'bad_input',
      `${path}: cannot create the project (${(error as Error).message}).`,
    );
  }
  try {
    db.pragma(`application_id = ${CONCORD_APPLICATION_ID}`);
    configure(db);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    removeProjectFiles(path);
    throw error;
  }
}

/** Deletes a project file with its WAL side files (used to undo a failed creation). */
export function removeProjectFiles(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) fs.rmSync(file, { force: true });
}
