import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import {
  CONCORD_APPLICATION_ID,
  LATEST_SCHEMA_VERSION,
  createProjectStore,
  openProjectStore,
} from '../../../electron/core/store';
import { makeTempDir } from './helpers';

function expectApiError(action: () => unknown, code: string, message: RegExp): void {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ApiError);
  expect((caught as ApiError).code).toBe(code);
  expect((caught as ApiError).message).toMatch(message);
}

describe('project files', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('creates a Concord project with durable settings, its project row and a lead', () => {
    const file = path.join(dir, 'study.concord');
    const store = createProjectStore(file, { name: 'Trafficking study', leadName: 'Dana' });
    expect(store.db.pragma('application_id', { simple: true })).toBe(CONCORD_APPLICATION_ID);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(store.project.get().name).toBe('Trafficking study');
    expect(store.users.list()).toMatchObject([{ name: 'Dana', role: 'lead' }]);
    expect(store.audit.list().map((entry) => entry.action)).toEqual([
      'project.create',
      'user.create',
    ]);
    store.close();

    const reopened = openProjectStore(file);
    expect(reopened.project.get().name).toBe('Trafficking study');
    expect(reopened.path).toBe(path.resolve(file));
    reopened.close();
  });

  it('refuses to create over an existing file and leaves it alone', () => {
    const file = path.join(dir, 'taken.concord');
    fs.writeFileSync(file, 'precious');
    expectApiError(
      () => createProjectStore(file, { name: 'x', leadName: 'y' }),
      'conflict',
      /taken\.concord/,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
  });

  it('reports a missing folder when creating', () => {
    const file = path.join(dir, 'missing', 'study.concord');
    expectApiError(
      () => createProjectStore(file, { name: 'x', leadName: 'y' }),
      'not_found',
      /folder/,
    );
  });

  it('reports a missing file when opening', () => {
    expectApiError(
      () => openProjectStore(path.join(dir, 'nope.concord')),
      'not_found',
      /nope\.concord/,
    );
  });

  it.each([
    ['a text file', 'hello, I am not a database'],
    ['an empty file', ''],
  ])('refuses %s as not a Concord project', (_label, content) => {
    const file = path.join(dir, 'garbage.concord');
    fs.writeFileSync(file, content);
    expectApiError(
      () => openProjectStore(file),
      'bad_input',
      /garbage\.concord: is not a Concord project/,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
  });

  it('refuses a SQLite header followed by garbage', () => {
    const file = path.join(dir, 'torn.concord');
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(600, 7)]),
    );
    expectApiError(
      () => openProjectStore(file),
      'bad_input',
      /torn\.concord: is not a Concord project/,
    );
  });

  it('refuses a folder', () => {
    expectApiError(() => openProjectStore(dir), 'bad_input', /is not a Concord project/);
  });

  it("refuses another program's SQLite database without modifying it", () => {
    const file = path.join(dir, 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    const before = fs.readFileSync(file);
    expectApiError(
      () => openProjectStore(file),
      'bad_input',
      /other\.sqlite: is not a Concord project/,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a project saved by a newer Concord and leaves the file unchanged', () => {
    const file = path.join(dir, 'future.concord');
    createProjectStore(file, { name: 'Future', leadName: 'Lead' }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;

    expectApiError(
      () => openProjectStore(file),
      'unsupported_version',
      new RegExp(
        `^This project was saved by a newer version of Concord \\(schema ${LATEST_SCHEMA_VERSION + 5}; this version reads up to ${LATEST_SCHEMA_VERSION}\\)\\. Update Concord to open it\\.$`,
      ),
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
  });

  it('leaves a single file behind after close (the WAL is checkpointed)', () => {
    const file = path.join(dir, 'study.concord');
    const store = createProjectStore(file, { name: 'S', leadName: 'L' });
    store.users.create(null, { name: 'Coder', role: 'coder' });
    store.close();
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
  });
});
