/** One schema step. Versions are consecutive from 1; each runs in its own transaction. */
export interface Migration {
  version: number;
  /** Short description, kept for logs and tests. */
  name: string;
  sql: string;
}
