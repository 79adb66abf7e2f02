import { createHash } from 'node:crypto';
import type {
  MergeCode,
  MergeDecision,
  MergeEditConflict,
  MergeNameCollision,
  MergePreview,
  MergeRefusal,
  MergeReport,
} from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { nameKey } from '../../../shared/codebook';
import type { Id } from '../../../shared/domain/types';
import type { ProjectStore } from '../store';
import { nextCodeColor } from '../store/code-colors';
import { assertWholeCharacters } from '../store/text-remap';
import { RETURN_FORMAT, readExchangeFile, type Manifest } from './format';
import type { ReturnContent } from './package-content';
import { PACKAGE_COLUMNS, selectRows, type Row } from './tables';

const CODE_FIELDS = [
  'name',
  'color',
  'definition',
  'inclusion',
  'exclusion',
  'example',
  'memo',
] as const;

export interface ParsedReturn {
  fileName: string;
  manifest: Manifest;
  content: ReturnContent;
}

/** Reads a return and checks it belongs to this project, its round and one of its users. */
export function readCoderReturn(
  store: ProjectStore,
  fileName: string,
  bytes: Uint8Array,
): ParsedReturn {
  const { manifest, content } = readExchangeFile<ReturnContent>(fileName, bytes, RETURN_FORMAT);
  const project = store.project.get();
  if (manifest.projectId !== project.id) {
    throw new ApiError(
      'bad_input',
      `${fileName} is a return for the project "${manifest.projectName}", not for "${project.name}".`,
    );
  }
  if (manifest.roundId !== null && !store.rounds.find(manifest.roundId)) {
    throw new ApiError(
      'bad_input',
      `${fileName} belongs to a round this project does not have (it may have been deleted).`,
    );
  }
  if (!store.users.find(manifest.coderId)) {
    throw new ApiError('bad_input', `${fileName} comes from a coder who is not in this project.`);
  }
  for (const key of ['codes', 'baseCodes', 'codings', 'baseCodings'] as const) {
    if (!Array.isArray(content[key])) {
      throw new ApiError('bad_input', `Cannot read ${fileName}: its ${key} are missing.`);
    }
  }
  for (const row of [...content.codes, ...content.codings]) {
    if (typeof row !== 'object' || row === null || typeof row.id !== 'string') {
      throw new ApiError('bad_input', `Cannot read ${fileName}: a code or coding has no id.`);
    }
  }
  if (typeof content.textHashes !== 'object' || content.textHashes === null) {
    content.textHashes = {};
  }
  if (!Array.isArray(content.done)) content.done = [];
  return { fileName, manifest, content };
}

type CodeAction =
  | { kind: 'existing'; id: Id }
  | { kind: 'create'; row: Row; parentId: Id | null; name: string }
  | { kind: 'merge'; into: Id }
  | { kind: 'unresolved' };

type CodingAction =
  | { kind: 'add'; row: Row; codeId: Id; excerpt: string }
  | {
      kind: 'update';
      id: Id;
      codeId: Id;
      start: number;
      end: number;
      memo: string;
      excerpt: string;
    }
  | { kind: 'unchanged' }
  | { kind: 'waiting' };

