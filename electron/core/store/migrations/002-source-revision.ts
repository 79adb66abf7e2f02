import type { Migration } from './migration';

/**
 * Schema v2: a revision counter per source, incremented by every text edit. Editors send back the
 * revision their text was loaded at, so an edit made against an older text is refused instead of
 * landing at the wrong offsets. Existing sources start at 0, the revision of an imported text.
 */
export const migration002SourceRevision: Migration = {
  version: 2,
  name: 'source revision',
  sql: `
    ALTER TABLE sources ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0);
  `,
};
