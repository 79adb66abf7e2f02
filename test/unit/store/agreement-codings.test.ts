import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAgreementCodings } from '../../../electron/core/store/agreement-codings';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS } from '../../../electron/core/store/migrations';
import { groupCodingsBySource, type AgreementCoding } from '../../../shared/rounds';

describe('readAgreementCodings', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    db.exec(`
      INSERT INTO users (id, name, role, created_at) VALUES
        ('ann', 'Ann', 'coder', 'now'), ('bob', 'Bob', 'coder', 'now'), ('cy', 'Cy', 'coder', 'now');
      INSERT INTO sources (seq, id, title, kind, format, word_count, char_count, turn_count,
        created_at, updated_at) VALUES
        (1, 's1', 'A', 'interview', 'plain', 0, 100, 0, 'now', 'now'),
        (2, 's2', 'B', 'interview', 'plain', 0, 100, 0, 'now', 'now');
      INSERT INTO codes (id, parent_id, name, color, position, created_at, updated_at) VALUES
        ('trust', NULL, 'Trust', '#000000', 0, 'now', 'now'),
        ('fear', NULL, 'Fear', '#000000', 1, 'now', 'now'),
        ('other', NULL, 'Other', '#000000', 2, 'now', 'now');
    `);
  });
  afterEach(() => db.close());

  it('groups by source and coder in creation order, leaving out other coders and codes', () => {
    // Created out of offset order and interleaving codes, so index order differs from rowid order.
    const created: AgreementCoding[] = [
      { sourceId: 's1', coderId: 'ann', codeId: 'trust', start: 50, end: 60 },
      { sourceId: 's1', coderId: 'bob', codeId: 'fear', start: 5, end: 9 },
      { sourceId: 's1', coderId: 'ann', codeId: 'fear', start: 10, end: 20 },
      { sourceId: 's2', coderId: 'bob', codeId: 'trust', start: 30, end: 40 },
      { sourceId: 's1', coderId: 'ann', codeId: 'trust', start: 0, end: 8 },
      { sourceId: 's1', coderId: 'cy', codeId: 'trust', start: 0, end: 8 },
      { sourceId: 's1', coderId: 'ann', codeId: 'other', start: 0, end: 8 },
      { sourceId: 's1', coderId: 'bob', codeId: 'trust', start: 1, end: 2 },
    ];
    const insert = db.prepare(
      `INSERT INTO codings (id, source_id, coder_id, code_id, start, "end", excerpt, created_at,
         updated_at) VALUES (?, ?, ?, ?, ?, ?, '', 'now', 'now')`,
    );
    created.forEach((c, i) => insert.run(`k${i}`, c.sourceId, c.coderId, c.codeId, c.start, c.end));

    const read = readAgreementCodings(db, ['ann', 'bob'], ['trust', 'fear']);
    expect(read).toEqual(groupCodingsBySource(['ann', 'bob'], ['trust', 'fear'], created));
    expect(read.get('s1')).toEqual([
      [
        { code: 'trust', start: 50, end: 60 },
        { code: 'fear', start: 10, end: 20 },
        { code: 'trust', start: 0, end: 8 },
      ],
      [
        { code: 'fear', start: 5, end: 9 },
        { code: 'trust', start: 1, end: 2 },
      ],
    ]);
    expect(read.get('s2')).toEqual([[], [{ code: 'trust', start: 30, end: 40 }]]);
  });

  it('reads nothing for coders without codings', () => {
    expect(readAgreementCodings(db, ['ann', 'bob'], ['trust']).size).toBe(0);
  });
});
