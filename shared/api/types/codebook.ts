import type { Code, Id } from '../../domain/types';

// The codebook: descriptive fields and the outcomes of restructuring.

/** The descriptive fields of a code, all optional when editing. */
export interface CodeFields {
  /** #RRGGBB */
  color?: string;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  memo?: string;
}

export interface CodeDeletion {
  codeId: Id;
  name: string;
  /** The code and all its descendants. */
  codes: number;
  /** Codings of any of those codes, by every coder. */
  codings: number;
}

export interface CodeMergeResult {
  target: Code;
  movedCodings: number;
  /** Codings dropped because the same coder had coded the same span with the target. */
  collapsedCodings: number;
  /** Children of the merged code now under the target (renamed "Name (2)" on a clash). */
  reparentedCodes: number;
}

export interface CodeSplitResult {
  code: Code;
  movedCodings: number;
}

export interface CodeStats {
  codeId: Id;
  codings: number;
  sources: number;
  participants: number;
}