interface MergePlan {
  preview: Omit<MergePreview, 'previewId'>;
  codes: Map<Id, CodeAction>;
  edits: { id: Id; field: (typeof CODE_FIELDS)[number]; value: string }[];
  codings: CodingAction[];
  removals: Id[];
  done: ReturnContent['done'];
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Parents before children, so a new code's parent is decided before the code itself. */
function parentsFirst(rows: readonly Row[]): Row[] {
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  const ordered: Row[] = [];
  const placed = new Set<string>();
  const visit = (row: Row, depth: number) => {
    const id = String(row.id);
    if (placed.has(id) || depth > rows.length) return;
    const parent = row.parent_id === null ? undefined : byId.get(String(row.parent_id));
    if (parent) visit(parent, depth + 1);
    if (!placed.has(id)) {
      placed.add(id);
      ordered.push(row);
    }
  };
  for (const row of rows) visit(row, 0);
  return ordered;
}

/** What merging `parsed` with `decisions` would do; reads the project, changes nothing. */
export function planMerge(
  store: ProjectStore,
  parsed: ParsedReturn,
  decisions: readonly MergeDecision[] = [],
): MergePlan {
  const { manifest, content } = parsed;
  const decisionOf = new Map(decisions.map((d) => [d.codeId, d.action]));
  const projectCodes = new Map(selectRows(store.db, 'codes').map((row) => [String(row.id), row]));
  const baseCodes = new Map(content.baseCodes.map((row) => [String(row.id), row]));
  const coderName = manifest.coderName;
  const codingsPerCode = new Map<Id, number>();
  for (const row of content.codings) {
    const id = String(row.code_id);
    codingsPerCode.set(id, (codingsPerCode.get(id) ?? 0) + 1);
  }
  // Names taken under each parent: the project's codes and the new codes planned so far.
  const taken = new Map<string, Id>();
  const siblingKey = (parentId: Id | null, name: string) =>
    `${parentId ?? ''}\u0000${nameKey(name)}`;
  for (const row of projectCodes.values()) {
    taken.set(
      siblingKey(row.parent_id === null ? null : String(row.parent_id), text(row.name)),
      String(row.id),
    );
  }

  const codes = new Map<Id, CodeAction>();
  const newCodes: MergeCode[] = [];
  const collisions: MergeNameCollision[] = [];
  const editConflicts: MergeEditConflict[] = [];
  const codeEdits: MergeCode[] = [];
  const edits: MergePlan['edits'] = [];
  const target = (id: Id): Id | null => {
    const action = codes.get(id);
    if (!action) return projectCodes.has(id) ? id : null;
    if (action.kind === 'existing') return action.id;
    if (action.kind === 'create') return String(action.row.id);
    if (action.kind === 'merge') return action.into;
    return null;
  };

  for (const row of parentsFirst(content.codes)) {
    const id = String(row.id);
    const name = text(row.name).trim();
    const summary = (parentId: Id | null): MergeCode => ({
      codeId: id,
      name,
      parentId,
      codings: codingsPerCode.get(id) ?? 0,
    });
    const existing = projectCodes.get(id);
    if (existing) {
      codes.set(id, { kind: 'existing', id });
      const base = baseCodes.get(id);
      if (!base) continue;
      let edited = false;
      for (const field of CODE_FIELDS) {
        const coderValue = text(row[field]);
        const baseValue = text(base[field]);
        const projectValue = text(existing[field]);
        if (coderValue === baseValue || coderValue === projectValue) continue;
        const parentOf = existing.parent_id === null ? null : String(existing.parent_id);
        const nameTaken =
          field === 'name' &&
          (!/\S/.test(coderValue) || (taken.get(siblingKey(parentOf, coderValue)) ?? id) !== id);
        if (projectValue === baseValue && !nameTaken) {
          edits.push({ id, field, value: coderValue });
          edited = true;
        } else {
          editConflicts.push({
            codeId: id,
            field,
            base: baseValue,
            project: projectValue,
            coder: coderValue,
          });
        }
      }
      if (edited)
        codeEdits.push(summary(existing.parent_id === null ? null : String(existing.parent_id)));
      continue;
    }
    if (name === '') {
      codes.set(id, { kind: 'unresolved' });
      continue;
    }
    const parentInReturn = row.parent_id === null ? null : String(row.parent_id);
    const parentId = parentInReturn === null ? null : target(parentInReturn);
    if (
      parentInReturn !== null &&
      parentId === null &&
      codes.get(parentInReturn)?.kind === 'unresolved'
    ) {
      // The parent waits for a decision; so does the child.
      codes.set(id, { kind: 'unresolved' });
      continue;
    }
    const clash = taken.get(siblingKey(parentId, name));
    if (clash === undefined) {
      codes.set(id, { kind: 'create', row, parentId, name });
      taken.set(siblingKey(parentId, name), id);
      newCodes.push(summary(parentId));
      continue;
    }
    collisions.push({ ...summary(parentId), existingCodeId: clash });
    const decision = decisionOf.get(id);
    if (decision === 'merge') {
      codes.set(id, { kind: 'merge', into: clash });
    } else if (decision === 'keep') {
      let kept = `${name} (${coderName})`;
      for (let n = 2; taken.has(siblingKey(parentId, kept)); n++)
        kept = `${name} (${coderName} ${n})`;
      codes.set(id, { kind: 'create', row, parentId, name: kept });
      taken.set(siblingKey(parentId, kept), id);
    } else {
      codes.set(id, { kind: 'unresolved' });
    }
  }

  // Codings
  const round = manifest.roundId === null ? null : store.rounds.get(manifest.roundId);
  const assigned = round
    ? new Set(
        round.assignments.filter((a) => a.coderId === manifest.coderId).map((a) => a.sourceId),
      )
    : null;
  const sourceTexts = new Map<Id, { text: string; hash: string } | null>();
  const sourceText = (id: Id) => {
    if (!sourceTexts.has(id)) {
      const found = store.db
        .prepare(
          'SELECT t.text FROM source_texts t JOIN sources s ON s.seq = t.source_seq WHERE s.id = ?',
        )
        .pluck()
        .get(id) as string | undefined;
      sourceTexts.set(
        id,
        found === undefined
          ? null
          : { text: found, hash: createHash('sha256').update(found, 'utf8').digest('hex') },
      );
    }
    return sourceTexts.get(id)!;
  };
  const projectCoding = store.db.prepare(
    `SELECT id, coder_id AS coderId, code_id AS codeId, start, "end", memo FROM codings WHERE id = ?`,
  );
  const identical = store.db
    .prepare(
      `SELECT id FROM codings WHERE source_id = ? AND code_id = ? AND coder_id = ? AND start = ?
         AND "end" = ? LIMIT 1`,
    )
    .pluck();
  const baseCodings = new Map(content.baseCodings.map((coding) => [coding.id, coding]));
  const refused: MergeRefusal[] = [];
  const codingActions: CodingAction[] = [];
  const counts = { added: 0, unchanged: 0, updated: 0, removed: 0 };
  const returned = new Set<Id>();
  for (const row of content.codings) {
    const id = String(row.id);
    const sourceId = String(row.source_id);
    returned.add(id);
    const refuse = (reason: string) => refused.push({ codingId: id, sourceId, reason });
    if (row.coder_id !== manifest.coderId) {
      refuse("it belongs to a coder other than the return's");
      continue;
    }
    const source = sourceText(sourceId);
    if (!source) {
      refuse('its source is not in this project');
      continue;
    }
    if (assigned && !assigned.has(sourceId)) {
      refuse(`${coderName} is not assigned to this source in round "${round!.name}"`);
      continue;
    }
    if (content.textHashes[sourceId] !== source.hash) {
      refuse('the text of its source differs between the return and this project');
      continue;
    }
    const start = Number(row.start);
    const end = Number(row.end);
    try {
      if (!(
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        start >= 0 &&
        end > start &&
        end <= source.text.length
      )) {
        throw new Error();
      }
      assertWholeCharacters(source.text, [start, end], 'coding');
    } catch {
      refuse(`its span [${String(row.start)}, ${String(row.end)}) does not fit the text`);
      continue;
    }
    const codeId = target(String(row.code_id));
    if (codeId === null) {
      codingActions.push({ kind: 'waiting' });
      continue;
    }
    const memo = text(row.memo);
    const excerpt = source.text.slice(start, end);
    const current = projectCoding.get(id) as
      { id: Id; coderId: Id; codeId: Id; start: number; end: number; memo: string } | undefined;
    if (current) {
      if (current.coderId !== manifest.coderId) {
        refuse('its id belongs to another coding in this project');
        continue;
      }
      const same =
        current.codeId === codeId &&
        current.start === start &&
        current.end === end &&
        current.memo === memo;
      const base = baseCodings.get(id);
      const coderChanged =
        !base ||
        base.start !== start ||
        base.end !== end ||
        base.memo !== memo ||
        base.codeId !== String(row.code_id);
      if (same || !coderChanged) {
        counts.unchanged++;
        codingActions.push({ kind: 'unchanged' });
      } else {
        counts.updated++;
        codingActions.push({ kind: 'update', id, codeId, start, end, memo, excerpt });
      }
      continue;
    }
    if (identical.get(sourceId, codeId, manifest.coderId, start, end) !== undefined) {
      counts.unchanged++;
      codingActions.push({ kind: 'unchanged' });
      continue;
    }
    counts.added++;
    codingActions.push({ kind: 'add', row, codeId, excerpt });
  }
  const removals: Id[] = [];
  for (const base of content.baseCodings) {
    if (returned.has(base.id)) continue;
    const current = projectCoding.get(base.id) as
      { coderId: Id; codeId: Id; start: number; end: number; memo: string } | undefined;
    // Only a coding still exactly as packaged is removed: the lead's later changes win.
    if (
      current &&
      current.coderId === manifest.coderId &&
      current.codeId === base.codeId &&
      current.start === base.start &&
      current.end === base.end &&
      current.memo === base.memo
    ) {
      removals.push(base.id);
    }
  }
  counts.removed = removals.length;

  return {
    preview: {
      fileName: parsed.fileName,
      coderId: manifest.coderId,
      coderName,
      roundId: manifest.roundId,
      newCodes,
      nameCollisions: collisions,
      editConflicts,
      codeEdits,
      codings: { ...counts, refused },
    },
    codes,
    edits,
    codings: codingActions,
    removals,
    done: round ? content.done.filter((d) => d.roundId === round.id) : [],
  };
}

/**
 * Merges a return in one transaction: new codes (with their ids), the coder's edits of codes the
 * lead left alone, added and changed codings, and the coder's deletions of codings still as
 * packaged. Name collisions without a decision are left out, with their codings. Running it again
 * with the same file changes nothing.
 */
export function applyMerge(
  store: ProjectStore,
  actor: Id | null,
  parsed: ParsedReturn,
  decisions: readonly MergeDecision[] = [],
): MergeReport {
  const plan = planMerge(store, parsed, decisions);
  const db = store.db;
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
  const now = new Date().toISOString();
  let codesCreated = 0;
  let codesMerged = 0;
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    for (const action of plan.codes.values()) {
      if (action.kind === 'merge') codesMerged++;
      if (action.kind !== 'create') continue;
      const row = action.row;
      const color = /^#[0-9a-fA-F]{6}$/.test(text(row.color))
        ? text(row.color)
        : nextCodeColor(store.codes.list());
      insertCode.run(
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
      );
      codesCreated++;
    }
    for (const edit of plan.edits) {
      db.prepare(`UPDATE codes SET "${edit.field}" = ?, updated_at = ? WHERE id = ?`).run(
        edit.value,
        now,
        edit.id,
      );
    }
    for (const action of plan.codings) {
      if (action.kind === 'add') {
        const row = action.row;
        insertCoding.run(
          String(row.id),
          String(row.source_id),
          parsed.manifest.coderId,
          action.codeId,
          Number(row.start),
          Number(row.end),
          text(row.memo),
          action.excerpt,
          text(row.created_at) || now,
          text(row.updated_at) || now,
        );
      } else if (action.kind === 'update') {
        updateCoding.run(
          action.codeId,
          action.start,
          action.end,
          action.memo,
          action.excerpt,
          now,
          action.id,
        );
      }
    }
    for (const id of plan.removals) deleteCoding.run(id);
    for (const mark of plan.done) {
      db.prepare(
        `UPDATE round_assignments SET done_at = ? WHERE round_id = ? AND source_id = ?
           AND coder_id = ? AND done_at IS NULL`,
      ).run(text(mark.doneAt) || now, mark.roundId, mark.sourceId, parsed.manifest.coderId);
    }
    store.audit.append({
      userId: actor,
      action: 'return.merge',
      entityType: 'user',
      entityId: parsed.manifest.coderId,
      detail: {
        fileName: parsed.fileName,
        roundId: parsed.manifest.roundId,
        codesCreated,
        codesMerged,
        codeEdits: plan.edits.length,
        codingsAdded: plan.preview.codings.added,
        codingsUpdated: plan.preview.codings.updated,
        codingsRemoved: plan.removals.length,
        refused: plan.preview.codings.refused.length,
        editConflicts: plan.preview.editConflicts.length,
      },
    });
  })();
  const unresolved = plan.preview.nameCollisions.filter(
    (collision) => plan.codes.get(collision.codeId)?.kind === 'unresolved',
  );
  return {
    coderId: parsed.manifest.coderId,
    codesCreated,
    codesMerged,
    codeEditsApplied: plan.edits.length,
    codingsAdded: plan.preview.codings.added,
    codingsUpdated: plan.preview.codings.updated,
    codingsRemoved: plan.removals.length,
    codingsUnchanged: plan.preview.codings.unchanged,
    unresolvedCollisions: unresolved,
    editConflicts: plan.preview.editConflicts,
    refused: plan.preview.codings.refused,
  };
}
