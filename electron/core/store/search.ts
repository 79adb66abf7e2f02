import type Database from 'better-sqlite3';
import type { Id, SearchHit, SourceFilter } from '../../../shared/domain/types';
import type { AttributeRepository } from './attributes';
import { findMatches, ftsPhrase, phrasePattern, queryWords } from './phrase-matcher';
import { sourceFilterCondition } from './source-filter';

export const DEFAULT_SEARCH_LIMIT = 100;
export const MATCHES_PER_SOURCE = 20;

interface CandidateRow {
  sourceId: Id;
  title: string;
  participantPseudonym: string | null;
  seq: number;
}

/**
 * Phrase search over all source texts. The FTS5 index narrows the sources fast; exact offsets are
 * then found in JavaScript, so they are UTF-16 offsets into the text the editor shows.
 */
export class SourceSearch {
  constructor(
    private readonly db: Database.Database,
    private readonly attributes: AttributeRepository,
  ) {}

  /** A quoted or multi-word query is one phrase; an empty one finds nothing. */
  search(query: string, options: { limit?: number; filter?: SourceFilter } = {}): SearchHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
    const condition = sourceFilterCondition(options.filter, this.attributes);
    // Titles first, text later: sorting never drags every matching text through memory, and
    // texts are read only until `limit` hits are found.
    const candidates = this.db
      .prepare(
        `SELECT s.seq, s.id AS sourceId, s.title, p.pseudonym AS participantPseudonym
         FROM source_texts_fts f
         JOIN sources s ON s.seq = f.rowid
         LEFT JOIN participants p ON p.id = s.participant_id
         WHERE source_texts_fts MATCH ? AND ${condition.sql}
         ORDER BY s.title COLLATE NOCASE, s.seq`,
      )
      .all(ftsPhrase(words), ...condition.params) as CandidateRow[];
    const readText = this.db.prepare('SELECT text FROM source_texts WHERE source_seq = ?').pluck();

    const pattern = phrasePattern(words);
    const hits: SearchHit[] = [];
    for (const { seq, ...candidate } of candidates) {
      const text = readText.get(seq) as string;
      const { total, matches } = findMatches(text, pattern, MATCHES_PER_SOURCE);
      // Rare: the tokenizer and JavaScript disagree on a character's case or class.
      if (total === 0) continue;
      hits.push({ ...candidate, totalMatches: total, matches });
      if (hits.length >= limit) break;
    }
    return hits;
  }
}
