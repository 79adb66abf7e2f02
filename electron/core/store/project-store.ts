import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ParsedParticipantTable } from '../../../shared/domain/parsed';
import type { Id, ParticipantImportResult } from '../../../shared/domain/types';
import { AttributeRepository } from './attributes';
import { AuditLog } from './audit';
import { CodebookPolicyRepository } from './codebook-policy';
import { CodeRestructuring } from './code-restructure';
import { CodeStatistics } from './code-stats';
import { CodedSegments } from './coded-segments';
import { CodeRepository } from './codes';
import { CodingRepository } from './codings';
import { createProjectDatabase, openProjectDatabase, removeProjectFiles } from './database';
import { ChangeRecorder } from './history/change-recorder';
import { ChangeReverter } from './history/revert';
import { MemoRepository } from './memos';
import { readSchemaVersion } from './migrate';
import { importParticipantTable } from './participant-import';
import { ParticipantRepository } from './participants';
import { PackageOriginRepository } from './package-origin';
import { ProjectRepository } from './project';
import { RoundRepository } from './rounds';
import { SourceSearch } from './search';
import { SourceTextEditor } from './source-text-editor';
import { SourceRepository } from './sources';
import { UserRepository } from './users';
import { VisibilityRules } from './visibility';

/**
 * One open project file and its typed repositories. Mutating repository methods take the acting
 * user first and run as one transaction that includes their audit entry.
 */
export class ProjectStore {
  readonly audit: AuditLog;
  readonly project: ProjectRepository;
  readonly users: UserRepository;
  readonly attributes: AttributeRepository;
  readonly participants: ParticipantRepository;
  readonly sources: SourceRepository;
  readonly search: SourceSearch;
  readonly codes: CodeRepository;
  readonly codeRestructuring: CodeRestructuring;
  readonly codeStats: CodeStatistics;
  readonly codings: CodingRepository;
  readonly codedSegments: CodedSegments;
  readonly memos: MemoRepository;
  /** Edits source texts, moving turns, sync points and codings with them. */
  readonly sourceTexts: SourceTextEditor;
  /** Captures what an action changes, for undo; `history` replays it. */
  readonly recorder: ChangeRecorder;
  readonly history: ChangeReverter;
  readonly rounds: RoundRepository;
  readonly codebookPolicy: CodebookPolicyRepository;
  /** Who may see whose codings while independent rounds are open. */
  readonly visibility: VisibilityRules;
  /** Set in projects made from a coder package. */
  readonly packageOrigin: PackageOriginRepository;

  constructor(
    /** Absolute path of the .concord file. */
    readonly path: string,
    readonly db: Database.Database,
  ) {
    this.audit = new AuditLog(db);
    this.project = new ProjectRepository(db, this.audit);
    this.users = new UserRepository(db, this.audit);
    this.attributes = new AttributeRepository(db, this.audit);
    this.participants = new ParticipantRepository(db, this.audit, this.attributes);
    this.sources = new SourceRepository(db, this.audit, this.attributes, this.participants);
    this.search = new SourceSearch(db, this.attributes);
    this.recorder = new ChangeRecorder(db);
    this.codes = new CodeRepository(db, this.audit, this.recorder);
    this.codeRestructuring = new CodeRestructuring(db, this.audit, this.recorder, this.codes);
    this.codeStats = new CodeStatistics(db);
    this.codings = new CodingRepository(db, this.audit, this.recorder);
    this.codedSegments = new CodedSegments(db, this.codes, this.attributes);
    this.memos = new MemoRepository(db, this.audit);
    this.sourceTexts = new SourceTextEditor(db, this.audit, this.recorder);
    this.history = new ChangeReverter(db, this.sourceTexts);
    this.rounds = new RoundRepository(db, this.audit);
    this.codebookPolicy = new CodebookPolicyRepository(db, this.audit);
    this.visibility = new VisibilityRules(db);
    this.packageOrigin = new PackageOriginRepository(db);
  }

  get schemaVersion(): number {
    return readSchemaVersion(this.db);
  }

  importParticipants(
    actor: Id | null,
    fileName: string,
    table: ParsedParticipantTable,
  ): ParticipantImportResult {
    return importParticipantTable(this.db, this, actor, fileName, table);
  }

  close(): void {
    if (!this.db.open) return;
    try {
      // Folds the WAL back so the project is a single file again when Concord is closed. It may
      // be busy if another process reads the file; SQLite then checkpoints on a later close.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}

/** Opens an existing project; see openProjectDatabase for the errors. */
export function openProjectStore(filePath: string): ProjectStore {
  const absolute = path.resolve(filePath);
  return new ProjectStore(absolute, openProjectDatabase(absolute));
}

/** Creates a project file with its project row and its first lead. */
export function createProjectStore(
  filePath: string,
  options: { name: string; leadName: string },
): ProjectStore {
  const absolute = path.resolve(filePath);
  const store = new ProjectStore(absolute, createProjectDatabase(absolute));
  try {
    store.db.transaction(() => {
      const lead = store.users.create(null, { name: options.leadName, role: 'lead' });
      store.project.initialize(options.name, lead.id);
    })();
    return store;
  } catch (error) {
    store.db.close();
    removeProjectFiles(absolute);
    throw error;
  }
}
