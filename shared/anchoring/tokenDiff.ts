/**
 * Myers' O(ND) shortest edit script over token ids, with a work budget so that a pathological
 * input (two unrelated long texts) cannot stall the editor: past the budget the caller falls back
 * to one replacement of the whole differing region.
 */

/** A run of the token sequences: `count` equal tokens, or `removed`/`added` differing ones. */
export type TokenRun =
  { type: 'equal'; count: number } | { type: 'change'; removed: number; added: number };

const DEFAULT_WORK_BUDGET = 2_000_000;
/** Bounds the backtracking trace (about 2·D² integers) as well as the time. */
const MAX_DISTANCE = 1_500;

/** The runs turning `a` into `b`, in order; null when the work budget or distance cap ran out. */
export function diffTokenIds(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  workBudget = DEFAULT_WORK_BUDGET,
): TokenRun[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[k] for k in [-d, d] as it was after step d, for backtracking.
  const trace: Int32Array[] = [];
  let work = 0;

  for (let d = 0; d <= Math.min(max, MAX_DISTANCE); d++) {
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)) x = v[offset + k + 1]!;
      else x = v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
        work++;
      }
      v[offset + k] = x;
      work++;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
    if (work > workBudget) return null;
  }
  return null;
}

/** Walks the trace back from (n, m) and returns the runs in text order. */
function backtrack(trace: Int32Array[], n: number, m: number): TokenRun[] {
  const reversed: TokenRun[] = [];
  const pushEqual = (count: number) => {
    if (count > 0) reversed.push({ type: 'equal', count });
  };
  const pushStep = (added: boolean) => {
    const last = reversed[reversed.length - 1];
    const change =
      last?.type === 'change' ? last : { type: 'change' as const, removed: 0, added: 0 };
    if (change !== last) reversed.push(change);
    if (added) change.added++;
    else change.removed++;
  };
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number) => prev[k + (d - 1)]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    // The snake after the step: equal tokens from (prevX or prevX + 1) up to x.
    const snakeStartX = down ? prevX : prevX + 1;
    pushEqual(x - snakeStartX);
    pushStep(down);
    x = prevX;
    y = prevY;
  }
  pushEqual(x);
  return reversed.reverse();
}
