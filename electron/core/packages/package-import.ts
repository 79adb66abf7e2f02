import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { Id } from '../../../shared/domain/types';
import { ProjectStore, removeProjectFiles } from '../store';
import { createProjectDatabase } from '../store/database';
import type { PackagedCoding } from '../store/package-origin';
import { PACKAGE_FORMAT, readExchangeFile } from './format';
import type { PackageContent } from './package-content';
import { insertRows, type PackageTable, type Row } from './tables';

const TABLE_ORDER: PackageTable[] = [
  'users',
  'attributes',
  'participants',
  'participant_values',
  'sources',
  'source_turns',
  'sync_points',
  'codes',
  'codings',
  'rounds',
  'round_sources',
  'round_assignments',
];

/** The coder's codings with their excerpts cut from the packaged texts (never trusted as sent). */
function checkedCodings(
  fileName: string,
  content: PackageContent,
  coderId: Id,
): { rows: Row[]; base: PackagedCoding[] } {
  const rows: Row[] = [];
  const base: PackagedCoding[] = [];
  for (const row of content.codings ?? []) {
    const text = content.texts?.[String(row.source_id)];
    const start = Number(row.start);
    const end = Number(row.end);
    if (row.coder_id !== coderId) {
      throw new ApiError(
        'bad_input',
        `Cannot read ${fileName}: it holds codings of someone other than its coder.`,
      );
    }
    if (typeof text !== 'string' || !(start >= 0 && end > start && end <= text.length)) {
      throw new ApiError(
        'bad_input',
        `Cannot read ${fileName}: coding ${String(row.id)} lies outside its source.`,
      );
    }
    rows.push({ ...row, excerpt: text.slice(start, end) });
    base.push({
      id: String(row.id),
      sourceId: String(row.source_id),
      codeId: String(row.code_id),
      start,
      end,
      memo: String(row.memo ?? ''),
    });
  }
  return { rows, base };
}

/**
 * Creates a project at `projectPath` from a coder package and returns it open. The project
 * remembers the lead's project, round and coder, and the codebook and codings as packaged, so
 * exportCoderReturn can later say what the coder changed. Nothing is left behind on failure.
 */
export function createProjectFromPackage(
  projectPath: string,
  fileName: string,
  bytes: Uint8Array,
): ProjectStore {
  const { manifest, content } = readExchangeFile<PackageContent>(fileName, bytes, PACKAGE_FORMAT);
  const users = Array.isArray(content.users) ? content.users : [];
  const coder = users.find((row) => row.id === manifest.coderId);
  if (!coder) {
    throw new ApiError('bad_input', `Cannot read ${fileName}: its coder is not among its users.`);
  }
  const codings = checkedCodings(fileName, content, manifest.coderId);
  const absolute = path.resolve(projectPath);
  const db = createProjectDatabase(absolute);
  try {
    db.transaction(() => {
      // Rows arrive in table order, not in the order of every foreign key (codes nest).
      db.pragma('defer_foreign_keys = ON');
      const tables: Record<PackageTable, unknown> = {
        ...content,
        codings: codings.rows,
      } as unknown as Record<PackageTable, unknown>;
      for (const table of TABLE_ORDER) insertRows(db, table, tables[table] ?? [], fileName);
      const insertText = db.prepare(
        'INSERT INTO source_texts (source_seq, text) SELECT seq, ? FROM sources WHERE id = ?',
      );
      const fixCounts = db.prepare('UPDATE sources SET char_count = ? WHERE id = ?');
      for (const source of content.sources) {
        const text = content.texts?.[String(source.id)];
        if (typeof text !== 'string') {
          throw new ApiError(
            'bad_input',
            `Cannot read ${fileName}: the text of "${String(source.title)}" is missing.`,
          );
        }
        insertText.run(text, source.id);
        fixCounts.run(text.length, source.id);
      }
      const policy = content.policy?.coderChanges;
      if (policy === 'all' || policy === 'add' || policy === 'none') {
        db.prepare('UPDATE codebook_policy SET coder_changes = ?').run(policy);
      }
      const store = new ProjectStore(absolute, db);
      store.project.initialize(`${manifest.projectName} (${manifest.coderName})`, manifest.coderId);
      store.packageOrigin.record(
        {
          projectId: manifest.projectId,
          projectName: manifest.projectName,
          roundId: manifest.roundId,
          coderId: manifest.coderId,
          createdAt: manifest.createdAt,
        },
        { codes: content.codes, codings: codings.base },
      );
      store.audit.append({
        userId: manifest.coderId,
        action: 'package.open',
        entityType: 'project',
        entityId: null,
        detail: {
          fileName,
          projectId: manifest.projectId,
          roundId: manifest.roundId,
          sources: content.sources.length,
          codings: codings.rows.length,
        },
      });
    })();
    return new ProjectStore(absolute, db);
  } catch (error) {
    db.close();
    removeProjectFiles(absolute);
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      'bad_input',
      `Cannot read ${fileName}: its content is inconsistent (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}
