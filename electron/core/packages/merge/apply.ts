import type { MergeDecision, MergeReport } from '../../../../shared/api/contract';
import type { Id } from '../../../../shared/domain/types';
import type { ProjectStore } from '../../store';
import { nextCodeColor } from '../../store/code-colors';
import { MergeMemory } from '../../store/merge-memory';
import { PACKAGE_COLUMNS } from '../tables';
import { planMerge } from './plan';
import { text, type MergePlan } from './plan-types';
import type { ParsedReturn } from './read-return';
import { auditDetail, mergeReport } from './report';

/** Writes a plan's rows; returns how many rows changed. Runs inside the merge's transaction. */
function writePlan(
  store: ProjectStore,
  parsed: ParsedReturn,
  plan: MergePlan,
  now: string,
): number {
  const db = store.db;
  const coderId = parsed.manifest.coderId;
  const codeColumns = PACKAGE_COLUMNS.codes;
  const insertCode = db.prepare(
    `INSERT INTO codes (${codeColumns.map((c) => `"${c}"`).join(', ')})
     VALUES (${codeColumns.map(() => '?').join(', ')})`,
  );
  const nextPosition = db
    .prepare('SELECT COALESCE(MAX(position) + 1, 0) FROM codes WHERE parent_id IS ?')
    .pluck();
  const insertCoding = db.prepare(
    `INSERT INTO codings (id, source_id, coder_id, code_id, start, "end", memo, excerpt,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateCoding = db.prepare(
    `UPDATE codings SET code_id = ?, start = ?, "end" = ?, memo = ?, excerpt = ?, updated_at = ?
     WHERE id = ?`,
  );
  const deleteCoding = db.prepare('DELETE FROM codings WHERE id = ?');
  const markDone = db.prepare(
    `UPDATE round_assignments SET done_at = ? WHERE round_id = ? AND source_id = ?
       AND coder_id = ? AND done_at IS NULL`,
  );
  const memory = new MergeMemory(db);
  let changes = 0;

  for (const action of plan.codes.values()) {
    if (action.kind !== 'create') continue;
    const row = action.row;
    const color = /^#[0-9a-fA-F]{6}$/.test(text(row.color))
      ? text(row.color)
      : nextCodeColor(store.codes.list());
    changes += insertCode.run(
      String(row.id),
      action.parentId,
      action.name,
      color,
      text(row.definition),
      text(row.inclusion),
      text(row.exclusion),
      text(row.example),
      text(row.memo),
      nextPosition.get(action.parentId),
      text(row.created_at) || now,
      now,
    ).changes;
  }
  for (const edit of plan.edits) {
    // The column name comes from CODE_FIELDS, never from the file.
    const update = db.prepare(`UPDATE codes SET "${edit.field}" = ?, updated_at = ? WHERE id = ?`);
    changes += update.run(edit.value, now, edit.id).changes;
  }
  for (const action of plan.codings) {
    if (action.kind === 'add') {
      const row = action.row;
      changes += insertCoding.run(
        String(row.id),
        String(row.source_id),
        coderId,
        action.codeId,
        Number(row.start),
        Number(row.end),
        text(row.memo),
        action.excerpt,
        text(row.created_at) || now,
        text(row.updated_at) || now,
      ).changes;
    } else if (action.kind === 'update') {
      const { codeId, start, end, memo, excerpt, id } = action;
      changes += updateCoding.run(codeId, start, end, memo, excerpt, now, id).changes;
    }
  }
  for (const id of plan.removals) {
    changes += deleteCoding.run(id).changes;
    memory.forgetCoding(id);
  }
  for (const mark of plan.done) {
    const doneAt = text(mark.doneAt) || now;
    changes += markDone.run(doneAt, mark.roundId, mark.sourceId, coderId).changes;
  }
  for (const code of plan.remember.codes) changes += Number(memory.rememberCode(code, now));
  for (const coding of plan.remember.codings) changes += Number(memory.rememberCoding(coding, now));
  return changes;
}

/**
 * Merges a return in one transaction: new codes (with their ids), the coder's edits of codes the
 * lead left alone, added and changed codings, and the coder's deletions of codings still as the
 * coder had them; then remembers what it took in (merge memory, migration 005). Name collisions
 * without a decision are left out, with their codings. Merging the same file again changes
 * nothing, not even the audit log.
 */
export function applyMerge(
  store: ProjectStore,
  actor: Id | null,
  parsed: ParsedReturn,
  decisions: readonly MergeDecision[] = [],
): MergeReport {
  const db = store.db;
  return db.transaction(() => {
    // Planned inside the transaction, so nothing changes between reading and writing.
    const plan = planMerge(store, parsed, decisions);
    const report = mergeReport(parsed, plan);
    db.pragma('defer_foreign_keys = ON');
    const changes = writePlan(store, parsed, plan, new Date().toISOString());
    if (changes > 0) {
      store.audit.append({
        userId: actor,
        action: 'return.merge',
        entityType: 'user',
        entityId: parsed.manifest.coderId,
        detail: auditDetail(parsed, report),
      });
    }
    return report;
  })();
}
