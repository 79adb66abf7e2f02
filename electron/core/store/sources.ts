import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { ParsedSource } from '../../../shared/domain/parsed';
import type {
  Id,
  SourceDetail,
  SourceFilter,
  SourceKind,
  SourceSummary,
  SpeakerTurn,
  SyncPoint,
} from '../../../shared/domain/types';
import { countWords } from '../../../shared/text/words';
import type { AttributeRepository } from './attributes';
import type { AuditLog } from './audit';
import { nameKey, newId, now } from './clock';
import type { ParticipantRepository } from './participants';
import { sourceFilterCondition } from './source-filter';

/** Summary columns only: listing never reads source text. */
const SUMMARY_COLUMNS = `
  s.id, s.title, s.kind, s.format, s.participant_id AS participantId,
  p.pseudonym AS participantPseudonym, s.word_count AS wordCount, s.char_count AS charCount,
  s.turn_count AS turnCount, s.imported_from AS importedFrom, s.duration_ms AS durationMs,
  s.created_at AS createdAt, s.updated_at AS updatedAt`;
const FROM_SOURCES = 'FROM sources s LEFT JOIN participants p ON p.id = s.participant_id';

export interface SourceImport {
  parsed: ParsedSource;
  /** The file the source came from, kept for provenance. */
  fileName: string | null;
  title?: string;
  kind?: SourceKind;
  participantId?: Id | null;
}

export interface SourceChanges {
  title?: string;
  participantId?: Id | null;
  kind?: SourceKind;
}

