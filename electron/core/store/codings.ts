import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Coding, Id } from '../../../shared/domain/types';
import type { AuditLog } from './audit';
import { newId, now } from './clock';

const COLUMNS = `id, source_id AS sourceId, coder_id AS coderId, code_id AS codeId, start,
  "end", memo, created_at AS createdAt, updated_at AS updatedAt`;

export interface CodingFilter {
  sourceId?: Id;
  codeId?: Id;
  coderId?: Id;
}

/** A coding with the text it covers, as a merged narrative or a code report reads it. */
export interface CodedSegment extends Coding {
  text: string;
}

/** Codes applied by a coder to a span of a source. Editing arrives with the coding API. */
export class CodingRepository {
  private readonly insert: Database.Statement;
  private readonly selectSourceText: Database.Statement<[Id]>;
  private readonly selectSegments: Database.Statement<[Id]>;
  private readonly userExists: Database.Statement<[Id]>;
  private readonly codeExists: Database.Statement<[Id]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
  ) {
    this.insert = db.prepare(
      `INSERT INTO codings (id, source_id, coder_id, code_id, start, "end", memo, excerpt,
         created_at, updated_at)
       VALUES (@id, @sourceId, @coderId, @codeId, @start, @end, @memo, @excerpt, @createdAt,
         @updatedAt)`,
    );
    this.selectSourceText = db
      .prepare(
        'SELECT t.text FROM source_texts t JOIN sources s ON s.seq = t.source_seq WHERE s.id = ?',
      )
      .pluck();
    this.userExists = db.prepare('SELECT 1 FROM users WHERE id = ?').pluck();
    this.codeExists = db.prepare('SELECT 1 FROM codes WHERE id = ?').pluck();
    this.selectSegments = db.prepare(
      `SELECT ${COLUMNS}, excerpt AS text FROM codings WHERE code_id = ?
       ORDER BY source_id, start, "end", id`,
    );
  }

  /** In text order within each source; every filter given must hold. */
  list(filter: CodingFilter = {}): Coding[] {
    const clauses: string[] = [];
    const params: Id[] = [];
    for (const [column, value] of [
      ['source_id', filter.sourceId],
      ['code_id', filter.codeId],
      ['coder_id', filter.coderId],
    ] as const) {
      if (value === undefined) continue;
      clauses.push(`${column} = ?`);
      params.push(value);
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    return this.db
      .prepare(`SELECT ${COLUMNS} FROM codings ${where} ORDER BY source_id, start, "end", id`)
      .all(...params) as Coding[];
  }

  /** All segments of one code with their text, in text order; reads no source text. */
  segmentsOfCode(codeId: Id): CodedSegment[] {
    return this.selectSegments.all(codeId) as CodedSegment[];
  }

  create(
    actor: Id | null,
    input: { sourceId: Id; coderId: Id; codeId: Id; start: number; end: number; memo?: string },
  ): Coding {
    return this.db.transaction(() => {
      const text = this.selectSourceText.get(input.sourceId) as string | undefined;
      if (text === undefined) {
        throw new ApiError('not_found', `No source with id ${input.sourceId}.`);
      }
      if (
        !(Number.isInteger(input.start) && Number.isInteger(input.end)) ||
        input.start < 0 ||
        input.end <= input.start ||
        input.end > text.length
      ) {
        throw new ApiError('bad_input', `A coding must cover a non-empty span inside the source.`);
      }
      if (!this.userExists.get(input.coderId)) {
        throw new ApiError('not_found', `No user with id ${input.coderId}.`);
      }
      if (!this.codeExists.get(input.codeId)) {
        throw new ApiError('not_found', `No code with id ${input.codeId}.`);
      }
      const timestamp = now();
      const coding: Coding = {
        id: newId(),
        sourceId: input.sourceId,
        coderId: input.coderId,
        codeId: input.codeId,
        start: input.start,
        end: input.end,
        memo: input.memo ?? '',
        createdAt: timestamp,
        updatedAt: timestamp,
      };
      this.insert.run({ ...coding, excerpt: text.slice(coding.start, coding.end) });
      this.audit.append({
        userId: actor,
        action: 'coding.create',
        entityType: 'coding',
        entityId: coding.id,
        detail: {
          sourceId: coding.sourceId,
          codeId: coding.codeId,
          start: coding.start,
          end: coding.end,
        },
      });
      return coding;
    })();
  }
}
