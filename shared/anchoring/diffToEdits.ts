import type { TextEdit } from './textEdit';
import { diffTokenIds } from './tokenDiff';

/** Lines with their line break: the coarse pass, cheap even on a whole transcript. */
const LINE = /[^\n]*\n|[^\n]+/g;
/**
 * Words, runs of horizontal whitespace, line breaks and single other code points: the fine pass.
 * Diffing tokens rather than code units keeps unrelated letters from being matched across a
 * rewritten passage, which would leave codings clinging to stray characters.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\S\n]+|\n|[\s\S]/gu;

/**
 * Edits turning `before` into `after`, for when the editor cannot report its own change
 * precisely (paste, undo, paragraph split or merge). Applying the edits in order to `before`
 * yields exactly `after`. Edits are returned from the end of the text to its start, so every
 * edit's offsets hold both in `before` and in the text left by the previous edits. Separate
 * changes (say, an undo touching two paragraphs) become separate edits, so codings between them
 * are left alone; no edit starts or ends inside a surrogate pair.
 *
 * The texts are compared line by line first, then word by word inside changed lines. Unchanged
 * tokens are never folded into a neighbouring replacement (as diff-match-patch's semantic
 * cleanup would): reporting unchanged text as deleted and retyped would let a coding on it grow
 * over the whole replacement. A rewritten sentence therefore becomes one edit per changed word,
 * and a coding on a retyped word stays on its replacement.
 */
export function diffToEdits(before: string, after: string): TextEdit[] {
  const edits: TextEdit[] = [];
  forEachChange(before, after, 0, LINE, (oldLines, newLines, linesAt) =>
    forEachChange(oldLines, newLines, linesAt, TOKEN, (removed, added, at) => {
      const edit = trimmedEdit(removed, added, at);
      if (edit !== null) edits.push(edit);
    }),
  );
  return edits.reverse();
}

type ChangeHandler = (removed: string, added: string, at: number) => void;

/**
 * Calls `onChange` for each differing stretch between `oldText` (found at offset `at`) and
 * `newText`, in text order, after splitting both into `pattern` tokens. When the token diff is
 * too costly the whole differing middle is reported as one change.
 */
function forEachChange(
  oldText: string,
  newText: string,
  at: number,
  pattern: RegExp,
  onChange: ChangeHandler,
): void {
  if (oldText === newText) return;
  const prefix = commonPrefixLength(oldText, newText);
  const suffix = commonSuffixLength(oldText, newText, prefix);
  const oldMiddle = oldText.slice(prefix, oldText.length - suffix);
  const newMiddle = newText.slice(prefix, newText.length - suffix);
  const start = at + prefix;
  if (oldMiddle === '' || newMiddle === '') return onChange(oldMiddle, newMiddle, start);

  const oldTokens = oldMiddle.match(pattern) ?? [];
  const newTokens = newMiddle.match(pattern) ?? [];
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  const runs = diffTokenIds(Int32Array.from(oldTokens, idOf), Int32Array.from(newTokens, idOf));
  if (runs === null) return onChange(oldMiddle, newMiddle, start);

  let oldIndex = 0;
  let newIndex = 0;
  let oldPos = 0;
  let newPos = 0;
  for (const run of runs) {
    const removedCount = run.type === 'equal' ? run.count : run.removed;
    const addedCount = run.type === 'equal' ? run.count : run.added;
    const removedLength = totalLength(oldTokens, oldIndex, removedCount);
    const addedLength = totalLength(newTokens, newIndex, addedCount);
    if (run.type === 'change') {
      onChange(
        oldMiddle.slice(oldPos, oldPos + removedLength),
        newMiddle.slice(newPos, newPos + addedLength),
        start + oldPos,
      );
    }
    oldIndex += removedCount;
    newIndex += addedCount;
    oldPos += removedLength;
    newPos += addedLength;
  }
}

function totalLength(tokens: readonly string[], from: number, count: number): number {
  let length = 0;
  for (let i = from; i < from + count; i++) length += tokens[i]!.length;
  return length;
}

/** The smallest edit replacing `removed` (found at `at`) with `added`, or null if they match. */
function trimmedEdit(removed: string, added: string, at: number): TextEdit | null {
  if (removed === added) return null;
  const prefix = commonPrefixLength(removed, added);
  const suffix = commonSuffixLength(removed, added, prefix);
  return {
    from: at + prefix,
    to: at + removed.length - suffix,
    insert: added.slice(prefix, added.length - suffix),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Length of the common prefix, shortened so that it never ends inside a surrogate pair. */
export function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  if (n > 0 && isHighSurrogate(a.charCodeAt(n - 1))) n--;
  return n;
}

/**
 * Length of the common suffix that does not overlap a prefix of `prefix` code units, shortened
 * so that it never starts inside a surrogate pair.
 */
export function commonSuffixLength(a: string, b: string, prefix = 0): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let n = 0;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  if (n > 0 && isLowSurrogate(a.charCodeAt(a.length - n))) n--;
  return n;
}
