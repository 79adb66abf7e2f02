import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';
import { migration001Initial } from '../../../../electron/core/store/migrations/001-initial';
import { migration002SourceRevision } from '../../../../electron/core/store/migrations/002-source-revision';
import { migration003Rounds } from '../../../../electron/core/store/migrations/003-rounds';

describe('migration 003 (rounds)', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [migration001Initial, migration002SourceRevision]);
    db.exec(`
      INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Ada', 'coder', 'now');
      INSERT INTO sources (seq, id, title, kind, format, word_count, char_count, turn_count,
        created_at, updated_at) VALUES (1, 's1', 'A', 'interview', 'plain', 0, 0, 0, 'now', 'now');
    `);
  });
  afterEach(() => db.close());

  it('is registered third', () => {
    expect(MIGRATIONS[2]).toBe(migration003Rounds);
    expect(migration003Rounds.version).toBe(3);
  });

  it('keeps existing users active and lets coders change the codebook by default', () => {
    expect(migrate(db, MIGRATIONS.slice(0, 3))).toEqual({ from: 2, to: 3 });
    expect(db.prepare("SELECT deactivated_at FROM users WHERE id = 'u1'").pluck().get()).toBeNull();
    expect(db.prepare('SELECT coder_changes FROM codebook_policy').pluck().all()).toEqual(['all']);
  });

  it('ties assignments to their round source and refuses bad modes and stray rows', () => {
    migrate(db, MIGRATIONS);
    expect(() =>
      db.exec("INSERT INTO rounds (id, name, mode, created_at) VALUES ('r0', 'R', 'blind', 'now')"),
    ).toThrow(/CHECK/);
    db.exec(`
      INSERT INTO rounds (id, name, mode, created_at) VALUES ('r1', 'R', 'independent', 'now');
      INSERT INTO round_sources (round_id, source_id, position) VALUES ('r1', 's1', 0);
      INSERT INTO round_assignments (round_id, source_id, coder_id) VALUES ('r1', 's1', 'u1');
    `);
    expect(() =>
      db.exec(
        "INSERT INTO round_assignments (round_id, source_id, coder_id) VALUES ('r1', 'sX', 'u1')",
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.exec("INSERT INTO codebook_policy (singleton, coder_changes) VALUES (1, 'add')"),
    ).toThrow();
    // Deleting a source removes it from its rounds, assignments included.
    db.exec("DELETE FROM sources WHERE id = 's1'");
    expect(db.prepare('SELECT COUNT(*) FROM round_assignments').pluck().get()).toBe(0);
  });
});
