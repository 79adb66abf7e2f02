import type { MergePreview, MergeReport } from '../../../shared/api/contract';

/** How a name collision is decided in the review; 'wait' sends no decision (codings wait). */
export type CollisionChoice = 'merge' | 'keep' | 'wait';

/** True when applying the preview would change nothing (e.g. the same return again). */
export function previewChangesNothing(preview: MergePreview): boolean {
  const { codings } = preview;
  return (
    codings.added + codings.updated + codings.removed === 0 &&
    preview.newCodes.length + preview.codeEdits.length + preview.nameCollisions.length === 0
  );
}

/**
 * True when the merge changed nothing. A collision merged into an existing code is no change by
 * itself: its codings are counted as added or unchanged.
 */
export function reportChangedNothing(report: MergeReport): boolean {
  return (
    report.codesCreated +
      report.codeEditsApplied +
      report.codingsAdded +
      report.codingsUpdated +
      report.codingsRemoved ===
    0
  );
}
