import { openProjectDatabase } from '../../electron/core/store/database';
import type { ConcordApi } from '../../shared/api/contract';

export const CODES = 60;
export const CODINGS_PER_CODER = 300_000;
const MIN_LENGTH = 40;
const LENGTH_SPREAD = 400;

/**
 * Adds a codebook through the API, then 300,000 codings per coder in one SQL statement: going
 * through the API would time 300,000 audited transactions, which is not what the retrieval
 * figures measure. Each coding's excerpt is its real text, exactly as the store keeps it.
 */
export async function addCodebook(api: ConcordApi): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < CODES; i++) {
    const parentId = i < 6 ? null : ids[i % 6]!;
    ids.push((await api.createCode({ name: `Code ${String(i).padStart(2, '0')}`, parentId })).id);
  }
  return ids;
}

export function addCodings(projectPath: string, coderIds: readonly string[]): void {
  const db = openProjectDatabase(projectPath);
  try {
    db.transaction(() => {
      db.exec(`CREATE TEMP TABLE bench_sources AS
        SELECT row_number() OVER (ORDER BY s.seq) - 1 AS k, s.id, t.text, s.char_count
        FROM sources s JOIN source_texts t ON t.source_seq = s.seq`);
      db.exec(`CREATE TEMP TABLE bench_codes AS
        SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM codes`);
      const sourceCount = (
        db.prepare('SELECT count(*) AS n FROM temp.bench_sources').get() as { n: number }
      ).n;
      const codeCount = (
        db.prepare('SELECT count(*) AS n FROM temp.bench_codes').get() as { n: number }
      ).n;
      const insert = db.prepare(`
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @count - 1),
        spans AS (
          SELECT i, s.id AS source_id, s.text,
            (i * 7919 + @salt) % (s.char_count - @spread - @min) AS start,
            @min + (i * 104729 + @salt) % @spread AS length,
            (i * 31 + @salt) % @codes AS code_k
          FROM n JOIN temp.bench_sources s ON s.k = n.i % @sources
        )
        INSERT INTO codings (id, source_id, coder_id, code_id, start, "end", excerpt, created_at, updated_at)
        SELECT printf('bench-%s-%07d', @salt, i), source_id, @coder, c.id, start, start + length,
          substr(text, start + 1, length), '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
        FROM spans JOIN temp.bench_codes c ON c.k = spans.code_k`);
      coderIds.forEach((coder, index) =>
        insert.run({
          count: CODINGS_PER_CODER,
          sources: sourceCount,
          codes: codeCount,
          coder,
          salt: index * 13,
          min: MIN_LENGTH,
          spread: LENGTH_SPREAD,
        }),
      );
    })();
    db.pragma('optimize');
  } finally {
    db.close();
  }
}
