import type { MergeRefusal } from '../../../../shared/api/contract';
import type { Id } from '../../../../shared/domain/types';
import type { ProjectStore } from '../../store';
import type { MergeMemory, RememberedCoding } from '../../store/merge-memory';
import type { PackagedCoding } from '../../store/package-origin';
import { CodingChecks } from './coding-checks';
import type { CodeMatch } from './match-codes';
import { text, type CodingAction } from './plan-types';
import type { ParsedReturn } from './read-return';

/** A coding's content: its code (as the return names it, or as the project does), span and memo. */
interface Version {
  codeId: Id;
  start: number;
  end: number;
  memo: string;
}

interface ProjectCoding extends Version {
  coderId: Id;
}

function sameVersion(a: Version, b: Version): boolean {
  return a.codeId === b.codeId && a.start === b.start && a.end === b.end && a.memo === b.memo;
}

export interface CodingMatch {
  actions: CodingAction[];
  counts: { added: number; unchanged: number; updated: number; removed: number };
  refused: MergeRefusal[];
  /** Codings the coder deleted that the project still has exactly as the coder had them. */
  removals: Id[];
  remember: RememberedCoding[];
}

const CODE_REFUSALS: Partial<Record<string, string>> = {
  deleted: 'its code was deleted from this project after an earlier merge of this coder',
  nameless: 'its code has no name',
};

/**
 * Matches the codings of a return by id, three ways: the coder's version, what the coder started
 * from (the coding as last merged from them, else as packaged) and the project's. A coding the
 * coder did not change follows the project, so the lead's later adjustments and deletions stand
 * and merging the same return twice changes nothing. A coding the coder changed or added is
 * taken, on the code its return code went to.
 */
export function matchCodings(
  store: ProjectStore,
  parsed: ParsedReturn,
  codes: CodeMatch,
  memory: MergeMemory,
): CodingMatch {
  const { manifest, content } = parsed;
  const coderId = manifest.coderId;
  const checks = new CodingChecks(store, parsed);
  const projectCoding = store.db.prepare<[Id], ProjectCoding>(
    `SELECT coder_id AS coderId, code_id AS codeId, start, "end", memo FROM codings WHERE id = ?`,
  );
  const identical = store.db
    .prepare(
      `SELECT id FROM codings WHERE source_id = ? AND code_id = ? AND coder_id = ? AND start = ?
         AND "end" = ? LIMIT 1`,
    )
    .pluck();
  const packaged = new Map<Id, PackagedCoding>(content.baseCodings.map((c) => [c.id, c]));
  const baselineOf = (id: Id): Version | undefined => {
    const remembered = memory.coding(id);
    return remembered?.coderId === coderId ? remembered : packaged.get(id);
  };
  const match: CodingMatch = {
    actions: [],
    counts: { added: 0, unchanged: 0, updated: 0, removed: 0 },
    refused: [],
    removals: [],
    remember: [],
  };
  const returned = new Set<Id>();

  for (const row of content.codings) {
    const id = String(row.id);
    const sourceId = String(row.source_id);
    returned.add(id);
    const refuse = (reason: string) => match.refused.push({ codingId: id, sourceId, reason });
    const reason = checks.refusal(row);
    if (reason !== null) {
      refuse(reason);
      continue;
    }
    const sent: Version = {
      codeId: String(row.code_id),
      start: Number(row.start),
      end: Number(row.end),
      memo: text(row.memo),
    };
    const current = projectCoding.get(id);
    if (current && current.coderId !== coderId) {
      refuse('its id belongs to another coding in this project');
      continue;
    }
    const baseline = baselineOf(id);
    const remember = () => match.remember.push({ id, coderId, ...sent });
    if (baseline && sameVersion(baseline, sent)) {
      // The lead has had this version: what the project holds now (even nothing) stands.
      match.counts.unchanged++;
      match.actions.push({ kind: 'unchanged' });
      remember();
      continue;
    }
    const codeAction = codes.actions.get(sent.codeId);
    const codeRefusal = codeAction ? CODE_REFUSALS[codeAction.kind] : undefined;
    if (codeRefusal) {
      refuse(codeRefusal);
      continue;
    }
    const codeId = codes.target(sent.codeId);
    if (codeId === null) {
      if (codeAction?.kind === 'unresolved') match.actions.push({ kind: 'waiting' });
      else refuse('its code is neither in the return nor in this project');
      continue;
    }
    remember();
    const excerpt = checks.sourceText(sourceId)!.text.slice(sent.start, sent.end);
    if (current) {
      if (sameVersion(current, { ...sent, codeId })) {
        match.counts.unchanged++;
        match.actions.push({ kind: 'unchanged' });
      } else {
        match.counts.updated++;
        match.actions.push({ kind: 'update', id, ...sent, codeId, excerpt });
      }
    } else if (identical.get(sourceId, codeId, coderId, sent.start, sent.end) !== undefined) {
      match.counts.unchanged++;
      match.actions.push({ kind: 'unchanged' });
    } else {
      match.counts.added++;
      match.actions.push({ kind: 'add', row, codeId, excerpt });
    }
  }

  for (const base of content.baseCodings) {
    if (returned.has(base.id)) continue;
    const current = projectCoding.get(base.id);
    const baseline = baselineOf(base.id) ?? base;
    const codeId = codes.target(baseline.codeId) ?? baseline.codeId;
    // Only a coding still exactly as the coder had it is removed: the lead's later changes win.
    if (current && current.coderId === coderId && sameVersion(current, { ...baseline, codeId })) {
      match.removals.push(base.id);
    }
  }
  match.counts.removed = match.removals.length;
  return match;
}
