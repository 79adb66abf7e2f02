import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Coding, Id } from '../../../shared/domain/types';
import type { AuditLog } from './audit';
import { newId, now } from './clock';
import type { ChangeRecorder } from './history/change-recorder';
import { assertWholeCharacters } from './text-remap';
import { visibleCodingCondition, type Visibility } from './visibility';

const COLUMNS = `id, source_id AS sourceId, coder_id AS coderId, code_id AS codeId, start,
  "end", memo, created_at AS createdAt, updated_at AS updatedAt`;

export interface CodingFilter {
  sourceId?: Id;
  codeId?: Id;
  coderId?: Id;
}

/** A coding with the text it covers, as a merged narrative or a code report reads it. */
export interface CodedSpan extends Coding {
  text: string;
}

export interface NewCoding {
  sourceId: Id;
  coderId: Id;
  codeId: Id;
  start: number;
  end: number;
  memo?: string;
}

/**
 * Codes applied by a coder to a span [start, end) of a source. Each coding keeps the text it
 * covers (`excerpt`), so retrieval never reads transcripts; every change here rewrites it.
 */
export class CodingRepository {
  private readonly insert: Database.Statement;
  private readonly selectOne: Database.Statement<[Id]>;
  private readonly selectIdentical: Database.Statement;
  private readonly selectSourceText: Database.Statement<[Id]>;
  private readonly selectSegments: Database.Statement<[Id]>;
  private readonly selectCodeName: Database.Statement<[Id]>;
  private readonly userExists: Database.Statement<[Id]>;
  private readonly updateSpan: Database.Statement;
  private readonly updateMemo: Database.Statement;
  private readonly deleteRow: Database.Statement<[Id]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
    private readonly recorder: ChangeRecorder,
  ) {
    this.insert = db.prepare(
      `INSERT INTO codings (id, source_id, coder_id, code_id, start, "end", memo, excerpt,
         created_at, updated_at)
       VALUES (@id, @sourceId, @coderId, @codeId, @start, @end, @memo, @excerpt, @createdAt,
         @updatedAt)`,
    );
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM codings WHERE id = ?`);
    this.selectIdentical = db.prepare(
      `SELECT ${COLUMNS} FROM codings WHERE code_id = @codeId AND source_id = @sourceId
         AND start = @start AND "end" = @end AND coder_id = @coderId AND id IS NOT @exceptId
       LIMIT 1`,
    );
    this.selectSourceText = db
      .prepare(
        'SELECT t.text FROM source_texts t JOIN sources s ON s.seq = t.source_seq WHERE s.id = ?',
      )
      .pluck();
    this.selectCodeName = db.prepare('SELECT name FROM codes WHERE id = ?').pluck();
    this.userExists = db.prepare('SELECT 1 FROM users WHERE id = ?').pluck();
    this.selectSegments = db.prepare(
      `SELECT ${COLUMNS}, excerpt AS text FROM codings WHERE code_id = ?
       ORDER BY source_id, start, "end", id`,
    );
    this.updateSpan = db.prepare(
      `UPDATE codings SET start = @start, "end" = @end, excerpt = @excerpt,
         updated_at = @updatedAt WHERE id = @id`,
    );
    this.updateMemo = db.prepare(
      'UPDATE codings SET memo = @memo, updated_at = @updatedAt WHERE id = @id',
    );
    this.deleteRow = db.prepare('DELETE FROM codings WHERE id = ?');
  }

  /**
   * In text order within each source; every filter given must hold. With a visibility scope,
   * codings the viewer may not see (other coders' in an open independent round) are left out.
   */
  list(filter: CodingFilter = {}, scope: Visibility = null): Coding[] {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (scope !== null) {
      const visible = visibleCodingCondition(scope);
      clauses.push(visible.sql);
      params.push(...visible.params);
    }
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

  get(id: Id): Coding {
    const coding = this.selectOne.get(id) as Coding | undefined;
    if (!coding) throw new ApiError('not_found', `No coding with id ${id}.`);
    return coding;
  }

  /** All segments of one code with their text, in text order; reads no source text. */
  segmentsOfCode(codeId: Id): CodedSpan[] {
    return this.selectSegments.all(codeId) as CodedSpan[];
  }

  /** Creates a coding; see `apply` for the idempotent form the API uses. */
  create(actor: Id | null, input: NewCoding): Coding {
    return this.apply(actor, input).coding;
  }

  /**
   * Codes [start, end) of a source. Applying the same code by the same coder to exactly the same
   * span again changes nothing and returns the existing coding (`created: false`), so pasting
   * coded text cannot duplicate codings.
   */
  apply(actor: Id | null, input: NewCoding): { coding: Coding; created: boolean } {
    return this.db.transaction(() => {
      const codeName = this.codeName(input.codeId);
      const text = this.sourceText(input.sourceId);
      assertSpan(text, input.start, input.end);
      if (!this.userExists.get(input.coderId)) {
        throw new ApiError('not_found', `No user with id ${input.coderId}.`);
      }
      const existing = this.findIdentical({ ...input, exceptId: null });
      if (existing) return { coding: existing, created: false };
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
      this.recorder.coding(coding.id);
      this.insert.run({ ...coding, excerpt: text.slice(coding.start, coding.end) });
      this.audit.append({
        userId: actor,
        action: 'coding.create',
        entityType: 'coding',
        entityId: coding.id,
        detail: {
          sourceId: coding.sourceId,
          codeId: coding.codeId,
          code: codeName,
          coderId: coding.coderId,
          start: coding.start,
          end: coding.end,
        },
      });
      return { coding, created: true };
    })();
  }

  remove(actor: Id | null, id: Id): Coding {
    return this.db.transaction(() => {
      const coding = this.get(id);
      this.recorder.coding(id);
      this.deleteRow.run(id);
      this.audit.append({
        userId: actor,
        action: 'coding.delete',
        entityType: 'coding',
        entityId: id,
        detail: {
          sourceId: coding.sourceId,
          codeId: coding.codeId,
          code: this.codeName(coding.codeId),
          coderId: coding.coderId,
          start: coding.start,
          end: coding.end,
        },
      });
      return coding;
    })();
  }

  /** Moves a coding's boundaries; refused when it would duplicate another coding exactly. */
  adjust(actor: Id | null, id: Id, start: number, end: number): Coding {
    return this.db.transaction(() => {
      const before = this.get(id);
      if (before.start === start && before.end === end) return before;
      const text = this.sourceText(before.sourceId);
      assertSpan(text, start, end);
      if (this.findIdentical({ ...before, start, end, exceptId: id })) {
        throw new ApiError(
          'conflict',
          `The same coder already coded exactly [${start}, ${end}) with "${this.codeName(before.codeId)}".`,
        );
      }
      this.recorder.coding(id);
      this.updateSpan.run({ id, start, end, excerpt: text.slice(start, end), updatedAt: now() });
      this.audit.append({
        userId: actor,
        action: 'coding.adjust',
        entityType: 'coding',
        entityId: id,
        detail: {
          sourceId: before.sourceId,
          codeId: before.codeId,
          before: { start: before.start, end: before.end },
          after: { start, end },
        },
      });
      return this.get(id);
    })();
  }

  setMemo(actor: Id | null, id: Id, memo: string): Coding {
    return this.db.transaction(() => {
      const before = this.get(id);
      if (before.memo === memo) return before;
      this.recorder.coding(id);
      this.updateMemo.run({ id, memo, updatedAt: now() });
      this.audit.append({
        userId: actor,
        action: 'coding.memo',
        entityType: 'coding',
        entityId: id,
        detail: { before: before.memo, after: memo },
      });
      return this.get(id);
    })();
  }

  private findIdentical(
    key: Pick<Coding, 'sourceId' | 'codeId' | 'coderId' | 'start' | 'end'> & {
      exceptId: Id | null;
    },
  ): Coding | undefined {
    return this.selectIdentical.get({
      sourceId: key.sourceId,
      codeId: key.codeId,
      coderId: key.coderId,
      start: key.start,
      end: key.end,
      exceptId: key.exceptId,
    }) as Coding | undefined;
  }

  private codeName(codeId: Id): string {
    const name = this.selectCodeName.get(codeId) as string | undefined;
    if (name === undefined) throw new ApiError('not_found', `No code with id ${codeId}.`);
    return name;
  }

  private sourceText(sourceId: Id): string {
    const text = this.selectSourceText.get(sourceId) as string | undefined;
    if (text === undefined) throw new ApiError('not_found', `No source with id ${sourceId}.`);
    return text;
  }
}

/** A coding covers a non-empty span inside the text that cuts no character in two. */
function assertSpan(text: string, start: number, end: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end <= start) {
    throw new ApiError(
      'bad_input',
      `A coding must cover a non-empty span: [${start}, ${end}) is not one.`,
    );
  }
  if (end > text.length) {
    throw new ApiError(
      'bad_input',
      `A coding must lie inside the source: [${start}, ${end}) ends past its ${text.length} characters.`,
    );
  }
  assertWholeCharacters(text, [start, end], `Coding [${start}, ${end})`);
}
