import type Database from 'better-sqlite3';
import type { Id, User } from '../../../shared/domain/types';

/**
 * Whose codings a user may see. Leads see everything, and so does everybody while no independent
 * round is open. Otherwise a coder or mentee sees, on the sources of every open independent
 * round, only their own codings; everywhere else everything.
 *
 * `null` means "sees everything": read paths then add no condition, so the common case costs
 * nothing.
 */
export interface VisibilityScope {
  /** The viewer; '' when the session has no current user (sees nobody's codings there). */
  viewerId: Id;
  /** Sources of open independent rounds, where only the viewer's codings are visible. */
  hiddenSourceIds: readonly Id[];
}

export type Visibility = VisibilityScope | null;

/** A SQL condition and its parameters, to AND into a WHERE clause over `codings`. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** The condition "the coding aliased `alias` is visible in `scope`" (always true for null). */
export function visibleCodingCondition(scope: Visibility, alias = 'codings'): SqlCondition {
  if (scope === null) return { sql: '1', params: [] };
  return {
    sql: `(${alias}.coder_id = ? OR ${alias}.source_id NOT IN (SELECT value FROM json_each(?)))`,
    params: [scope.viewerId, JSON.stringify(scope.hiddenSourceIds)],
  };
}

/** Whether one coding is visible in `scope`. */
export function isCodingVisible(scope: Visibility, coding: { coderId: Id; sourceId: Id }): boolean {
  if (scope === null || coding.coderId === scope.viewerId) return true;
  return !scope.hiddenSourceIds.includes(coding.sourceId);
}

/** Works out the visibility scope of a user from the rounds in the project. */
export class VisibilityRules {
  private readonly selectHiddenSources: Database.Statement;

  constructor(db: Database.Database) {
    this.selectHiddenSources = db
      .prepare(
        `SELECT DISTINCT rs.source_id FROM round_sources rs JOIN rounds r ON r.id = rs.round_id
         WHERE r.status = 'open' AND r.mode = 'independent' ORDER BY rs.source_id`,
      )
      .pluck();
  }

  scopeFor(user: User | null): Visibility {
    if (user?.role === 'lead') return null;
    const hidden = this.selectHiddenSources.all() as Id[];
    if (hidden.length === 0) return null;
    return { viewerId: user?.id ?? '', hiddenSourceIds: hidden };
  }
}
