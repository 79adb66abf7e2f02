import type {
  AttributeDefinition,
  AttributeType,
  AttributeValue,
  AuditEntry,
  Code,
  CodebookPolicy,
  Coding,
  Id,
  ImportResult,
  Participant,
  ParticipantImportResult,
  ProjectInfo,
  RecentProject,
  Round,
  RoundMode,
  RoundProgress,
  SearchHit,
  SourceDetail,
  SourceFilter,
  SourceKind,
  SourceSummary,
  User,
  UserRole,
} from '../domain/types';
import type {
  AgreementQuery,
  AgreementReport,
  Disagreement,
  DisagreementQuery,
} from './types/agreement';
import type { AppInfo, AttributeUpdateResult } from './types/app';
import type {
  CodeDeletion,
  CodeFields,
  CodeMergeResult,
  CodeSplitResult,
  CodeStats,
} from './types/codebook';
import type { SourceTextEdit, SourceTextEditResult, UndoOutcome, UndoState } from './types/editing';
import type { BinaryFile, ExportedFile, FileUpload } from './types/files';
import type { MergeDecision, MergePreview, MergeReport } from './types/merge';
import type { CodedSegment, CodedSegmentQuery } from './types/retrieval';
import type { RoundSourceAssignment } from './types/rounds';

// The contract's argument and result types, one file per domain; importers keep using contract.ts.
export type * from './types/agreement';
export type * from './types/app';
export type * from './types/codebook';
export type * from './types/editing';
export type * from './types/files';
export type * from './types/merge';
export type * from './types/retrieval';
export type * from './types/rounds';

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

  // Team management (lead only)
  /** Renames, changes the role, or (de)activates a user. The last active lead cannot stop being one. */
  updateUser(args: { id: Id; name?: string; role?: UserRole; active?: boolean }): Promise<User>;
  getCodebookPolicy(): Promise<CodebookPolicy>;
  /** Lead only. What coders and mentees may change in the codebook. */
  setCodebookPolicy(args: CodebookPolicy): Promise<CodebookPolicy>;

  // Coding rounds. Creating, changing, closing and reopening are for leads.
  createRound(args: {
    name: string;
    mode: RoundMode;
    /** Per source, the coders who code it (e.g. all three, or a pair). */
    assignments: RoundSourceAssignment[];
  }): Promise<Round>;
  /** Replacing the assignments keeps the done marks of assignments that stay. */
  updateRound(args: {
    id: Id;
    name?: string;
    mode?: RoundMode;
    assignments?: RoundSourceAssignment[];
  }): Promise<Round>;
  /** Leads see every round; coders and mentees the rounds they are assigned to. */
  listRounds(): Promise<Round[]>;
  getRoundProgress(args: { roundId: Id }): Promise<RoundProgress>;
  /** Marks the current user's assignment on a source done (or not); a lead may name `coderId`. */
  setAssignmentDone(args: {
    roundId: Id;
    sourceId: Id;
    done: boolean;
    coderId?: Id;
  }): Promise<RoundProgress>;
  /** Closing reveals every coder's codings on the round's sources. */
  closeRound(args: { id: Id }): Promise<Round>;
  reopenRound(args: { id: Id }): Promise<Round>;

  // Coders on separate machines
  /** Lead only. A zip with the coder's sources, participants, codebook and own codings. */
  exportCoderPackage(args: { roundId?: Id; coderId: Id }): Promise<BinaryFile>;
  /** Creates the project `projectPath` from a package and opens it as the package's coder. */
  openCoderPackage(args: {
    projectPath: string;
    packagePath?: string;
    fileName?: string;
    data?: Uint8Array;
  }): Promise<ProjectInfo>;
  /** In a project opened from a package: the coder's codings and codebook changes, to send back. */
  exportCoderReturn(): Promise<BinaryFile>;
  /** Lead only. Reads a return and says what merging it would do; changes nothing. */
  mergeCoderReturn(args: FileUpload): Promise<MergePreview>;
  /** Lead only. Merges a previewed return (or the same bytes again) with a decision per collision. */
  applyCoderReturn(args: {
    previewId?: Id;
    fileName?: string;
    data?: Uint8Array;
    decisions?: MergeDecision[];
  }): Promise<MergeReport>;

  // Inter-coder agreement
  computeAgreement(args: AgreementQuery): Promise<AgreementReport>;
  /** The passages behind a figure: spans one coder coded with a code and another did not. */
  listDisagreements(args: DisagreementQuery): Promise<Disagreement[]>;
  exportAgreementReport(args: AgreementQuery & { format: 'csv' | 'docx' }): Promise<BinaryFile>;
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
  'updateUser',
  'getCodebookPolicy',
  'setCodebookPolicy',
  'createRound',
  'updateRound',
  'listRounds',
  'getRoundProgress',
  'setAssignmentDone',
  'closeRound',
  'reopenRound',
  'exportCoderPackage',
  'openCoderPackage',
  'exportCoderReturn',
  'mergeCoderReturn',
  'applyCoderReturn',
  'computeAgreement',
  'listDisagreements',
  'exportAgreementReport',
] as const satisfies readonly ApiMethod[];

// Compile-time check that API_METHODS lists every method of the contract.
type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const _allMethodsListed: MissingMethods extends never ? true : MissingMethods = true;
void _allMethodsListed;
