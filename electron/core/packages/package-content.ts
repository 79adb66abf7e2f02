import type { PackagedCoding } from '../store/package-origin';
import type { Row } from './tables';

/** content.json of a coder package: table rows as the lead's project holds them. */
export interface PackageContent {
  policy: { coderChanges: string };
  users: Row[];
  attributes: Row[];
  participants: Row[];
  participant_values: Row[];
  sources: Row[];
  /** Source id -> text. */
  texts: Record<string, string>;
  source_turns: Row[];
  sync_points: Row[];
  codes: Row[];
  codings: Row[];
  rounds: Row[];
  round_sources: Row[];
  round_assignments: Row[];
}

/** content.json of a return: the coder's codebook and codings, and what they started from. */
export interface ReturnContent {
  codes: Row[];
  /** The codebook as packaged, to tell the coder's edits from the lead's. */
  baseCodes: Row[];
  codings: Row[];
  /** The coder's codings as packaged; those missing from `codings` were deleted by the coder. */
  baseCodings: PackagedCoding[];
  /** Source id -> SHA-256 of the text the coder coded, so offsets are only merged onto the same text. */
  textHashes: Record<string, string>;
  /** Assignments the coder marked done. */
  done: { roundId: string; sourceId: string; doneAt: string }[];
}
