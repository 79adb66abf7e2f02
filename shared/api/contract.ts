import type { TextEdit } from '../anchoring/textEdit';
import type {
  AttributeDefinition,
  AttributeType,
  AttributeValue,
  AuditEntry,
  Code,
  Coding,
  Id,
  ImportResult,
  Participant,
  ParticipantImportResult,
  ProjectInfo,
  RecentProject,
  SearchHit,
  SourceDetail,
  SourceFilter,
  SourceKind,
  SourceSummary,
  User,
  UserRole,
} from '../domain/types';

/**
 * The one API between the UI and the core. The Electron preload exposes exactly these functions
 * over IPC; browser mode exposes them over HTTP. Every method takes at most one plain object
 * argument, validated in the core against `apiInputSchemas` (schemas.ts) before it runs, and
 * returns a promise. Mutating methods are one transaction each.
 */
export interface ConcordApi {
  // App and project lifecycle
  getAppInfo(): Promise<AppInfo>;
  getProject(): Promise<ProjectInfo | null>;
  createProject(args: { path: string; name?: string; withDemo?: boolean }): Promise<ProjectInfo>;
  openProject(args: { path: string }): Promise<ProjectInfo>;
  closeProject(): Promise<void>;
  listRecentProjects(): Promise<RecentProject[]>;

  // Users and the current coder of this session
  listUsers(): Promise<User[]>;
  createUser(args: { name: string; role: UserRole }): Promise<User>;
  getCurrentUser(): Promise<User | null>;
  setCurrentUser(args: { userId: Id }): Promise<User>;

  // Participant attributes (typed columns) and participants
  listAttributes(): Promise<AttributeDefinition[]>;
  createAttribute(args: {
    name: string;
    type: AttributeType;
    choices?: string[];
  }): Promise<AttributeDefinition>;
  /** Changing the type converts existing values; values that cannot convert are reported. */
  updateAttribute(args: {
    id: Id;
    name?: string;
    type?: AttributeType;
    choices?: string[];
  }): Promise<AttributeUpdateResult>;
  deleteAttribute(args: { id: Id }): Promise<void>;
  listParticipants(): Promise<Participant[]>;
  createParticipant(args: {
    pseudonym: string;
    attributes?: Record<Id, AttributeValue>;
  }): Promise<Participant>;
  updateParticipant(args: {
    id: Id;
    pseudonym?: string;
    attributes?: Record<Id, AttributeValue>;
  }): Promise<Participant>;
  deleteParticipant(args: { id: Id }): Promise<void>;
  importParticipantsCsv(args: FileUpload): Promise<ParticipantImportResult>;

  // Sources
  listSources(args?: { filter?: SourceFilter }): Promise<SourceSummary[]>;
  getSource(args: { id: Id }): Promise<SourceDetail>;
  importSource(
    args: FileUpload & { participantId?: Id | null; kind?: SourceKind; title?: string },
  ): Promise<ImportResult>;
  updateSource(args: {
    id: Id;
    title?: string;
    participantId?: Id | null;
    kind?: SourceKind;
  }): Promise<SourceSummary>;
  deleteSource(args: { id: Id }): Promise<void>;
  searchSources(args: {
    query: string;
    limit?: number;
    filter?: SourceFilter;
  }): Promise<SearchHit[]>;

  // Codebook and codings (read side; the coding issue adds the editing API)
  listCodes(): Promise<Code[]>;
  listCodings(args?: { sourceId?: Id; codeId?: Id; coderId?: Id }): Promise<Coding[]>;

  // History
  listAuditLog(args?: { limit?: number; beforeId?: number }): Promise<AuditEntry[]>;

  // Codebook editing. Every change is audited and undoable (see undo/redo).
  /** A colour is picked from the palette when none is given. Sibling names must differ. */
  createCode(args: CodeFields & { name: string; parentId?: Id | null }): Promise<Code>;
  updateCode(args: CodeFields & { id: Id; name?: string }): Promise<Code>;
  /** Places the code (with its subtree) under `parentId` (null: a root) at `index` among its new siblings. */
  moveCode(args: { id: Id; parentId: Id | null; index: number }): Promise<Code>;
  /** What deleteCode would remove: the code, its whole subtree, and all their codings. */
  previewDeleteCode(args: { id: Id }): Promise<CodeDeletion>;
  /** Deletes the code, its subtree and their codings; returns what was removed. */
  deleteCode(args: { id: Id }): Promise<CodeDeletion>;
  /**
   * Moves the codings of `codeId` to `intoCodeId` (identical spans of one coder collapse, keeping
   * every memo), re-parents its children under the target, then deletes `codeId`.
   */
  mergeCodes(args: { codeId: Id; intoCodeId: Id }): Promise<CodeMergeResult>;
  /** Creates a sibling of `codeId` named `name` and moves the chosen codings of `codeId` to it. */
  splitCode(args: {
    codeId: Id;
    codingIds: Id[];
    name: string;
    color?: string;
  }): Promise<CodeSplitResult>;
  /** Copies a code and its subtree (codes only, no codings) under `parentId`; returns the copies, root first. */
  copyCodeSubtree(args: { id: Id; parentId: Id | null }): Promise<Code[]>;
  /** Per code: codings, distinct sources and participants; with `aggregate`, over the code and all its descendants. */
  listCodeStats(args?: { aggregate?: boolean }): Promise<CodeStats[]>;

