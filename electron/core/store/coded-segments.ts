import type Database from 'better-sqlite3';
import type { CodedSegment, CodedSegmentQuery } from '../../../shared/api/contract';
import type { AttributeValue, Id } from '../../../shared/domain/types';
import type { AttributeRepository } from './attributes';
import type { CodeRepository } from './codes';
import { sourceFilterCondition } from './source-filter';
import { visibleCodingCondition, type Visibility } from './visibility';

type SegmentRow = Omit<CodedSegment, 'attributes'>;

interface ValueRow {
  participantId: Id;
  attributeId: Id;
  value: AttributeValue;
}

/**
 * Retrieval: the coded segments of a code with their text and context. The text comes from each
 * coding's excerpt and the lookup goes through the codings_by_code_coder index (by code, or by
 * code and coder), so no transcript is read however large the project.
 */
export class CodedSegments {
  private readonly selectValues: Database.Statement<[string]>;

  constructor(
    private readonly db: Database.Database,
    private readonly codes: CodeRepository,
    private readonly attributes: AttributeRepository,
  ) {
    this.selectValues = db.prepare(
      `SELECT participant_id AS participantId, attribute_id AS attributeId, value
       FROM participant_values WHERE participant_id IN (SELECT value FROM json_each(?))`,
    );
  }

  /** Ordered by source (as the source list orders them), then by offset. */
  /** Segments hidden from `scope` (other coders' in an open independent round) are left out. */
  list(query: CodedSegmentQuery, scope: Visibility = null): CodedSegment[] {
    this.codes.get(query.codeId);
    const codeIds = query.includeChildren ? this.codes.subtreeIds(query.codeId) : [query.codeId];
    const clauses =
      codeIds.length === 1 ? ['k.code_id = ?'] : ['k.code_id IN (SELECT value FROM json_each(?))'];
    const params: unknown[] = [codeIds.length === 1 ? codeIds[0] : JSON.stringify(codeIds)];
    if (query.coderId !== undefined) {
      clauses.push('k.coder_id = ?');
      params.push(query.coderId);
    }
    if (query.coderIds !== undefined) {
      clauses.push('k.coder_id IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(query.coderIds));
    }
    if (query.sourceId !== undefined) {
      clauses.push('k.source_id = ?');
      params.push(query.sourceId);
    }
    if (scope !== null) {
      const visible = visibleCodingCondition(scope, 'k');
      clauses.push(visible.sql);
      params.push(...visible.params);
    }
    const condition = sourceFilterCondition(query.filter, this.attributes);
    clauses.push(condition.sql);
    params.push(...condition.params);
    const rows = this.db
      .prepare(
        `SELECT k.id AS codingId, k.code_id AS codeId, c.name AS codeName,
           k.coder_id AS coderId, COALESCE(u.name, '') AS coderName,
           k.source_id AS sourceId, s.title AS sourceTitle,
           s.participant_id AS participantId, p.pseudonym AS participantPseudonym,
           k.start, k."end", k.excerpt AS text, k.memo, k.created_at AS createdAt
         FROM codings k
         JOIN sources s ON s.id = k.source_id
         JOIN codes c ON c.id = k.code_id
         LEFT JOIN users u ON u.id = k.coder_id
         LEFT JOIN participants p ON p.id = s.participant_id
         WHERE ${clauses.join(' AND ')}
         ORDER BY s.title COLLATE NOCASE, s.seq, k.start, k."end", c.name, k.id`,
      )
      .all(...params) as (SegmentRow & Partial<Pick<CodedSegment, 'attributes'>>)[];
    const attributes = this.attributesOf(rows);
    // Completed in place: copying thousands of rows into new objects would double the garbage.
    for (const row of rows) {
      row.attributes = row.participantId === null ? {} : (attributes.get(row.participantId) ?? {});
    }
    return rows as CodedSegment[];
  }

  private attributesOf(rows: readonly SegmentRow[]): Map<Id, Record<Id, AttributeValue>> {
    const participants = [
      ...new Set(rows.map((row) => row.participantId).filter((id) => id !== null)),
    ];
    const byParticipant = new Map<Id, Record<Id, AttributeValue>>();
    if (participants.length === 0) return byParticipant;
    for (const row of this.selectValues.all(JSON.stringify(participants)) as ValueRow[]) {
      let values = byParticipant.get(row.participantId);
      if (!values) byParticipant.set(row.participantId, (values = {}));
      values[row.attributeId] = row.value;
    }
    return byParticipant;
  }
}
