import type { Migration } from './migration';

/**
 * Schema v5: what merging coder returns has already taken in, so the same return merged again
 * changes nothing and the lead's later changes are not undone by it.
 *
 * - `merged_return_codes`: per coder, each code of a return that was merged and the project code
 *   it went to. A same-name code merged into an existing code by the lead's decision is found
 *   again by its return id, never offered again. `coder_fields` holds the code as the coder last
 *   sent it (JSON of name, color, definition, ...): a field the coder did not change since is not
 *   an edit, and a conflict the lead already saw is not reported again. When the project code is
 *   deleted, `code_id` becomes NULL: the lead removed it after the merge, so it is not recreated.
 * - `merged_return_codings`: each merged coding as the coder sent it (code id as in the return).
 *   A coding the coder did not change since then follows the lead: a later adjustment or deletion
 *   by the lead stands. No foreign key, so deletions are remembered.
 */
export const migration005MergeMemory: Migration = {
  version: 5,
  name: 'merge memory',
  sql: `
    CREATE TABLE merged_return_codes (
      coder_id TEXT NOT NULL,
      return_code_id TEXT NOT NULL,
      code_id TEXT REFERENCES codes (id) ON DELETE SET NULL,
      decision TEXT NOT NULL CHECK (decision IN ('same', 'created', 'merged', 'kept')),
      coder_fields TEXT NOT NULL CHECK (json_valid(coder_fields)),
      merged_at TEXT NOT NULL,
      PRIMARY KEY (coder_id, return_code_id)
    ) WITHOUT ROWID;
    CREATE INDEX merged_return_codes_by_code ON merged_return_codes (code_id);

    CREATE TABLE merged_return_codings (
      coding_id TEXT PRIMARY KEY,
      coder_id TEXT NOT NULL,
      code_id TEXT NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      memo TEXT NOT NULL,
      merged_at TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
};
