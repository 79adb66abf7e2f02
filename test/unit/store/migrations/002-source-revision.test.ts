import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';
import { migration001Initial } from '../../../../electron/core/store/migrations/001-initial';
import { migration002SourceRevision } from '../../../../electron/core/store/migrations/002-source-revision';

describe('migration 002 (source revision)', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
  });
  afterEach(() => db.close());

  it('is registered second', () => {
    expect(MIGRATIONS[1]).toBe(migration002SourceRevision);
    expect(migration002SourceRevision.version).toBe(2);
  });

  it('gives existing sources revision 0 and refuses negative revisions', () => {
    migrate(db, [migration001Initial]);
    db.prepare(
      `INSERT INTO sources (seq, id, title, kind, format, word_count, char_count, turn_count,
         created_at, updated_at) VALUES (1, 's1', 'A', 'interview', 'plain', 0, 0, 0, 'now', 'now')`,
    ).run();
    expect(migrate(db, [migration001Initial, migration002SourceRevision])).toEqual({
      from: 1,
      to: 2,
    });
    expect(db.prepare("SELECT revision FROM sources WHERE id = 's1'").pluck().get()).toBe(0);
    expect(() => db.prepare("UPDATE sources SET revision = -1 WHERE id = 's1'").run()).toThrow(
      /CHECK/,
    );
  });
});
