import type Database from 'better-sqlite3';
import {
  applyTextEdit,
  diffToEdits,
  remapCodings,
  remapTurns,
  type TextEdit,
} from '../../../shared/anchoring';
import { ApiError } from '../../../shared/api/errors';
import type { Id, SpeakerTurn, SyncPoint } from '../../../shared/domain/types';
import { countWords } from '../../../shared/text/words';
import type { AuditLog } from './audit';
import { now } from './clock';
import { textHash, type ChangeRecorder } from './history/change-recorder';
import type { CodingRow } from './history/rows';
import { assertWholeCharacters, remapSyncPoints } from './text-remap';

export interface TextEditOptions {
  /** The revision the caller's text was loaded at; a different stored revision is a conflict. */
  expectedRevision?: number;
  /** Written into the audit entry: 'undo' or 'redo' when history replays an edit. */
  reason?: 'edit' | 'undo' | 'redo';
}

export interface TextEditOutcome {
  sourceId: Id;
  revision: number;
  edits: TextEdit[];
  codingsMoved: number;
  codingsShrunk: number;
  codingsRemoved: number;
}

interface SourceState {
  seq: number;
  title: string;
  revision: number;
  text: string;
}

/**
 * Edits a source text in one transaction: the text (and through its trigger the full-text
 * index), the counts, the speaker turns, the sync points and every coding of the source with
 * its excerpt, so that each coding keeps covering exactly its text. Codings that lose text or
 * vanish are written to the audit log with their before and after.
 */