  // Coding, always as the current user
  /** Applying the same code to exactly the same span again returns the existing coding. */
  applyCode(args: {
    sourceId: Id;
    codeId: Id;
    start: number;
    end: number;
    memo?: string;
  }): Promise<Coding>;
  removeCoding(args: { id: Id }): Promise<void>;
  adjustCoding(args: { id: Id; start: number; end: number }): Promise<Coding>;
  setCodingMemo(args: { id: Id; memo: string }): Promise<Coding>;

  /**
   * Changes a source text and moves its turns, sync points and codings with it, in one
   * transaction. Give the edits (preferred), or the whole new `text` (with the `baseText` it was
   * made from, checked against the stored text). A stale `expectedRevision` is refused ('conflict').
   */
  editSourceText(args: SourceTextEdit): Promise<SourceTextEditResult>;

  // Undo and redo of coding, codebook and text actions of the current user in this session
  undo(): Promise<UndoOutcome>;
  redo(): Promise<UndoOutcome>;
  getUndoState(): Promise<UndoState>;

  // Retrieval: the coded segments of a code, and their export
  listCodedSegments(args: CodedSegmentQuery): Promise<CodedSegment[]>;
  exportCodedSegments(
    args: CodedSegmentQuery & { format: 'csv' | 'markdown' },
  ): Promise<ExportedFile>;
}

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

export type SourceTextEdit = { sourceId: Id; expectedRevision?: number } & (
  { edits: TextEdit[] } | { text: string; baseText?: string }
);

export interface SourceTextEditResult {
  sourceId: Id;
  revision: number;
  /** The edits applied, in order (computed with diffToEdits when a whole text was given). */
  edits: TextEdit[];
  codingsMoved: number;
  /** Codings that lost some of their text but survive. */
  codingsShrunk: number;
  /** Codings whose whole text was deleted. */
  codingsRemoved: number;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  /** e.g. "Undo apply code 'Trust'"; null when there is nothing to undo. */
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface UndoOutcome {
  /** What was done, e.g. "Undo apply code 'Trust'". */
  description: string;
  state: UndoState;
}

export interface CodedSegmentQuery {
  codeId: Id;
  /** Also the segments of every code below `codeId`. */
  includeChildren?: boolean;
  coderId?: Id;
  sourceId?: Id;
  filter?: SourceFilter;
}

export interface CodedSegment {
  codingId: Id;
  codeId: Id;
  codeName: string;
  coderId: Id;
  coderName: string;
  sourceId: Id;
  sourceTitle: string;
  participantId: Id | null;
  participantPseudonym: string | null;
  /** The participant's attribute values by attribute id (empty without a participant). */
  attributes: Record<Id, AttributeValue>;
  start: number;
  end: number;
  /** The coded text, text[start, end). */
  text: string;
  memo: string;
  createdAt: string;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'browser';
}

/** A file's name and bytes, as the UI reads them from a dialog or a drop. */
export interface FileUpload {
  fileName: string;
  data: Uint8Array;
}

export interface AttributeUpdateResult {
  attribute: AttributeDefinition;
  /** Participants whose value could not be converted to the new type and was cleared. */
  clearedValues: { participantId: Id; pseudonym: string; previous: AttributeValue }[];
}

export type ApiMethod = keyof ConcordApi;
export type ApiArgs<M extends ApiMethod> = Parameters<ConcordApi[M]>;
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<ConcordApi[M]>>;

/** Every method name, in contract order: the preload and the HTTP adapter expose exactly these. */
export const API_METHODS = [
  'getAppInfo',
  'getProject',
  'createProject',
  'openProject',
  'closeProject',
  'listRecentProjects',
  'listUsers',
  'createUser',
  'getCurrentUser',
  'setCurrentUser',
  'listAttributes',
  'createAttribute',
  'updateAttribute',
  'deleteAttribute',
  'listParticipants',
  'createParticipant',
  'updateParticipant',
  'deleteParticipant',
  'importParticipantsCsv',
  'listSources',
  'getSource',
  'importSource',
  'updateSource',
  'deleteSource',
  'searchSources',
  'listCodes',
  'listCodings',
  'listAuditLog',
  'createCode',
  'updateCode',
  'moveCode',
  'previewDeleteCode',
  'deleteCode',
  'mergeCodes',
  'splitCode',
  'copyCodeSubtree',
  'listCodeStats',
  'applyCode',
  'removeCoding',
  'adjustCoding',
  'setCodingMemo',
  'editSourceText',
  'undo',
  'redo',
  'getUndoState',
  'listCodedSegments',
  'exportCodedSegments',
] as const satisfies readonly ApiMethod[];

// Compile-time check that API_METHODS lists every method of the contract.
type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const _allMethodsListed: MissingMethods extends never ? true : MissingMethods = true;
void _allMethodsListed;
