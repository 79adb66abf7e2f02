import type { Id } from '../../domain/types';

// Merging a coder's return: the preview, the decisions and the report.

/** What merging a coder's return would do. */
export interface MergePreview {
  /** Pass back to applyCoderReturn; valid while this project stays open. */
  previewId: Id;
  fileName: string;
  coderId: Id;
  coderName: string;
  roundId: Id | null;
  /** Codes the coder created that the project does not have (by id) and whose name is free. */
  newCodes: MergeCode[];
  /** Codes the coder created whose name an existing code (or another new code) already has. */
  nameCollisions: MergeNameCollision[];
  /** Existing codes the coder changed where the project changed them too since the package. */
  editConflicts: MergeEditConflict[];
  /** Existing codes the coder changed and the project did not: taken over. */
  codeEdits: MergeCode[];
  codings: {
    /** Codings not in the project yet. */
    added: number;
    /** Codings already in the project with the same id and content (a re-import). */
    unchanged: number;
    /** Codings the coder changed (span or memo) since the package. */
    updated: number;
    /** Codings the coder deleted in their copy; merged as deletions. */
    removed: number;
    /** Codings refused, with why (e.g. a source not assigned to the coder). */
    refused: MergeRefusal[];
  };
}

export interface MergeCode {
  codeId: Id;
  name: string;
  parentId: Id | null;
  /** Codings of this code in the return. */
  codings: number;
}

export interface MergeNameCollision extends MergeCode {
  /** The project's code with the same name under the same parent. */
  existingCodeId: Id;
}

export interface MergeEditConflict {
  codeId: Id;
  field: 'name' | 'color' | 'definition' | 'inclusion' | 'exclusion' | 'example' | 'memo';
  /** The value in the package the coder received. */
  base: string;
  /** The lead's current value, which is kept. */
  project: string;
  /** The coder's value, which is reported but not applied. */
  coder: string;
}

export interface MergeRefusal {
  codingId: Id;
  sourceId: Id;
  reason: string;
}

/** How to merge a code that collides by name: into the existing code, or kept as a new code. */
export interface MergeDecision {
  codeId: Id;
  action: 'merge' | 'keep';
}

export interface MergeReport {
  coderId: Id;
  codesCreated: number;
  codesMerged: number;
  codeEditsApplied: number;
  codingsAdded: number;
  codingsUpdated: number;
  codingsRemoved: number;
  codingsUnchanged: number;
  /** Name collisions without a decision: their codes were not created and their codings wait. */
  unresolvedCollisions: MergeNameCollision[];
  editConflicts: MergeEditConflict[];
  refused: MergeRefusal[];
}
