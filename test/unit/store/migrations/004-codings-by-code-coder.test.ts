import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';
import { migration004CodingsByCodeCoder } from '../../../../electron/core/store/migrations/004-codings-by-code-coder';

const CODE_AND_CODER = `SELECT source_id, start, "end" FROM codings WHERE code_id = ? AND coder_id = ?`;

describe('migration 004 (codings by code and coder)', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 3));
  });
  afterEach(() => db.close());

  it('is registered fourth', () => {
    expect(MIGRATIONS[3]).toBe(migration004CodingsByCodeCoder);
    expect(migration004CodingsByCodeCoder.version).toBe(4);
  });

  it('keeps existing codings and answers a code and coder from the index alone', () => {
    db.exec(`
      INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Ada', 'coder', 'now');
      INSERT INTO sources (seq, id, title, kind, format, word_count, char_count, turn_count,
        created_at, updated_at) VALUES (1, 's1', 'A', 'interview', 'plain', 1, 5, 0, 'now', 'now');
      INSERT INTO codes (id, parent_id, name, color, position, created_at, updated_at)
        VALUES ('c1', NULL, 'Trust', '#000000', 0, 'now', 'now');
      INSERT INTO codings (id, source_id, coder_id, code_id, start, "end", excerpt, created_at,
        updated_at) VALUES ('k1', 's1', 'u1', 'c1', 0, 5, 'hello', 'now', 'now');
    `);
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toEqual({ from: 3, to: 4 });
    expect(db.prepare(CODE_AND_CODER).raw().all('c1', 'u1')).toEqual([['s1', 0, 5]]);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN ${CODE_AND_CODER}`)
      .all('c1', 'u1')
      .map((step) => (step as { detail: string }).detail);
    expect(plan).toEqual([
      'SEARCH codings USING COVERING INDEX codings_by_code_coder (code_id=? AND coder_id=?)',
    ]);
  });
});
