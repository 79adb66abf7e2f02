import { remapCodings, type TextEdit } from '../../../../shared/anchoring';
import { assertValidEdit } from '../../../../shared/anchoring/textEdit';
import type { Coding } from '../../../../shared/domain/types';

/** The index after text edits moved its codings (see CodingIndex.remapped). */
export interface RemappedIndex {
  index: CodingIndex;
  /** Codings whose coded text the edits deleted entirely, as they were before. */
  removed: Coding[];
  /** Whether any coding moved or was removed (when not, `index` is the same instance). */
  changed: boolean;
}

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

  /** Codings per coder, computed on first use and carried over while the row set is unchanged. */
  private coderCounts: ReadonlyMap<string, number> | null = null;

  /** `positionById` may be shared with another index whose rows sit at the same positions. */
  private constructor(sorted: readonly Coding[], positionById?: Map<string, number>) {
    this.rows = sorted;
    this.maxEnd = new Int32Array(sorted.length);
    this.positionById = positionById ?? new Map(sorted.map((row, i) => [row.id, i]));
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

  /** How many codings each coder has in this source (the same map while only offsets change). */
  countsByCoder(): ReadonlyMap<string, number> {
    if (!this.coderCounts) {
      const counts = new Map<string, number>();
      for (const row of this.rows) counts.set(row.coderId, (counts.get(row.coderId) ?? 0) + 1);
      this.coderCounts = counts;
    }
    return this.coderCounts;
  }

  /**
   * The index after `edits` (each relative to the text left by the previous one), with every
   * coding moved exactly as the core's remapCodings moves it. Only codings reaching past an
   * edit's start are remapped (those ending at or before it cannot move); the others keep their
   * row objects. Remapping preserves text order except among codings an edit collapses onto the
   * same start, so one insertion-sort pass (linear on nearly sorted rows) restores the order.
   */
  remapped(edits: readonly TextEdit[]): RemappedIndex {
    let rows = this.rows;
    const removed: Coding[] = [];
    let moved = false;
    let reordered = false;
    for (const edit of edits) {
      assertValidEdit(edit);
      const affected = this.positionsEndingAfter(rows, edit.from);
      if (affected.length === 0) continue;
      const delta = edit.insert.length - (edit.to - edit.from);
      // Codings starting at or after the edit's end only shift (remapRange's 'shifted' case):
      // moved here without the general remap. The rest meet the edit: the core's remapCodings.
      const met = affected.filter((position) => (rows[position] as Coding).start < edit.to);
      const result = remapCodings(
        met.map((position) => rows[position] as Coding),
        [edit],
      );
      if (delta === 0 && result.updated.length === 0 && result.removed.length === 0) continue;
      moved = true;
      removed.push(...result.removed);
      const next = [...rows];
      const gone = new Set(result.removed.map((row) => row.id));
      // remapCodings keeps input order for survivors: pair them back with their positions.
      let survivor = 0;
      for (const position of met) {
        if (!gone.has((rows[position] as Coding).id)) {
          next[position] = result.codings[survivor++] as Coding;
        }
      }
      if (delta !== 0) {
        for (const position of affected) {
          const row = rows[position] as Coding;
          if (row.start >= edit.to) {
            next[position] = { ...row, start: row.start + delta, end: row.end + delta };
          }
        }
      }
      rows = gone.size > 0 ? next.filter((row) => !gone.has(row.id)) : next;
      const resorted = restoreOrder(rows as Coding[]);
      if (resorted || gone.size > 0) reordered = true;
    }
    if (!moved) return { index: this, removed, changed: false };
    // Same ids at the same positions: the id map (and the per-coder counts) still hold.
    const index = new CodingIndex(rows, reordered ? undefined : this.positionById);
    if (removed.length === 0) index.coderCounts = this.coderCounts;
    return { index, removed, changed: true };
  }

  /** Positions (ascending) of the rows whose end lies after `offset`, found through maxEnd. */
  private positionsEndingAfter(rows: readonly Coding[], offset: number): number[] {
    const out: number[] = [];
    // The tree is over this.rows; after an earlier edit of the batch rows may differ: scan then.
    if (rows !== this.rows) {
      rows.forEach((row, position) => {
        if (row.end > offset) out.push(position);
      });
      return out;
    }
    const walk = (low: number, high: number): void => {
      if (low >= high) return;
      const mid = (low + high) >>> 1;
      if ((this.maxEnd[mid] ?? 0) <= offset) return;
      walk(low, mid);
      if ((rows[mid] as Coding).end > offset) out.push(mid);
      walk(mid + 1, high);
    };
    walk(0, rows.length);
    return out;
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

/** Sorts nearly sorted rows in place by (start, end, id); true when anything moved. */
function restoreOrder(rows: Coding[]): boolean {
  let moved = false;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] as Coding;
    let j = i - 1;
    if (compareCodings(rows[j] as Coding, row) <= 0) continue;
    moved = true;
    while (j >= 0 && compareCodings(rows[j] as Coding, row) > 0) {
      rows[j + 1] = rows[j] as Coding;
      j--;
    }
    rows[j + 1] = row;
  }
  return moved;
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
