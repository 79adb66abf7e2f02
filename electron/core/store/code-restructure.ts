import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { CodeMergeResult, CodeSplitResult } from '../../../shared/api/contract';
import { copySubtree, descendants, mergePlan, uniqueSiblingName } from '../../../shared/codebook';
import type { Code, Coding, Id } from '../../../shared/domain/types';
import type { AuditLog } from './audit';
import { newId, now } from './clock';
import type { CodeRepository } from './codes';
import type { ChangeRecorder } from './history/change-recorder';

const CODING_COLUMNS = `id, source_id AS sourceId, coder_id AS coderId, code_id AS codeId, start,
  "end", memo, created_at AS createdAt, updated_at AS updatedAt`;

/** Reshaping the codebook beyond one code: merge, split and copy. Each is one transaction. */
export class CodeRestructuring {
  private readonly selectCodingsOfCodes: Database.Statement<[Id, Id]>;
  private readonly moveCoding: Database.Statement;
  private readonly recodeCoding: Database.Statement<[Id, string, Id]>;
  private readonly setCodingMemo: Database.Statement;
  private readonly deleteCoding: Database.Statement<[Id]>;
  private readonly selectCodingCode: Database.Statement<[Id]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
    private readonly recorder: ChangeRecorder,
    private readonly codes: CodeRepository,
  ) {
    this.selectCodingsOfCodes = db.prepare(
      `SELECT ${CODING_COLUMNS} FROM codings WHERE code_id IN (?, ?)
       ORDER BY source_id, start, "end", created_at, id`,
    );
    this.moveCoding = db.prepare(
      `UPDATE codings SET code_id = @codeId, memo = @memo, updated_at = @updatedAt
       WHERE id = @id`,
    );
    this.recodeCoding = db.prepare('UPDATE codings SET code_id = ?, updated_at = ? WHERE id = ?');
    this.setCodingMemo = db.prepare(
      'UPDATE codings SET memo = @memo, updated_at = @updatedAt WHERE id = @id',
    );
    this.deleteCoding = db.prepare('DELETE FROM codings WHERE id = ?');
    this.selectCodingCode = db.prepare('SELECT code_id FROM codings WHERE id = ?').pluck();
  }

  /**
   * Merges `codeId` into `intoCodeId`: its codings move to the target (a coder's identical span
   * collapses into one coding, keeping every memo), its children move under the target (renamed
   * "Name (2)" on a clash) and it is deleted. Its memo is appended to the target's.
   */
  merge(actor: Id | null, codeId: Id, intoCodeId: Id): CodeMergeResult {
    return this.db.transaction(() => {
      const merged = this.codes.get(codeId);
      const target = this.codes.get(intoCodeId);
      const codes = this.codes.list();
      if (codeId === intoCodeId) {
        throw new ApiError('bad_input', `"${merged.name}" cannot be merged into itself.`);
      }
      if (descendants(codes, codeId).some((code) => code.id === intoCodeId)) {
        throw new ApiError(
          'bad_input',
          `"${merged.name}" cannot be merged into "${target.name}", one of its own subcodes.`,
        );
      }
      const timestamp = now();
      const plan = mergePlan(
        this.selectCodingsOfCodes.all(codeId, intoCodeId) as Coding[],
        codeId,
        intoCodeId,
      );
      for (const { removed } of plan.collapsed) {
        this.recorder.coding(removed.id);
        this.deleteCoding.run(removed.id);
      }
      for (const coding of plan.moved) {
        this.recorder.coding(coding.id);
        this.moveCoding.run({
          id: coding.id,
          codeId: intoCodeId,
          memo: coding.memo,
          updatedAt: timestamp,
        });
      }
      for (const update of plan.memoUpdates) {
        this.recorder.coding(update.codingId);
        this.setCodingMemo.run({ id: update.codingId, memo: update.memo, updatedAt: timestamp });
      }

      const children = codes
        .filter((code) => code.parentId === codeId)
        .sort((a, b) => a.position - b.position);
      let siblings = codes.filter((code) => code.parentId === intoCodeId);
      let position = siblings.reduce((max, code) => Math.max(max, code.position + 1), 0);
      for (const child of children) {
        const name = uniqueSiblingName(siblings, intoCodeId, child.name);
        const placed = { ...child, parentId: intoCodeId, name, position: position++ };
        this.codes.place(placed);
        siblings = [...siblings, placed];
      }
      if (merged.memo.trim() !== '') {
        const memo = target.memo.trim() === '' ? merged.memo : `${target.memo}\n\n${merged.memo}`;
        this.codes.update(actor, intoCodeId, { memo });
      }
      this.codes.deleteEmpty(codeId);

      const result: CodeMergeResult = {
        target: this.codes.get(intoCodeId),
        movedCodings: plan.moved.length,
        collapsedCodings: plan.collapsed.length,
        reparentedCodes: children.length,
      };
      this.audit.append({
        userId: actor,
        action: 'code.merge',
        entityType: 'code',
        entityId: intoCodeId,
        detail: {
          merged: { id: codeId, name: merged.name },
          into: { id: intoCodeId, name: target.name },
          movedCodings: result.movedCodings,
          collapsedCodings: result.collapsedCodings,
          reparentedCodes: result.reparentedCodes,
        },
      });
      return result;
    })();
  }

  /** Creates a sibling of `codeId` named `name` and moves the chosen codings of `codeId` to it. */
  split(
    actor: Id | null,
    codeId: Id,
    codingIds: readonly Id[],
    newCode: { name: string; color?: string },
  ): CodeSplitResult {
    return this.db.transaction(() => {
      const original = this.codes.get(codeId);
      const ids = [...new Set(codingIds)];
      for (const id of ids) {
        const owner = this.selectCodingCode.get(id) as Id | undefined;
        if (owner === undefined) throw new ApiError('not_found', `No coding with id ${id}.`);
        if (owner !== codeId) {
          throw new ApiError(
            'bad_input',
            `Coding ${id} is not a coding of "${original.name}"; only its own codings can be split off.`,
          );
        }
      }
      const code = this.codes.create(actor, {
        parentId: original.parentId,
        name: newCode.name,
        color: newCode.color,
      });
      const timestamp = now();
      for (const id of ids) {
        this.recorder.coding(id);
        this.recodeCoding.run(code.id, timestamp, id);
      }
      this.audit.append({
        userId: actor,
        action: 'code.split',
        entityType: 'code',
        entityId: code.id,
        detail: { from: { id: codeId, name: original.name }, name: code.name, codings: ids.length },
      });
      return { code, movedCodings: ids.length };
    })();
  }

  /** Copies a code and its subtree (codes only) under `parentId`; returns the copies, root first. */
  copy(actor: Id | null, id: Id, parentId: Id | null): Code[] {
    return this.db.transaction(() => {
      const codes = this.codes.list();
      const original = this.codes.get(id);
      if (parentId !== null) this.codes.get(parentId);
      const { codes: copies } = copySubtree(codes, id, parentId, newId, now());
      for (const copy of copies) this.codes.insertCode(copy);
      this.audit.append({
        userId: actor,
        action: 'code.copy',
        entityType: 'code',
        entityId: copies[0]!.id,
        detail: { from: { id, name: original.name }, name: copies[0]!.name, codes: copies.length },
      });
      return copies;
    })();
  }
}
