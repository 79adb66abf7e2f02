import type { Coding } from '../../../../shared/domain/types';

/**
 * The codings of one source as a sorted interval structure: rows ordered by (start, end, id) with
 * an implicit balanced search tree over that array, each node holding the largest end in its
 * subtree. Finding the codings that intersect a paragraph costs O(log n + k) instead of a scan,
 * so drawing the paragraphs near the viewport never walks all codings of a long source.
 *
 * Instances are immutable: `with`/`without` return a new index (the rows stay shared), so a store
 * can swap it atomically and subscribers compare by identity. Inserting or removing one row is a
 * binary search plus an O(n) splice and re-augmentation, which is microseconds at 10,000 rows.
 */
export class CodingIndex {
  /** Rows in (start, end, id) order. */
  readonly rows: readonly Coding[];
  /** maxEnd[i]: the largest end in the subtree rooted at i of the implicit tree over `rows`. */
  private readonly maxEnd: Int32Array;
  private readonly positionById: Map<string, number>;

  private constructor(sorted: readonly Coding[]) {
    this.rows = sorted;
    this.maxEnd = new Int32Array(sorted.length);
    this.positionById = new Map(sorted.map((row, i) => [row.id, i]));
    augment(sorted, this.maxEnd, 0, sorted.length);
  }

  static empty(): CodingIndex {
    return new CodingIndex([]);
  }

  static from(rows: readonly Coding[]): CodingIndex {
    return new CodingIndex([...rows].sort(compareCodings));
  }

  get size(): number {
    return this.rows.length;
  }

  get(id: string): Coding | undefined {
    const position = this.positionById.get(id);
    return position === undefined ? undefined : this.rows[position];
  }

  /** Position of a coding in text order, or -1. */
  positionOf(id: string): number {
    return this.positionById.get(id) ?? -1;
  }

  /** A new index with `row` added, or replacing the row with the same id. */
  with(row: Coding): CodingIndex {
    const rows = this.rows.filter((existing) => existing.id !== row.id);
    rows.splice(insertionPoint(rows, row), 0, row);
    return new CodingIndex(rows);
  }

  /** A new index without the row `id` (the same index when there is none). */
  without(id: string): CodingIndex {
    if (!this.positionById.has(id)) return this;
    return new CodingIndex(this.rows.filter((row) => row.id !== id));
  }

  /**
   * Codings overlapping the half-open range [from, to), in text order. An empty range (an empty
   * paragraph) overlaps nothing.
   */
  overlapping(from: number, to: number): Coding[] {
    const found: Coding[] = [];
    if (to > from) this.collect(0, this.rows.length, from, to, found);
    return found;
  }

  private collect(low: number, high: number, from: number, to: number, out: Coding[]): void {
    if (low >= high) return;
    const mid = (low + high) >>> 1;
    // Nothing in this subtree reaches past `from`.
    if ((this.maxEnd[mid] ?? 0) <= from) return;
    this.collect(low, mid, from, to, out);
    const row = this.rows[mid] as Coding;
    // Rows right of mid start at or after row.start; none can overlap once row.start >= to.
    if (row.start >= to) return;
    if (row.end > from) out.push(row);
    this.collect(mid + 1, high, from, to, out);
  }
}

export function compareCodings(a: Coding, b: Coding): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function insertionPoint(rows: readonly Coding[], row: Coding): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareCodings(rows[mid] as Coding, row) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Fills maxEnd for the subtree over [low, high) and returns its largest end. */
function augment(rows: readonly Coding[], maxEnd: Int32Array, low: number, high: number): number {
  if (low >= high) return 0;
  const mid = (low + high) >>> 1;
  const largest = Math.max(
    (rows[mid] as Coding).end,
    augment(rows, maxEnd, low, mid),
    augment(rows, maxEnd, mid + 1, high),
  );
  maxEnd[mid] = largest;
  return largest;
}

/**
 * The most codings covering any single offset (the overlap depth). The stripe margin reserves about
 * this many lanes, so its width changes only when codings change, not while scrolling.
 */
export function overlapDepth(rows: readonly Coding[]): number {
  const events: number[] = [];
  // Encode ends before starts at the same offset (half-open ranges touch, they do not overlap).
  for (const row of rows) events.push(row.start * 2 + 1, row.end * 2);
  events.sort((a, b) => a - b);
  let depth = 0;
  let deepest = 0;
  for (const event of events) {
    depth += event % 2 === 1 ? 1 : -1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}
