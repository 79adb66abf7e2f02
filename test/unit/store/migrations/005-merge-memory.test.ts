import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../../electron/core/store/migrations';
import { migration005MergeMemory } from '../../../../electron/core/store/migrations/005-merge-memory';
import { MergeMemory } from '../../../../electron/core/store/merge-memory';

const FIELDS = {
  name: 'Hope',
  color: '#112233',
  definition: '',
  inclusion: '',
  exclusion: '',
  example: '',
  memo: '',
};

describe('migration 005 (merge memory)', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 4));
    db.exec(`INSERT INTO codes (id, parent_id, name, color, position, created_at, updated_at)
      VALUES ('c1', NULL, 'Hope', '#112233', 0, 'now', 'now')`);
  });
  afterEach(() => db.close());

  it('is registered fifth and migrates a version 4 project', () => {
    expect(MIGRATIONS[4]).toBe(migration005MergeMemory);
    expect(migrate(db, MIGRATIONS.slice(0, 5))).toEqual({ from: 4, to: 5 });
    expect(db.prepare('SELECT COUNT(*) FROM codes').pluck().get()).toBe(1);
  });

  it('forgets the project code of a remembered code when the lead deletes it, not the decision', () => {
    migrate(db, MIGRATIONS.slice(0, 5));
    const memory = new MergeMemory(db);
    const code = { coderId: 'u1', returnCodeId: 'x1', codeId: 'c1', decision: 'merged' as const };
    db.transaction(() => memory.rememberCode({ ...code, coderFields: FIELDS }, 'now'))();
    expect(memory.code('u1', 'x1')).toEqual({ ...code, coderFields: FIELDS });
    db.exec("DELETE FROM codes WHERE id = 'c1'");
    expect(memory.code('u1', 'x1')).toMatchObject({ codeId: null, decision: 'merged' });
  });

  it('writes nothing when remembering what it already holds, and refuses unknown decisions', () => {
    migrate(db, MIGRATIONS.slice(0, 5));
    const memory = new MergeMemory(db);
    const coding = { id: 'k1', coderId: 'u1', codeId: 'x1', start: 0, end: 4, memo: '' };
    expect(memory.rememberCoding(coding, 'then')).toBe(true);
    expect(memory.rememberCoding(coding, 'now')).toBe(false);
    expect(memory.rememberCoding({ ...coding, end: 5 }, 'now')).toBe(true);
    expect(memory.coding('k1')).toEqual({ ...coding, end: 5 });
    memory.forgetCoding('k1');
    expect(memory.coding('k1')).toBeUndefined();
    expect(() =>
      db.exec(`INSERT INTO merged_return_codes (coder_id, return_code_id, code_id, decision,
        coder_fields, merged_at) VALUES ('u1', 'x2', 'c1', 'guess', '{}', 'now')`),
    ).toThrow(/CHECK/);
  });
});
