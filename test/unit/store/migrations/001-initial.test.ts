import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/migrate';
import { migration001Initial } from '../../../../electron/core/store/migrations/001-initial';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../electron/core/store/migrations';

describe('migration 001 (initial schema)', () => {
  let db: Database.Database;

  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [migration001Initial]);
  });
  afterEach(() => db.close());

  it('is the first registered migration and sets user_version to 1', () => {
    expect(MIGRATIONS[0]).toBe(migration001Initial);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('creates every table of schema v1', () => {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts_%'")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'project',
        'users',
        'attributes',
        'participants',
        'participant_values',
        'sources',
        'source_texts',
        'source_turns',
        'sync_points',
        'codes',
        'codings',
        'memos',
        'audit_log',
        'source_texts_fts',
      ]),
    );
  });

  it('indexes codings by code, source and coder', () => {
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'codings'")
      .pluck()
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining(['codings_by_code', 'codings_by_source', 'codings_by_coder']),
    );
  });

  it('keeps the full-text index in sync with source texts, including cascaded deletes', () => {
    db.prepare(
      `INSERT INTO sources (seq, id, title, kind, format, word_count, char_count, turn_count,
         created_at, updated_at) VALUES (1, 's1', 'A', 'interview', 'plain', 2, 11, 1, 'now', 'now')`,
    ).run();
    db.prepare("INSERT INTO source_texts (source_seq, text) VALUES (1, 'hello world')").run();
    const matches = (query: string) =>
      db
        .prepare('SELECT rowid FROM source_texts_fts WHERE source_texts_fts MATCH ?')
        .pluck()
        .all(query);
    expect(matches('hello')).toEqual([1]);

    db.prepare("UPDATE source_texts SET text = 'goodbye world' WHERE source_seq = 1").run();
    expect(matches('hello')).toEqual([]);
    expect(matches('goodbye')).toEqual([1]);

    db.prepare("DELETE FROM sources WHERE id = 's1'").run();
    expect(matches('goodbye')).toEqual([]);
    const integrityCheck =
      "INSERT INTO source_texts_fts (source_texts_fts) VALUES ('integrity-check')";
    expect(() => db.prepare(integrityCheck).run()).not.toThrow();
  });

  it('makes the audit log append-only', () => {
    db.prepare(
      "INSERT INTO audit_log (at, action, entity_type) VALUES ('now', 'test', 'project')",
    ).run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('stores attribute values with their own type (the text "3" is not the number 3)', () => {
    db.exec(`
      INSERT INTO participants (id, pseudonym, pseudonym_key, created_at) VALUES ('p', 'Ann', 'ann', 'now');
      INSERT INTO attributes (id, name, name_key, type, position, created_at)
        VALUES ('a', 'Wave', 'wave', 'text', 0, 'now');
      INSERT INTO participant_values VALUES ('p', 'a', '3');
    `);
    expect(db.prepare('SELECT typeof(value) FROM participant_values').pluck().get()).toBe('text');
    expect(
      db.prepare('SELECT COUNT(*) FROM participant_values WHERE value = 3').pluck().get(),
    ).toBe(0);
  });

  it('rejects codings with an empty or negative span', () => {
    const insert = (start: number, end: number) =>
      db.exec(`INSERT INTO codings (id, source_id, coder_id, code_id, start, "end", excerpt,
        created_at, updated_at) VALUES ('c', 's', 'u', 'k', ${start}, ${end}, '', 'now', 'now')`);
    expect(() => insert(5, 5)).toThrow(/CHECK constraint/);
    expect(() => insert(-1, 5)).toThrow(/CHECK constraint/);
  });
});

describe('migrate', () => {
  it('runs each migration in a transaction: a failing one leaves the previous version', () => {
    const db = new Database(':memory:');
    const broken = {
      version: 2,
      name: 'broken',
      sql: 'CREATE TABLE extra (x); SELECT * FROM nope;',
    };
    expect(() => migrate(db, [migration001Initial, broken])).toThrow(/nope/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(
      db.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'extra'").pluck().get(),
    ).toBe(0);
    db.close();
  });

  it('refuses a schema newer than it knows', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(
      `newer version of Concord (schema 99; this version reads up to ${LATEST_SCHEMA_VERSION})`,
    );
    db.close();
  });

  it('is idempotent', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    db.close();
  });
});
