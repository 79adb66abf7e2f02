import type {
  MergeCode,
  MergeDecision,
  MergeEditConflict,
  MergeNameCollision,
} from '../../../../shared/api/contract';
import type { Id } from '../../../../shared/domain/types';
import type { ProjectStore } from '../../store';
import type { MergeMemory, RememberedCode } from '../../store/merge-memory';
import { selectRows } from '../tables';
import { SiblingNames, parentsFirst } from './code-names';
import { compareCodeFields } from './code-edits';
import { codeFields, parentOf, text, type CodeAction, type CodeEdit } from './plan-types';
import type { ParsedReturn } from './read-return';

/** How the codes of a return meet the project's codebook. */
export interface CodeMatch {
  actions: Map<Id, CodeAction>;
  /** The project code a code id of the return stands for, or null while it has none. */
  target: (returnCodeId: Id) => Id | null;
  newCodes: MergeCode[];
  collisions: MergeNameCollision[];
  editConflicts: MergeEditConflict[];
  codeEdits: MergeCode[];
  edits: CodeEdit[];
  /** Codes the merge memory should hold afterwards: every code that found its project code. */
  remember: RememberedCode[];
}

/**
 * Matches codes by id first (the project's, then what earlier merges of this coder decided), and
 * only a code the project has never seen by name: a free name makes a new code, a taken one is a
 * collision for the lead to decide ('merge' into the existing code or 'keep' apart).
 */
export function matchCodes(
  store: ProjectStore,
  { manifest, content }: ParsedReturn,
  decisions: readonly MergeDecision[],
  memory: MergeMemory,
): CodeMatch {
  const coderId = manifest.coderId;
  const decisionOf = new Map(decisions.map((d) => [d.codeId, d.action]));
  const projectCodes = new Map(selectRows(store.db, 'codes').map((row) => [String(row.id), row]));
  const baseCodes = new Map(content.baseCodes.map((row) => [String(row.id), row]));
  const codingsPerCode = new Map<Id, number>();
  for (const row of content.codings) {
    const id = String(row.code_id);
    codingsPerCode.set(id, (codingsPerCode.get(id) ?? 0) + 1);
  }
  const names = new SiblingNames(projectCodes.values());
  const actions = new Map<Id, CodeAction>();
  const match: CodeMatch = {
    actions,
    target: (id) => {
      const action = actions.get(id);
      if (!action) return projectCodes.has(id) ? id : null;
      if (action.kind === 'existing') return action.id;
      if (action.kind === 'create') return String(action.row.id);
      if (action.kind === 'merge' || action.kind === 'mapped') return action.into;
      return null;
    },
    newCodes: [],
    collisions: [],
    editConflicts: [],
    codeEdits: [],
    edits: [],
    remember: [],
  };

  for (const row of parentsFirst(content.codes)) {
    const id = String(row.id);
    const name = text(row.name).trim();
    const fields = codeFields(row);
    const summary = (parentId: Id | null): MergeCode => ({
      codeId: id,
      name,
      parentId,
      codings: codingsPerCode.get(id) ?? 0,
    });
    const remembered = memory.code(coderId, id);
    const decide = (action: CodeAction, decision: RememberedCode['decision']) => {
      actions.set(id, action);
      const codeId = match.target(id);
      if (codeId !== null)
        match.remember.push({ coderId, returnCodeId: id, codeId, decision, coderFields: fields });
    };

    const existing = projectCodes.get(id);
    if (existing) {
      decide({ kind: 'existing', id }, remembered?.decision ?? 'same');
      const packaged = baseCodes.get(id);
      const baseline = remembered?.coderFields ?? (packaged ? codeFields(packaged) : undefined);
      if (!baseline) continue;
      const { edits, conflicts } = compareCodeFields(id, fields, baseline, existing, names);
      match.edits.push(...edits);
      match.editConflicts.push(...conflicts);
      if (edits.length > 0) match.codeEdits.push(summary(parentOf(existing)));
      continue;
    }
    if (remembered) {
      // Decided once: merged into a code, or taken in and deleted by the lead since.
      if (remembered.codeId === null) actions.set(id, { kind: 'deleted' });
      else decide({ kind: 'mapped', into: remembered.codeId }, remembered.decision);
      continue;
    }
    if (name === '') {
      actions.set(id, { kind: 'nameless' });
      continue;
    }
    const parentInReturn = parentOf(row);
    const parentId = parentInReturn === null ? null : match.target(parentInReturn);
    if (
      parentInReturn !== null &&
      parentId === null &&
      actions.get(parentInReturn)?.kind === 'unresolved'
    ) {
      // The parent waits for a decision; so does the child.
      actions.set(id, { kind: 'unresolved' });
      continue;
    }
    const clash = names.owner(parentId, name);
    if (clash === undefined) {
      decide({ kind: 'create', row, parentId, name, decision: 'created' }, 'created');
      names.claim(parentId, name, id);
      match.newCodes.push(summary(parentId));
      continue;
    }
    match.collisions.push({ ...summary(parentId), existingCodeId: clash });
    const decision = decisionOf.get(id);
    if (decision === 'merge') {
      decide({ kind: 'merge', into: clash }, 'merged');
    } else if (decision === 'keep') {
      const kept = names.keptName(parentId, name, manifest.coderName);
      decide({ kind: 'create', row, parentId, name: kept, decision: 'kept' }, 'kept');
      names.claim(parentId, kept, id);
    } else {
      actions.set(id, { kind: 'unresolved' });
    }
  }
  return match;
}
