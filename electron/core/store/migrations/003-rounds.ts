import type { Migration } from './migration';

/**
 * Schema v3: coding rounds, the codebook policy, deactivated users and coder packages.
 *
 * - A round is a set of sources (`round_sources`) and, per source, the coders who code it
 *   (`round_assignments`, with the coder's own "done" mark). While an independent round is open,
 *   the core shows a coder or mentee only their own codings on its sources.
 * - `codebook_policy` (one row) says what coders and mentees may change in the codebook.
 * - `package_origin` (at most one row) marks a project made from a coder package: the lead's
 *   project, round and coder, and the codebook and codings as packaged, which the return is
 *   compared against so the lead's merge can tell the coder's changes from the lead's.
 */
export const migration003Rounds: Migration = {
  version: 3,
  name: 'rounds',
  sql: `
    ALTER TABLE users ADD COLUMN deactivated_at TEXT;

    CREATE TABLE rounds (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      mode TEXT NOT NULL CHECK (mode IN ('independent', 'open')),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      created_at TEXT NOT NULL,
      closed_at TEXT
    );

    CREATE TABLE round_sources (
      round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
      source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (round_id, source_id)
    ) WITHOUT ROWID;
    -- Visibility checks ask "is this source in an open independent round?".
    CREATE INDEX round_sources_by_source ON round_sources (source_id);

    CREATE TABLE round_assignments (
      round_id TEXT NOT NULL,
      source_id TEXT NOT NULL,
      coder_id TEXT NOT NULL REFERENCES users (id),
      done_at TEXT,
      PRIMARY KEY (round_id, source_id, coder_id),
      FOREIGN KEY (round_id, source_id) REFERENCES round_sources (round_id, source_id)
        ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE INDEX round_assignments_by_coder ON round_assignments (coder_id);

    -- Agreement reads every coding of the compared coders: a covering index lets it read offsets
    -- without the excerpts (most of a coding's bytes). It serves "codings of a coder" too, so it
    -- replaces the narrower index.
    DROP INDEX codings_by_coder;
    CREATE INDEX codings_by_coder ON codings (coder_id, source_id, code_id, start, "end");

    CREATE TABLE codebook_policy (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      coder_changes TEXT NOT NULL CHECK (coder_changes IN ('all', 'add', 'none'))
    );
    INSERT INTO codebook_policy (singleton, coder_changes) VALUES (1, 'all');

    CREATE TABLE package_origin (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      project_id TEXT NOT NULL,
      project_name TEXT NOT NULL,
      round_id TEXT,
      coder_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      base_codes TEXT NOT NULL CHECK (json_valid(base_codes)),
      base_codings TEXT NOT NULL CHECK (json_valid(base_codings))
    );
  `,
};
