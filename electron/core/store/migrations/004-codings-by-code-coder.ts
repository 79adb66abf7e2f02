import type { Migration } from './migration';

/**
 * Schema v4: an index of codings by code and coder that holds everything agreement reads.
 *
 * - "All segments of one code by one coder" (retrieval filtered to a coder) finds its rows
 *   directly instead of filtering every coder's codings of the code.
 * - Agreement reads each (code, coder) pair's offsets from the index alone, never the table rows
 *   with their excerpts: half the time of reading 600,000 codings through codings_by_coder.
 */
export const migration004CodingsByCodeCoder: Migration = {
  version: 4,
  name: 'codings-by-code-coder',
  sql: `
    CREATE INDEX codings_by_code_coder ON codings (code_id, coder_id, source_id, start, "end");
  `,
};
