import type Database from 'better-sqlite3';
import type { CodedSpan } from '../../../shared/agreement';
import type { Id } from '../../../shared/domain/types';
import type { CodingsBySource } from '../../../shared/rounds';

/** One source's codings of one coder while reading: spans with their rowids, to order them. */
interface Gathered {
  spans: CodedSpan[];
  rowids: number[];
}

/**
 * The codings of `coderIds` with codes `codeIds`, grouped by source and coder as
 * computeGroupedAgreementRows takes them, each coder's codings in rowid (creation) order.
 *
 * Each (code, coder) pair is read from the covering index codings_by_code_coder, so the table
 * rows with their excerpts are never touched, and the code and coder ids are the caller's own
 * strings rather than 600,000 copies read per row: on a project with 300,000 codings per coder
 * this halves the read time and most of what the garbage collector would copy. The index orders
 * a pair's rows by source and offset; they are put back in rowid order per source, because the
 * report (its bootstrap interval) is reproducible for one order of the codings.
 */
export function readAgreementCodings(
  db: Database.Database,
  coderIds: readonly Id[],
  codeIds: readonly Id[],
): CodingsBySource {
  // One row per source, its codings as "rowid,start,end,rowid,start,end,...": a tenth of the
  // rows crossing into JavaScript, which costs more than parsing the numbers back.
  const ofCodeAndCoder = db
    .prepare(
      `SELECT source_id, group_concat(rowid || ',' || start || ',' || "end", ',')
       FROM codings INDEXED BY codings_by_code_coder
       WHERE code_id = ? AND coder_id = ? GROUP BY source_id`,
    )
    .raw();
  const gathered = new Map<Id, Gathered[]>();
  coderIds.forEach((coderId, coder) => {
    for (const code of new Set(codeIds)) {
      const rows = ofCodeAndCoder.iterate(code, coderId) as IterableIterator<[Id, string]>;
      for (const [sourceId, list] of rows) {
        let perCoder = gathered.get(sourceId);
        if (!perCoder) {
          perCoder = coderIds.map(() => ({ spans: [], rowids: [] }));
          gathered.set(sourceId, perCoder);
        }
        const into = perCoder[coder]!;
        readTriples(list, (rowid, start, end) => {
          into.rowids.push(rowid);
          into.spans.push({ code, start, end });
        });
      }
    }
  });
  const bySource = new Map<Id, CodedSpan[][]>();
  for (const [sourceId, perCoder] of gathered) {
    bySource.set(sourceId, perCoder.map(inRowidOrder));
  }
  return bySource;
}

const COMMA = 0x2c;
const ZERO = 0x30;

/**
 * Calls `visit` for each "rowid,start,end" of a comma-separated list of non-negative integers.
 * Digits are read in place: splitting would make 1,800,000 short strings for the collector.
 */
function readTriples(
  list: string,
  visit: (rowid: number, start: number, end: number) => void,
): void {
  const numbers = [0, 0, 0];
  let at = 0;
  let value = 0;
  for (let i = 0; i <= list.length; i++) {
    const char = i < list.length ? list.charCodeAt(i) : COMMA;
    if (char !== COMMA) {
      value = value * 10 + (char - ZERO);
      continue;
    }
    numbers[at++] = value;
    value = 0;
    if (at === 3) {
      visit(numbers[0]!, numbers[1]!, numbers[2]!);
      at = 0;
    }
  }
}

/** Index bits of a sort key; a key is rowid * 2^21 + index, exact in a double below 2^53. */
const INDEX_BITS = 2 ** 21;
const MAX_PACKED_ROWID = 2 ** 32;

/**
 * The spans sorted by rowid. Sorting packed numeric keys in a typed array is several times
 * faster than sorting with a comparator, which matters for 600,000 codings.
 */
function inRowidOrder({ spans, rowids }: Gathered): CodedSpan[] {
  const packable =
    spans.length < INDEX_BITS && rowids.every((rowid) => rowid >= 0 && rowid < MAX_PACKED_ROWID);
  if (!packable) {
    const order = Array.from(spans.keys()).sort((a, b) => rowids[a]! - rowids[b]!);
    return order.map((i) => spans[i]!);
  }
  const keys = new Float64Array(spans.length);
  for (let i = 0; i < spans.length; i++) keys[i] = rowids[i]! * INDEX_BITS + i;
  keys.sort();
  const ordered = new Array<CodedSpan>(spans.length);
  for (let i = 0; i < keys.length; i++) ordered[i] = spans[keys[i]! % INDEX_BITS]!;
  return ordered;
}
