import type { TextEdit } from '../anchoring/textEdit';
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

/** A file the core made, as bytes (zip, docx, or UTF-8 text). */
export interface BinaryFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

export interface RoundSourceAssignment {
  sourceId: Id;
  coderIds: Id[];
}

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

export type AgreementUnit = 'character' | 'segment';

export interface AgreementQuery {
  /** The round's sources and coders (narrowed by the lists below). */
  roundId?: Id;
  sourceIds?: Id[];
  /** At least two; default: the round's coders, else every coder with codings. */
  coderIds?: Id[];
  codeIds?: Id[];
  /** Headline unit; both are always computed. Default 'character'. */
  unit?: AgreementUnit;
  /** Minimum overlap of matching segments, in (0, 1]; default 0.9. */
  overlap?: number;
  /** Leave text nobody coded out of the character tables and the reliability units. */
  excludeUncoded?: boolean;
  /** Replicates for alpha's confidence interval (overall and per-code rows); 0 skips it. Default 1000. */
  bootstrapResamples?: number;
}

export interface AgreementFigures {
  /** The headline percent agreement of the chosen unit (character share or matched segments). */
  percentAgreement: number | null;
  /** Two coders only: Cohen's kappa of the headline unit. */
  cohenKappa: number | null;
  /** Fleiss' kappa over the reliability units (any number of coders). */
  fleissKappa: number | null;
  /** Nominal Krippendorff's alpha over the reliability units. */
  krippendorffAlpha: number | null;
  alphaInterval: {
    lower: number | null;
    upper: number | null;
    confidence: number;
    resamples: number;
  } | null;
  /** Character level: share of agreeing characters and its kappa (two coders; mean of pairs for more). */
  characterAgreement: number | null;
  characterKappa: number | null;
  /** Segment level: matched segments / all segments, at `overlap`. */
  segmentAgreement: number | null;
  segments: number;
  matchedSegments: number;
  /** Krippendorff's (2004) unitizing alpha; per code only (null on rows pooling codes). */
  unitizingAlpha: number | null;
  /**
   * Krippendorff, Mathet, Bouvry & Widlöcher (2016) family, as in ATLAS.ti (shared/agreement
   * README). On rows pooling codes (null on a code's row): u-alpha, agreement on the units and
   * their codes together, and cu-alpha, agreement on the codes of the text two or more coders
   * coded. null also when undefined (nobody coded, or one code everywhere).
   */
  uAlpha: number | null;
  cuAlpha: number | null;
  /**
   * On the row of a code with subcodes (its semantic domain): Cu-alpha, cu-alpha among its
   * subcodes (deeper codes count as the subcode they belong to). null on other rows.
   */
  domainCuAlpha: number | null;
  /** Reliability units: stretches between the boundaries of any coder's codings of a code. */
  units: number;
}

export interface AgreementRow {
  /** null: all selected sources pooled. */
  sourceId: Id | null;
  /** null: all selected codes pooled. */
  codeId: Id | null;
  /** A pair, or the whole group (3 coders or more). */
  coderIds: Id[];
  scope: 'pair' | 'group';
  figures: AgreementFigures;
}

export interface AgreementReport {
  roundId: Id | null;
  unit: AgreementUnit;
  overlap: number;
  excludeUncoded: boolean;
  coders: { id: Id; name: string; role: UserRole }[];
  sources: { id: Id; title: string }[];
  codes: { id: Id; name: string }[];
  /**
   * Overall rows first (sourceId and codeId null), then per code, then per source; rows per
   * source and code too when at most 100 sources are selected (drill down with sourceIds).
   */
  rows: AgreementRow[];
}

export interface DisagreementQuery {
  roundId?: Id;
  sourceIds?: Id[];
  codeId?: Id;
  /** At least two. */
  coderIds: Id[];
  limit?: number;
}

/** A stretch one coder coded with a code and another coder did not. */
export interface Disagreement {
  sourceId: Id;
  sourceTitle: string;
  codeId: Id;
  codeName: string;
  start: number;
  end: number;
  text: string;
  /** Coders who coded the stretch with the code. */
  codedBy: { id: Id; name: string }[];
  /** Coders who did not. */
  notCodedBy: { id: Id; name: string }[];
  /** What the coders who did not apply the code applied there instead, if anything. */
  otherCodes: { coderId: Id; codeId: Id; codeName: string }[];
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
  /** Only the segments of any of these coders (an empty list matches none). */
  coderIds?: Id[];
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
