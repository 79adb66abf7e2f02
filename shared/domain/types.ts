/**
 * Concord's domain model, shared by the core, the hosts and the renderer.
 * Ids are UUID strings so that rows keep their identity across copies of a project
 * (coder packages, returns, exchange formats).
 * Text offsets are UTF-16 code-unit offsets into a source's `text` (JavaScript string indices),
 * end exclusive.
 */

export type Id = string;
/** ISO 8601 timestamp in UTC, e.g. 2026-11-23T12:00:00.000Z */
export type Timestamp = string;

export type UserRole = 'lead' | 'coder' | 'mentee';
export const USER_ROLES: readonly UserRole[] = ['lead', 'coder', 'mentee'];

export interface User {
  id: Id;
  name: string;
  role: UserRole;
  createdAt: Timestamp;
  /** When the lead deactivated the user; null (or absent in older callers) while active. */
  deactivatedAt?: Timestamp | null;
}

export type AttributeType = 'text' | 'number' | 'date' | 'choice';
export const ATTRIBUTE_TYPES: readonly AttributeType[] = ['text', 'number', 'date', 'choice'];

export interface AttributeDefinition {
  id: Id;
  name: string;
  type: AttributeType;
  /** Allowed values of a 'choice' attribute, in display order; empty for other types. */
  choices: string[];
  position: number;
}

/** text and choice: string; number: number; date: 'YYYY-MM-DD'; unset: null. */
export type AttributeValue = string | number | null;

export interface Participant {
  id: Id;
  pseudonym: string;
  /** Keyed by AttributeDefinition.id; attributes without a value are absent or null. */
  attributes: Record<Id, AttributeValue>;
  sourceCount: number;
  createdAt: Timestamp;
}

export type SourceKind = 'interview' | 'field_notes';
export const SOURCE_KINDS: readonly SourceKind[] = ['interview', 'field_notes'];

/** The format an importer recognised; kept with the source for provenance. */
export type SourceFormat =
  'plain' | 'timestamped' | 'speaker' | 'otter' | 'rev' | 'f4' | 'srt' | 'webvtt' | 'docx';

/**
 * A speaker turn covers text[start, end). Turns never overlap, appear in text order and are
 * separated by a single '\n'. A turn may itself contain '\n' (several paragraphs).
 */
export interface SpeakerTurn {
  start: number;
  end: number;
  speaker: string | null;
  /** Media time at which the turn starts, when the transcript says so. */
  timeMs: number | null;
}

/** Links a text offset to a media time (from timestamps and f4-style marks). */
export interface SyncPoint {
  offset: number;
  timeMs: number;
}

export interface SourceSummary {
  id: Id;
  title: string;
  kind: SourceKind;
  format: SourceFormat;
  participantId: Id | null;
  participantPseudonym: string | null;
  wordCount: number;
  charCount: number;
  turnCount: number;
  /** Name of the file the source was imported from, if any. */
  importedFrom: string | null;
  /** Media time of the last sync point, when the transcript carries timestamps. */
  durationMs: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface SourceDetail extends SourceSummary {
  text: string;
  turns: SpeakerTurn[];
  syncPoints: SyncPoint[];
  /**
   * Counts the text edits made to this source (0 as imported). Pass it back as
   * `expectedRevision` when editing, so an edit made against an older text is refused.
   */
  revision?: number;
}

export interface Code {
  id: Id;
  parentId: Id | null;
  name: string;
  /** #RRGGBB */
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  memo: string;
  position: number;
  createdAt: Timestamp;
}

export interface Coding {
  id: Id;
  sourceId: Id;
  coderId: Id;
  codeId: Id;
  start: number;
  end: number;
  memo: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export type MemoTarget = 'project' | 'source' | 'code' | 'coding' | 'participant';

export interface Memo {
  id: Id;
  title: string;
  body: string;
  targetType: MemoTarget;
  targetId: Id | null;
  authorId: Id | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface AuditEntry {
  id: number;
  at: Timestamp;
  userId: Id | null;
  /** e.g. 'source.import', 'participant.update' */
  action: string;
  entityType: string;
  entityId: Id | null;
  /** Action-specific JSON detail (before/after values, counts). */
  detail: unknown;
}

export interface SearchMatch {
  offset: number;
  length: number;
  before: string;
  match: string;
  after: string;
}

export interface SearchHit {
  sourceId: Id;
  title: string;
  participantPseudonym: string | null;
  totalMatches: number;
  /** The first matches in text order, with context. */
  matches: SearchMatch[];
}

export interface CoderCount {
  coderId: Id;
  coderName: string;
  count: number;
}

export interface ProjectCounts {
  sources: number;
  participants: number;
  words: number;
  codes: number;
  codings: number;
  codingsByCoder: CoderCount[];
}

export interface ProjectInfo {
  /** Absolute path of the .concord file. */
  path: string;
  name: string;
  schemaVersion: number;
  createdAt: Timestamp;
  counts: ProjectCounts;
  /** The project's stable id (kept by copies and coder packages). */
  id?: Id;
  /** Set when this project was opened from a coder package. */
  packageOrigin?: PackageOrigin | null;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: Timestamp;
  /** Who the person at this computer last worked as in the project; reopening restores it. */
  userId?: Id;
  userName?: string;
}

export interface SourceFilter {
  /** Attribute id -> accepted values: a participant must match one value of every listed attribute. */
  attributes?: Record<Id, AttributeValue[]>;
  participantId?: Id;
  kind?: SourceKind;
}

export interface ImportResult {
  sourceId: Id;
  title: string;
  format: SourceFormat;
  turnCount: number;
  wordCount: number;
  warnings: string[];
}

export interface ParticipantImportResult {
  created: number;
  updated: number;
  attributes: AttributeDefinition[];
  warnings: string[];
}

/**
 * independent: until the round is closed, a coder (or mentee) sees only their own codings on the
 * round's sources; open: everybody sees every coding, as outside rounds.
 */
export type RoundMode = 'independent' | 'open';
export const ROUND_MODES: readonly RoundMode[] = ['independent', 'open'];
export type RoundStatus = 'open' | 'closed';

export interface RoundAssignment {
  sourceId: Id;
  coderId: Id;
  /** Set by the coder when they have finished this source; null while in progress. */
  doneAt: Timestamp | null;
}

export interface Round {
  id: Id;
  name: string;
  mode: RoundMode;
  status: RoundStatus;
  /** The round's sources, in the order the lead listed them. */
  sourceIds: Id[];
  /** Who codes which source; several coders per source. */
  assignments: RoundAssignment[];
  createdAt: Timestamp;
  closedAt: Timestamp | null;
}

export interface RoundProgressEntry extends RoundAssignment {
  coderName: string;
  sourceTitle: string;
  /** The coder's codings on the source. */
  codings: number;
}

export interface RoundProgress {
  roundId: Id;
  /** One entry per assignment the caller may see (a coder in an open round: only their own). */
  entries: RoundProgressEntry[];
}

/**
 * What coders and mentees may do to the codebook (leads may always do everything):
 * 'all' everything; 'add' create codes only; 'none' nothing.
 */
export type CoderCodebookChanges = 'all' | 'add' | 'none';
export const CODER_CODEBOOK_CHANGES: readonly CoderCodebookChanges[] = ['all', 'add', 'none'];

export interface CodebookPolicy {
  coderChanges: CoderCodebookChanges;
}

/** A project made from a coder package remembers where it came from. */
export interface PackageOrigin {
  /** The lead's project id. */
  projectId: Id;
  projectName: string;
  roundId: Id | null;
  coderId: Id;
  createdAt: Timestamp;
}
