import type { MergeReport } from '../../../../shared/api/contract';
import type { MergePlan } from './plan-types';
import type { ParsedReturn } from './read-return';

/** What a merge did, worked out from its plan. */
export function mergeReport(parsed: ParsedReturn, plan: MergePlan): MergeReport {
  let codesCreated = 0;
  let codesMerged = 0;
  for (const action of plan.codes.values()) {
    if (action.kind === 'create') codesCreated++;
    if (action.kind === 'merge') codesMerged++;
  }
  const { codings } = plan.preview;
  return {
    coderId: parsed.manifest.coderId,
    codesCreated,
    codesMerged,
    codeEditsApplied: plan.edits.length,
    codingsAdded: codings.added,
    codingsUpdated: codings.updated,
    codingsRemoved: codings.removed,
    codingsUnchanged: codings.unchanged,
    unresolvedCollisions: plan.preview.nameCollisions.filter(
      (collision) => plan.codes.get(collision.codeId)?.kind === 'unresolved',
    ),
    editConflicts: plan.preview.editConflicts,
    refused: codings.refused,
  };
}

/** The audit entry's detail: the report's counts, without the lists. */
export function auditDetail(parsed: ParsedReturn, report: MergeReport): Record<string, unknown> {
  return {
    fileName: parsed.fileName,
    roundId: parsed.manifest.roundId,
    codesCreated: report.codesCreated,
    codesMerged: report.codesMerged,
    codeEdits: report.codeEditsApplied,
    codingsAdded: report.codingsAdded,
    codingsUpdated: report.codingsUpdated,
    codingsRemoved: report.codingsRemoved,
    refused: report.refused.length,
    editConflicts: report.editConflicts.length,
  };
}
