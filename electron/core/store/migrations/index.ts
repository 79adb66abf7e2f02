import type { Migration } from './migration';
import { migration001Initial } from './001-initial';
import { migration002SourceRevision } from './002-source-revision';
import { migration003Rounds } from './003-rounds';
import { migration004CodingsByCodeCoder } from './004-codings-by-code-coder';
import { migration005MergeMemory } from './005-merge-memory';

export type { Migration } from './migration';

/** Every migration, in order. Append new versions here; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Initial,
  migration002SourceRevision,
  migration003Rounds,
  migration004CodingsByCodeCoder,
  migration005MergeMemory,
];

/** The newest schema this build reads and writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