export class SourceTextEditor {
  private readonly selectState: Database.Statement<[Id]>;
  private readonly selectTurns: Database.Statement<[Id]>;
  private readonly selectSyncPoints: Database.Statement<[Id]>;
  private readonly selectCodings: Database.Statement<[Id]>;
  private readonly updateText: Database.Statement<[string, number]>;
  private readonly updateSource: Database.Statement;
  private readonly updateTurnCount: Database.Statement<[number, Id]>;
  private readonly deleteTurns: Database.Statement<[Id]>;
  private readonly insertTurn: Database.Statement;
  private readonly deleteSyncPoints: Database.Statement<[Id]>;
  private readonly insertSyncPoint: Database.Statement<[Id, number, number]>;
  private readonly updateCoding: Database.Statement;
  private readonly deleteCoding: Database.Statement<[Id]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
    private readonly recorder: ChangeRecorder,
  ) {
    this.selectState = db.prepare(
      `SELECT s.seq, s.title, s.revision, t.text FROM sources s
       JOIN source_texts t ON t.source_seq = s.seq WHERE s.id = ?`,
    );
    this.selectTurns = db.prepare(
      `SELECT start, "end", speaker, time_ms AS timeMs FROM source_turns
       WHERE source_id = ? ORDER BY idx`,
    );
    this.selectSyncPoints = db.prepare(
      `SELECT "offset", time_ms AS timeMs FROM sync_points
       WHERE source_id = ? ORDER BY "offset", rowid`,
    );
    this.selectCodings = db.prepare(
      `SELECT id, source_id, coder_id, code_id, start, "end", memo, excerpt, created_at,
         updated_at FROM codings WHERE source_id = ? ORDER BY start, "end", id`,
    );
    this.updateText = db.prepare('UPDATE source_texts SET text = ? WHERE source_seq = ?');
    this.updateSource = db.prepare(
      `UPDATE sources SET word_count = @wordCount, char_count = @charCount,
         turn_count = @turnCount, revision = @revision, updated_at = @updatedAt WHERE id = @id`,
    );
    this.updateTurnCount = db.prepare('UPDATE sources SET turn_count = ? WHERE id = ?');
    this.deleteTurns = db.prepare('DELETE FROM source_turns WHERE source_id = ?');
    this.insertTurn = db.prepare(
      `INSERT INTO source_turns (source_id, idx, start, "end", speaker, time_ms)
       VALUES (@sourceId, @idx, @start, @end, @speaker, @timeMs)`,
    );
    this.deleteSyncPoints = db.prepare('DELETE FROM sync_points WHERE source_id = ?');
    this.insertSyncPoint = db.prepare(
      'INSERT INTO sync_points (source_id, "offset", time_ms) VALUES (?, ?, ?)',
    );
    this.updateCoding = db.prepare(
      `UPDATE codings SET start = @start, "end" = @end, excerpt = @excerpt,
         updated_at = @updatedAt WHERE id = @id`,
    );
    this.deleteCoding = db.prepare('DELETE FROM codings WHERE id = ?');
  }

  revision(sourceId: Id): number {
    return this.state(sourceId).revision;
  }

  /** The hash of the current text, or null when the source no longer exists. */
  findTextHash(sourceId: Id): string | null {
    const state = this.selectState.get(sourceId) as SourceState | undefined;
    return state ? textHash(state.text) : null;
  }

  /**
   * Replaces the whole text with `text`; the edits are computed with diffToEdits against the
   * stored text. A `baseText` that differs from the stored text means the caller edited a stale
   * copy: refused.
   */
  replaceText(
    actor: Id | null,
    sourceId: Id,
    text: string,
    options: TextEditOptions & { baseText?: string } = {},
  ): TextEditOutcome {
    return this.db.transaction(() => {
      const state = this.state(sourceId);
      if (options.baseText !== undefined && options.baseText !== state.text) {
        throw new ApiError(
          'conflict',
          `The text of "${state.title}" changed since it was loaded; reload it and edit again.`,
        );
      }
      return this.edit(actor, sourceId, diffToEdits(state.text, text), options);
    })();
  }

  /** Applies `edits` in order; each edit's offsets refer to the text left by the previous ones. */
  edit(
    actor: Id | null,
    sourceId: Id,
    edits: readonly TextEdit[],
    options: TextEditOptions = {},
  ): TextEditOutcome {
    return this.db.transaction(() => {
      const state = this.state(sourceId);
      if (options.expectedRevision !== undefined && options.expectedRevision !== state.revision) {
        throw new ApiError(
          'conflict',
          `The text of "${state.title}" is at revision ${state.revision}, not ${options.expectedRevision}: it was edited elsewhere. Reload it and edit again.`,
        );
      }
      const newText = applyChecked(state.text, edits, state.title);
      const inverse = inverseEdits(state.text, edits);
      const turnsBefore = this.selectTurns.all(sourceId) as SpeakerTurn[];
      const syncBefore = this.selectSyncPoints.all(sourceId) as SyncPoint[];
      const turnsAfter = remapTurns(turnsBefore, edits, state.text);
      const syncAfter = remapSyncPoints(syncBefore, edits);

      const codingStats = this.moveCodings(actor, sourceId, edits, newText);
      this.updateText.run(newText, state.seq);
      this.writeTurns(sourceId, turnsAfter);
      this.writeSyncPoints(sourceId, syncAfter);
      const revision = state.revision + 1;
      this.updateSource.run({
        id: sourceId,
        wordCount: countWords(newText),
        charCount: newText.length,
        turnCount: turnsAfter.length,
        revision,
        updatedAt: now(),
      });
      this.recorder.text({
        sourceId,
        forward: [...edits],
        inverse,
        hashBefore: textHash(state.text),
        hashAfter: textHash(newText),
        turnsBefore,
        turnsAfter,
        syncPointsBefore: syncBefore,
        syncPointsAfter: syncAfter,
      });
      this.audit.append({
        userId: actor,
        action: 'source.edit_text',
        entityType: 'source',
        entityId: sourceId,
        detail: {
          title: state.title,
          reason: options.reason ?? 'edit',
          edits: edits.length,
          charsBefore: state.text.length,
          charsAfter: newText.length,
          revision,
          codingsMoved: codingStats.moved,
          codingsShrunk: codingStats.shrunk,
          codingsRemoved: codingStats.removed,
        },
      });
      return {
        sourceId,
        revision,
        edits: [...edits],
        codingsMoved: codingStats.moved,
        codingsShrunk: codingStats.shrunk,
        codingsRemoved: codingStats.removed,
      };
    })();
  }

  /** Puts turns and sync points back exactly as recorded (undo and redo). */
  restoreLayout(
    sourceId: Id,
    turns: readonly SpeakerTurn[],
    syncPoints: readonly SyncPoint[],
  ): void {
    this.writeTurns(sourceId, turns);
    this.writeSyncPoints(sourceId, syncPoints);
    this.updateTurnCount.run(turns.length, sourceId);
  }

  private moveCodings(
    actor: Id | null,
    sourceId: Id,
    edits: readonly TextEdit[],
    newText: string,
  ): { moved: number; shrunk: number; removed: number } {
    const codings = this.selectCodings.all(sourceId) as CodingRow[];
    const remap = remapCodings(codings, edits);
    const timestamp = now();
    const original = new Map(codings.map((coding) => [coding.id, coding]));
    const updated = new Set(remap.updated);
    let moved = 0;
    for (const coding of remap.codings) {
      const excerpt = newText.slice(coding.start, coding.end);
      // Same offsets can still cover changed text (a same-length replacement inside a coding).
      if (original.get(coding.id)?.excerpt === excerpt && !updated.has(coding)) continue;
      this.recorder.coding(coding.id);
      this.updateCoding.run({
        id: coding.id,
        start: coding.start,
        end: coding.end,
        excerpt,
        updatedAt: timestamp,
      });
      moved += 1;
    }
    for (const coding of remap.removed) {
      this.recorder.coding(coding.id);
      this.deleteCoding.run(coding.id);
      this.audit.append({
        userId: actor,
        action: 'coding.remove_by_text_edit',
        entityType: 'coding',
        entityId: coding.id,
        detail: {
          sourceId,
          codeId: coding.code_id,
          coderId: coding.coder_id,
          before: { start: coding.start, end: coding.end, text: coding.excerpt },
          after: null,
        },
      });
    }
    for (const { before, after, deletedChars } of remap.shrunk) {
      this.audit.append({
        userId: actor,
        action: 'coding.shrink_by_text_edit',
        entityType: 'coding',
        entityId: before.id,
        detail: {
          sourceId,
          codeId: before.code_id,
          coderId: before.coder_id,
          deletedChars,
          before: { start: before.start, end: before.end, text: before.excerpt },
          after: {
            start: after.start,
            end: after.end,
            text: newText.slice(after.start, after.end),
          },
        },
      });
    }
    return { moved, shrunk: remap.shrunk.length, removed: remap.removed.length };
  }

  private writeTurns(sourceId: Id, turns: readonly SpeakerTurn[]): void {
    this.deleteTurns.run(sourceId);
    turns.forEach((turn, idx) => this.insertTurn.run({ sourceId, idx, ...turn }));
  }

  private writeSyncPoints(sourceId: Id, points: readonly SyncPoint[]): void {
    this.deleteSyncPoints.run(sourceId);
    for (const point of points) this.insertSyncPoint.run(sourceId, point.offset, point.timeMs);
  }

  private state(sourceId: Id): SourceState {
    const state = this.selectState.get(sourceId) as SourceState | undefined;
    if (!state) throw new ApiError('not_found', `No source with id ${sourceId}.`);
    return state;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Applies edits one by one, refusing (before anything is written) an edit that does not fit the
 * text or that would cut a character in two.
 */
function applyChecked(text: string, edits: readonly TextEdit[], title: string): string {
  let current = text;
  for (const edit of edits) {
    const what = `Text edit [${edit.from}, ${edit.to}) of "${title}"`;
    if (edit.to > current.length) {
      throw new ApiError(
        'bad_input',
        `${what} reaches past the end of the text (${current.length} characters).`,
      );
    }
    if (LONE_SURROGATE.test(edit.insert)) {
      throw new ApiError(
        'bad_input',
        `${what} inserts half a character (a lone UTF-16 surrogate).`,
      );
    }
    assertWholeCharacters(current, [edit.from, edit.to], what);
    current = applyTextEdit(current, edit);
    assertWholeCharacters(current, [edit.from, edit.from + edit.insert.length], what);
  }
  return current;
}

/** The edits that turn the edited text back into `text`, in the order to apply them. */
function inverseEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const inverse: TextEdit[] = [];
  let current = text;
  for (const edit of edits) {
    inverse.push({
      from: edit.from,
      to: edit.from + edit.insert.length,
      insert: current.slice(edit.from, edit.to),
    });
    current = applyTextEdit(current, edit);
  }
  return inverse.reverse();
}
