import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { ProjectStore } from '../store';
import { fileSlug } from './package-export';
import { RETURN_EXTENSION, RETURN_FORMAT, writeExchangeFile } from './format';
import type { ReturnContent } from './package-content';
import { selectRows } from './tables';

/**
 * The return of a project opened from a coder package: the whole codebook (with the packaged one
 * to compare), every coding of the coder with its stable id, the hashes of the texts they were
 * made on, and the coder's done marks.
 */
export function buildCoderReturn(store: ProjectStore): { fileName: string; data: Uint8Array } {
  const origin = store.packageOrigin.get();
  const base = store.packageOrigin.base();
  if (!origin || !base) {
    throw new ApiError(
      'bad_input',
      'This project was not opened from a coder package, so there is nothing to return.',
    );
  }
  const coder = store.users.get(origin.coderId);
  const db = store.db;
  const codings = selectRows(db, 'codings', 'coder_id = ?', [origin.coderId]).map((row) => {
    const { excerpt: _excerpt, ...rest } = row;
    return rest;
  });
  const textHashes: Record<string, string> = {};
  for (const id of new Set([
    ...codings.map((row) => String(row.source_id)),
    ...base.codings.map((coding) => coding.sourceId),
  ])) {
    const text = store.db
      .prepare(
        'SELECT t.text FROM source_texts t JOIN sources s ON s.seq = t.source_seq WHERE s.id = ?',
      )
      .pluck()
      .get(id) as string | undefined;
    if (text !== undefined)
      textHashes[id] = createHash('sha256').update(text, 'utf8').digest('hex');
  }
  const done = db
    .prepare(
      `SELECT round_id AS roundId, source_id AS sourceId, done_at AS doneAt
       FROM round_assignments WHERE coder_id = ? AND done_at IS NOT NULL`,
    )
    .all(origin.coderId) as ReturnContent['done'];
  const content: ReturnContent = {
    codes: selectRows(db, 'codes'),
    baseCodes: base.codes,
    codings,
    baseCodings: base.codings,
    textHashes,
    done,
  };
  const data = writeExchangeFile(
    {
      format: RETURN_FORMAT,
      projectId: origin.projectId,
      projectName: origin.projectName,
      roundId: origin.roundId,
      coderId: origin.coderId,
      coderName: coder.name,
      createdAt: new Date().toISOString(),
    },
    content,
  );
  return {
    fileName: `${fileSlug(origin.projectName)}-${fileSlug(coder.name)}${RETURN_EXTENSION}`,
    data,
  };
}