/** Interview transcripts and field notes: text, speaker turns and media sync points. */
export class SourceRepository {
  private readonly selectOne: Database.Statement<[Id]>;
  private readonly selectSeq: Database.Statement<[Id]>;
  private readonly selectRevision: Database.Statement<[Id]>;
  private readonly selectText: Database.Statement<[number]>;
  private readonly selectTurns: Database.Statement<[Id]>;
  private readonly selectSyncPoints: Database.Statement<[Id]>;
  private readonly selectTitleKeys: Database.Statement;
  private readonly insertSource: Database.Statement;
  private readonly insertText: Database.Statement<[number, string]>;
  private readonly insertTurn: Database.Statement;
  private readonly insertSyncPoint: Database.Statement<[Id, number, number]>;
  private readonly updateRow: Database.Statement;
  private readonly deleteRow: Database.Statement<[Id]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
    private readonly attributes: AttributeRepository,
    private readonly participants: ParticipantRepository,
  ) {
    this.selectOne = db.prepare(`SELECT s.seq, ${SUMMARY_COLUMNS} ${FROM_SOURCES} WHERE s.id = ?`);
    this.selectSeq = db.prepare('SELECT seq FROM sources WHERE id = ?').pluck();
    this.selectRevision = db.prepare('SELECT revision FROM sources WHERE id = ?').pluck();
    this.selectText = db.prepare('SELECT text FROM source_texts WHERE source_seq = ?').pluck();
    this.selectTurns = db.prepare(
      `SELECT start, "end", speaker, time_ms AS timeMs FROM source_turns
       WHERE source_id = ? ORDER BY idx`,
    );
    this.selectSyncPoints = db.prepare(
      `SELECT "offset", time_ms AS timeMs FROM sync_points
       WHERE source_id = ? ORDER BY "offset", rowid`,
    );
    this.selectTitleKeys = db.prepare('SELECT title FROM sources').pluck();
    this.insertSource = db.prepare(
      `INSERT INTO sources (id, title, kind, format, participant_id, word_count, char_count,
         turn_count, imported_from, duration_ms, created_at, updated_at)
       VALUES (@id, @title, @kind, @format, @participantId, @wordCount, @charCount, @turnCount,
         @importedFrom, @durationMs, @createdAt, @updatedAt)`,
    );
    this.insertText = db.prepare('INSERT INTO source_texts (source_seq, text) VALUES (?, ?)');
    this.insertTurn = db.prepare(
      `INSERT INTO source_turns (source_id, idx, start, "end", speaker, time_ms)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.insertSyncPoint = db.prepare(
      'INSERT INTO sync_points (source_id, "offset", time_ms) VALUES (?, ?, ?)',
    );
    this.updateRow = db.prepare(
      `UPDATE sources SET title = @title, participant_id = @participantId, kind = @kind,
         updated_at = @updatedAt WHERE id = @id`,
    );
    this.deleteRow = db.prepare('DELETE FROM sources WHERE id = ?');
  }

  /** Sources in title order, filtered by kind, participant and participant attributes. */
  list(filter?: SourceFilter): SourceSummary[] {
    const condition = sourceFilterCondition(filter, this.attributes);
    return this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} ${FROM_SOURCES} WHERE ${condition.sql}
         ORDER BY s.title COLLATE NOCASE, s.seq`,
      )
      .all(...condition.params) as SourceSummary[];
  }

  getSummary(id: Id): SourceSummary {
    const row = this.selectOne.get(id) as (SourceSummary & { seq: number }) | undefined;
    if (!row) throw new ApiError('not_found', `No source with id ${id}.`);
    const { seq: _seq, ...summary } = row;
    return summary;
  }

  get(id: Id): SourceDetail {
    const summary = this.getSummary(id);
    return {
      ...summary,
      text: this.getText(id),
      turns: this.selectTurns.all(id) as SpeakerTurn[],
      syncPoints: this.selectSyncPoints.all(id) as SyncPoint[],
      revision: this.selectRevision.get(id) as number,
    };
  }

  getText(id: Id): string {
    const seq = this.selectSeq.get(id) as number | undefined;
    if (seq === undefined) throw new ApiError('not_found', `No source with id ${id}.`);
    return this.selectText.get(seq) as string;
  }

  /** Stores a parsed file whole: row, text, full-text entry, turns, sync points and audit entry. */
  import(actor: Id | null, input: SourceImport): SourceSummary {
    const { parsed } = input;
    assertConsistent(parsed, input.fileName);
    return this.db.transaction(() => {
      if (input.participantId) this.participants.get(input.participantId);
      const id = newId();
      const timestamp = now();
      const lastSync = parsed.syncPoints.reduce<number | null>(
        (latest, point) => (latest === null ? point.timeMs : Math.max(latest, point.timeMs)),
        null,
      );
      const title = this.uniqueTitle((input.title ?? parsed.title).trim() || 'Untitled source');
      const info = this.insertSource.run({
        id,
        title,
        kind: input.kind ?? 'interview',
        format: parsed.format,
        participantId: input.participantId ?? null,
        wordCount: countWords(parsed.text),
        charCount: parsed.text.length,
        turnCount: parsed.turns.length,
        importedFrom: input.fileName,
        durationMs: lastSync,
        createdAt: timestamp,
        updatedAt: timestamp,
      });
      this.insertText.run(Number(info.lastInsertRowid), parsed.text);
      parsed.turns.forEach((turn, index) => {
        this.insertTurn.run(id, index, turn.start, turn.end, turn.speaker, turn.timeMs);
      });
      for (const point of parsed.syncPoints)
        this.insertSyncPoint.run(id, point.offset, point.timeMs);
      const summary = this.getSummary(id);
      this.audit.append({
        userId: actor,
        action: 'source.import',
        entityType: 'source',
        entityId: id,
        detail: {
          title,
          fileName: input.fileName,
          format: parsed.format,
          words: summary.wordCount,
          turns: summary.turnCount,
        },
      });
      return summary;
    })();
  }

  update(actor: Id | null, id: Id, changes: SourceChanges): SourceSummary {
    return this.db.transaction(() => {
      const before = this.getSummary(id);
      if (changes.participantId) this.participants.get(changes.participantId);
      const title =
        changes.title === undefined || changes.title.trim() === before.title
          ? before.title
          : this.uniqueTitle(changes.title.trim());
      const after = {
        title,
        participantId:
          changes.participantId === undefined ? before.participantId : changes.participantId,
        kind: changes.kind ?? before.kind,
      };
      this.updateRow.run({ id, ...after, updatedAt: now() });
      const detail: Record<string, unknown> = {};
      for (const key of ['title', 'participantId', 'kind'] as const) {
        if (before[key] !== after[key]) detail[key] = { before: before[key], after: after[key] };
      }
      this.audit.append({
        userId: actor,
        action: 'source.update',
        entityType: 'source',
        entityId: id,
        detail,
      });
      return this.getSummary(id);
    })();
  }

  /** Removes the source with its text, turns, sync points and codings (cascades). */
  delete(actor: Id | null, id: Id): void {
    this.db.transaction(() => {
      const source = this.getSummary(id);
      const codings = this.db
        .prepare('SELECT COUNT(*) FROM codings WHERE source_id = ?')
        .pluck()
        .get(id) as number;
      this.deleteRow.run(id);
      this.audit.append({
        userId: actor,
        action: 'source.delete',
        entityType: 'source',
        entityId: id,
        detail: { title: source.title, words: source.wordCount, codings },
      });
    })();
  }

  /** "Interview 03" becomes "Interview 03 (2)" (then (3) ...) when the title is taken. */
  private uniqueTitle(title: string): string {
    const taken = new Set((this.selectTitleKeys.all() as string[]).map(nameKey));
    if (!taken.has(nameKey(title))) return title;
    for (let n = 2; ; n += 1) {
      const candidate = `${title} (${n})`;
      if (!taken.has(nameKey(candidate))) return candidate;
    }
  }
}

/**
 * Importers promise turns and sync points inside the text; a broken promise is a bug upstream,
 * but storing it would corrupt every coding made later, so it is refused here.
 */
function assertConsistent(parsed: ParsedSource, fileName: string | null): void {
  const where = fileName ?? parsed.title;
  const length = parsed.text.length;
  let previousEnd = 0;
  for (const turn of parsed.turns) {
    if (!(turn.start >= previousEnd && turn.end >= turn.start && turn.end <= length)) {
      throw new ApiError(
        'bad_input',
        `${where}: speaker turns are out of order or outside the text.`,
      );
    }
    previousEnd = turn.end;
  }
  for (const point of parsed.syncPoints) {
    if (!(point.offset >= 0 && point.offset <= length && point.timeMs >= 0)) {
      throw new ApiError('bad_input', `${where}: a timestamp points outside the text.`);
    }
  }
}
