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
] as const satisfies readonly ApiMethod[];

// Compile-time check that API_METHODS lists every method of the contract.
type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const _allMethodsListed: MissingMethods extends never ? true : MissingMethods = true;
void _allMethodsListed;
