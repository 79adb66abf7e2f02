import type { Migration } from './migration';

/**
 * Schema v1: the project, its team, participants with typed attributes, sources with their
 * turns and media sync points, the codebook, codings, memos, the audit log and full-text search.
 *
 * Design notes:
 * - Ids are UUID strings so rows keep their identity across copies of a project.
 * - Source text lives in its own table: listing sources never touches text pages, and renaming a
 *   source does not rewrite a multi-megabyte row.
 * - `*_key` columns hold a case-folded name so uniqueness is case-insensitive for all of Unicode
 *   (SQLite's NOCASE folds ASCII only).
 * - The audit log is append-only, enforced by triggers.
 * - Later rounds, consensus layers, the pseudonym registry and taxonomies are future migrations.
 */
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE project (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      created_at TEXT NOT NULL,
      singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1)
    );

    CREATE TABLE users (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('lead', 'coder', 'mentee')),
      created_at TEXT NOT NULL
    );

    CREATE TABLE attributes (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice')),
      choices TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(choices)),
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE participants (
      id TEXT PRIMARY KEY,
      pseudonym TEXT NOT NULL,
      pseudonym_key TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    );

    -- Values keep their SQLite type (TEXT for text/choice/date, INTEGER/REAL for number): the
    -- column has no type affinity, so a filter on 3 never matches the text '3'.
    CREATE TABLE participant_values (
      participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
      attribute_id TEXT NOT NULL REFERENCES attributes (id) ON DELETE CASCADE,
      value NOT NULL,
      PRIMARY KEY (participant_id, attribute_id)
    ) WITHOUT ROWID;
    CREATE INDEX participant_values_by_attribute ON participant_values (attribute_id, value);

    -- seq is the stable integer key the full-text index needs (implicit rowids may change on VACUUM).
    CREATE TABLE sources (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('interview', 'field_notes')),
      format TEXT NOT NULL,
      participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
      word_count INTEGER NOT NULL,
      char_count INTEGER NOT NULL,
      turn_count INTEGER NOT NULL,
      imported_from TEXT,
      duration_ms INTEGER,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX sources_by_participant ON sources (participant_id);

    CREATE TABLE source_texts (
      source_seq INTEGER PRIMARY KEY REFERENCES sources (seq) ON DELETE CASCADE,
      text TEXT NOT NULL
    );

    CREATE TABLE source_turns (
      source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      speaker TEXT,
      time_ms INTEGER,
      PRIMARY KEY (source_id, idx)
    ) WITHOUT ROWID;

    CREATE TABLE sync_points (
      source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
      "offset" INTEGER NOT NULL,
      time_ms INTEGER NOT NULL
    );
    CREATE INDEX sync_points_by_source ON sync_points (source_id, "offset");

    CREATE TABLE codes (
      id TEXT PRIMARY KEY,
      parent_id TEXT REFERENCES codes (id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      color TEXT NOT NULL,
      definition TEXT NOT NULL DEFAULT '',
      inclusion TEXT NOT NULL DEFAULT '',
      exclusion TEXT NOT NULL DEFAULT '',
      example TEXT NOT NULL DEFAULT '',
      memo TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX codes_by_parent ON codes (parent_id, position);

    CREATE TABLE codings (
      id TEXT PRIMARY KEY,
      source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
      coder_id TEXT NOT NULL REFERENCES users (id),
      code_id TEXT NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
      start INTEGER NOT NULL CHECK (start >= 0),
      "end" INTEGER NOT NULL CHECK ("end" > start),
      memo TEXT NOT NULL DEFAULT '',
      -- The covered text, text[start, end), kept with the coding so "all segments of a code"
      -- never reads whole transcripts. Whatever changes a source text must rewrite it.
      excerpt TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    -- Ordered so "all segments of one code" and "all codings of a source" read in text order.
    CREATE INDEX codings_by_code ON codings (code_id, source_id, start);
    CREATE INDEX codings_by_source ON codings (source_id, start);
    CREATE INDEX codings_by_coder ON codings (coder_id);

    -- Per-coder totals kept by triggers, so project counts cost nothing at 300,000 codings.
    CREATE TABLE coding_counts (
      coder_id TEXT PRIMARY KEY,
      count INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TRIGGER coding_counts_insert AFTER INSERT ON codings BEGIN
      INSERT INTO coding_counts (coder_id, count) VALUES (new.coder_id, 1)
        ON CONFLICT (coder_id) DO UPDATE SET count = count + 1;
    END;
    CREATE TRIGGER coding_counts_delete AFTER DELETE ON codings BEGIN
      UPDATE coding_counts SET count = count - 1 WHERE coder_id = old.coder_id;
      DELETE FROM coding_counts WHERE coder_id = old.coder_id AND count <= 0;
    END;
    CREATE TRIGGER coding_counts_update AFTER UPDATE OF coder_id ON codings
      WHEN new.coder_id IS NOT old.coder_id BEGIN
      UPDATE coding_counts SET count = count - 1 WHERE coder_id = old.coder_id;
      DELETE FROM coding_counts WHERE coder_id = old.coder_id AND count <= 0;
      INSERT INTO coding_counts (coder_id, count) VALUES (new.coder_id, 1)
        ON CONFLICT (coder_id) DO UPDATE SET count = count + 1;
    END;

    CREATE TABLE memos (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      target_type TEXT NOT NULL
        CHECK (target_type IN ('project', 'source', 'code', 'coding', 'participant')),
      target_id TEXT,
      author_id TEXT REFERENCES users (id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX memos_by_target ON memos (target_type, target_id);

    -- No foreign keys: the history must outlive the users and entities it mentions.
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      user_id TEXT,
      action TEXT NOT NULL,
      entity_type TEXT NOT NULL,
      entity_id TEXT,
      detail TEXT NOT NULL DEFAULT 'null' CHECK (json_valid(detail))
    );
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

    -- External-content index over source_texts, kept in sync by triggers. Diacritics are kept so
    -- the index agrees with the exact, case-insensitive match location done in JavaScript.
    CREATE VIRTUAL TABLE source_texts_fts USING fts5(
      text,
      content = 'source_texts',
      content_rowid = 'source_seq',
      tokenize = 'unicode61 remove_diacritics 0'
    );
    CREATE TRIGGER source_texts_fts_insert AFTER INSERT ON source_texts BEGIN
      INSERT INTO source_texts_fts (rowid, text) VALUES (new.source_seq, new.text);
    END;
    CREATE TRIGGER source_texts_fts_delete AFTER DELETE ON source_texts BEGIN
      INSERT INTO source_texts_fts (source_texts_fts, rowid, text)
        VALUES ('delete', old.source_seq, old.text);
    END;
    CREATE TRIGGER source_texts_fts_update AFTER UPDATE OF text ON source_texts BEGIN
      INSERT INTO source_texts_fts (source_texts_fts, rowid, text)
        VALUES ('delete', old.source_seq, old.text);
      INSERT INTO source_texts_fts (rowid, text) VALUES (new.source_seq, new.text);
    END;
  `,
};
