import type Database from 'better-sqlite3';
import type { Id } from '../../../shared/domain/types';

/** The code fields a coder may edit and a return carries. */
export const CODE_FIELDS = [
  'name',
  'color',
  'definition',
  'inclusion',
  'exclusion',
  'example',
  'memo',
] as const;
export type CodeField = (typeof CODE_FIELDS)[number];
export type CodeFields = Record<CodeField, string>;

/** How a code of a return entered the project. */
export type CodeDecision = 'same' | 'created' | 'merged' | 'kept';

export interface RememberedCode {
  coderId: Id;
  returnCodeId: Id;
  /** The project's code it went to; null once the lead deleted that code. */
  codeId: Id | null;
  decision: CodeDecision;
  /** The code as the coder last sent it. */
  coderFields: CodeFields;
}

/** A coding as the coder last sent it; `codeId` is the code id as in the return. */
export interface RememberedCoding {
  id: Id;
  coderId: Id;
  codeId: Id;
  start: number;
  end: number;
  memo: string;
}

interface CodeRow {
  coderId: Id;
  returnCodeId: Id;
  codeId: Id | null;
  decision: CodeDecision;
  coderFields: string;
}

/**
 * What earlier merges of coder returns took in (migration 005), so merging the same return again
 * changes nothing: decisions on same-name codes are not asked twice, and what the lead changed
 * after a merge is not undone by merging it again.
 */
export class MergeMemory {
  private readonly selectCode: Database.Statement<[Id, Id]>;
  private readonly upsertCode: Database.Statement;
  private readonly selectCoding: Database.Statement<[Id]>;
  private readonly upsertCoding: Database.Statement;
  private readonly deleteCoding: Database.Statement<[Id]>;

  constructor(db: Database.Database) {
    this.selectCode = db.prepare(
      `SELECT coder_id AS coderId, return_code_id AS returnCodeId, code_id AS codeId, decision,
         coder_fields AS coderFields
       FROM merged_return_codes WHERE coder_id = ? AND return_code_id = ?`,
    );
    this.upsertCode = db.prepare(
      `INSERT INTO merged_return_codes (coder_id, return_code_id, code_id, decision, coder_fields,
         merged_at) VALUES (@coderId, @returnCodeId, @codeId, @decision, @coderFields, @at)
       ON CONFLICT (coder_id, return_code_id) DO UPDATE SET code_id = excluded.code_id,
         decision = excluded.decision, coder_fields = excluded.coder_fields,
         merged_at = excluded.merged_at
       WHERE code_id IS NOT excluded.code_id OR decision IS NOT excluded.decision
         OR coder_fields IS NOT excluded.coder_fields`,
    );
    this.selectCoding = db.prepare(
      `SELECT coding_id AS id, coder_id AS coderId, code_id AS codeId, start, "end", memo
       FROM merged_return_codings WHERE coding_id = ?`,
    );
    this.upsertCoding = db.prepare(
      `INSERT INTO merged_return_codings (coding_id, coder_id, code_id, start, "end", memo,
         merged_at) VALUES (@id, @coderId, @codeId, @start, @end, @memo, @at)
       ON CONFLICT (coding_id) DO UPDATE SET coder_id = excluded.coder_id,
         code_id = excluded.code_id, start = excluded.start, "end" = excluded."end",
         memo = excluded.memo, merged_at = excluded.merged_at
       WHERE coder_id IS NOT excluded.coder_id OR code_id IS NOT excluded.code_id
         OR start IS NOT excluded.start OR "end" IS NOT excluded."end"
         OR memo IS NOT excluded.memo`,
    );
    this.deleteCoding = db.prepare('DELETE FROM merged_return_codings WHERE coding_id = ?');
  }

  code(coderId: Id, returnCodeId: Id): RememberedCode | undefined {
    const row = this.selectCode.get(coderId, returnCodeId) as CodeRow | undefined;
    if (!row) return undefined;
    return { ...row, coderFields: JSON.parse(row.coderFields) as CodeFields };
  }

  coding(id: Id): RememberedCoding | undefined {
    return this.selectCoding.get(id) as RememberedCoding | undefined;
  }

  /**
   * Called inside the merge's transaction. Returns whether anything changed: remembering what is
   * already remembered writes nothing, so merging a return again leaves the file as it was.
   */
  rememberCode(code: RememberedCode, at: string): boolean {
    const fields = JSON.stringify(code.coderFields);
    return this.upsertCode.run({ ...code, coderFields: fields, at }).changes > 0;
  }

  /** As rememberCode. */
  rememberCoding(coding: RememberedCoding, at: string): boolean {
    return this.upsertCoding.run({ ...coding, at }).changes > 0;
  }

  /** The coding was removed by a merge: nothing of it is left to compare against. */
  forgetCoding(id: Id): void {
    this.deleteCoding.run(id);
  }
}
