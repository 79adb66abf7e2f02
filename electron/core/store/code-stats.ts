import type Database from 'better-sqlite3';
import type { CodeStats } from '../../../shared/api/contract';
import { ancestors } from '../../../shared/codebook';
import type { Code, Id } from '../../../shared/domain/types';
import { visibleCodingCondition, type Visibility } from './visibility';

interface UsageRow {
  codeId: Id;
  sourceId: Id;
  participantId: Id | null;
  codings: number;
}

interface Tally {
  codings: number;
  sources: Set<Id>;
  participants: Set<Id>;
}

/**
 * Per code: codings, distinct sources and distinct participants. Aggregated counts cover the code
 * and all its descendants; sources and participants are counted once however many of those codes
 * they appear under (never a sum of distinct counts).
 */
export class CodeStatistics {
  private readonly selectUsage: Database.Statement;

  constructor(private readonly db: Database.Database) {
    // One row per (code, source) from the codings_by_code index: small, whatever the coding count.
    this.selectUsage = db.prepare(
      `SELECT k.code_id AS codeId, k.source_id AS sourceId, s.participant_id AS participantId,
         COUNT(*) AS codings
       FROM codings k JOIN sources s ON s.id = k.source_id
       GROUP BY k.code_id, k.source_id`,
    );
  }

  /** With a visibility scope, codings hidden from the viewer are not counted. */
  list(
    codes: readonly Code[],
    options: { aggregate?: boolean } = {},
    scope: Visibility = null,
  ): CodeStats[] {
    const tallies = new Map<Id, Tally>(
      codes.map((code) => [code.id, { codings: 0, sources: new Set(), participants: new Set() }]),
    );
    const lineage = new Map<Id, Id[]>();
    const creditedCodes = (codeId: Id): Id[] => {
      if (!options.aggregate || !tallies.has(codeId)) return [codeId];
      let ids = lineage.get(codeId);
      if (!ids) {
        ids = [codeId, ...ancestors(codes, codeId).map((code) => code.id)];
        lineage.set(codeId, ids);
      }
      return ids;
    };
    for (const row of this.usage(scope)) {
      for (const id of creditedCodes(row.codeId)) {
        const tally = tallies.get(id);
        if (!tally) continue;
        tally.codings += row.codings;
        tally.sources.add(row.sourceId);
        if (row.participantId !== null) tally.participants.add(row.participantId);
      }
    }
    return codes.map((code) => {
      const tally = tallies.get(code.id)!;
      return {
        codeId: code.id,
        codings: tally.codings,
        sources: tally.sources.size,
        participants: tally.participants.size,
      };
    });
  }

  private usage(scope: Visibility): UsageRow[] {
    if (scope === null) return this.selectUsage.all() as UsageRow[];
    const visible = visibleCodingCondition(scope, 'k');
    return this.db
      .prepare(
        `SELECT k.code_id AS codeId, k.source_id AS sourceId, s.participant_id AS participantId,
           COUNT(*) AS codings
         FROM codings k JOIN sources s ON s.id = k.source_id
         WHERE ${visible.sql}
         GROUP BY k.code_id, k.source_id`,
      )
      .all(...visible.params) as UsageRow[];
  }
}
