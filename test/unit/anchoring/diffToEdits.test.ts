import { describe, expect, it } from 'vitest';
import {
  applyTextEdits,
  diffToEdits,
  remapCodings,
  type TextEdit,
} from '../../../shared/anchoring';
import { codePointBoundaries, Random, randomText } from './random';

const BASE_SEED = Number(process.env.CONCORD_SEED ?? 7_001);

function isSurrogateSplit(text: string, offset: number): boolean {
  const low = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && low >= 0xdc00 && low <= 0xdfff;
}

/** Exact, back-to-front, separated, and never inside a surrogate pair. */
function expectWellFormed(before: string, after: string, edits: TextEdit[]): void {
  expect(applyTextEdits(before, edits)).toBe(after);
  edits.forEach((edit, i) => {
    expect(isSurrogateSplit(before, edit.from) || isSurrogateSplit(before, edit.to)).toBe(false);
    expect(edit.from !== edit.to || edit.insert !== '').toBe(true);
    const next = edits[i + 1];
    if (next) expect(next.to).toBeLessThan(edit.from);
  });
}

describe('diffToEdits', () => {
  it('returns no edit for equal texts', () => {
    expect(diffToEdits('same', 'same')).toEqual([]);
  });

  it('finds a single insertion, deletion or replacement exactly', () => {
    expect(diffToEdits('Hello world', 'Hello brave world')).toEqual([
      { from: 6, to: 6, insert: 'brave ' },
    ]);
    expect(diffToEdits('Hello brave world', 'Hello world')).toEqual([
      { from: 6, to: 12, insert: '' },
    ]);
    expect(diffToEdits('I was teh one', 'I was the one')).toEqual([
      { from: 7, to: 9, insert: 'he' },
    ]);
  });

  it('describes a paragraph split and merge as a line break inserted or deleted', () => {
    expect(diffToEdits('First. Second.', 'First.\n Second.')).toEqual([
      { from: 6, to: 6, insert: '\n' },
    ]);
    expect(diffToEdits('First.\nSecond.', 'First.Second.')).toEqual([
      { from: 6, to: 7, insert: '' },
    ]);
  });

  it('never splits a surrogate pair', () => {
    expect(diffToEdits('a😀b', 'a😁b')).toEqual([{ from: 1, to: 3, insert: '😁' }]);
  });

  it('keeps separate changes separate so that codings between them are untouched', () => {
    const before = 'We changed the rota.\nIt helped with childcare.\nThen we stopped.';
    const after = 'We changed our rota.\nIt helped with childcare.\nThen we paused.';
    const edits = diffToEdits(before, after);
    expectWellFormed(before, after, edits);
    expect(edits).toHaveLength(2);
    const coded = { start: before.indexOf('It helped'), end: before.indexOf('childcare.') + 10 };
    const { codings, shrunk } = remapCodings([coded], edits);
    expect(shrunk).toEqual([]);
    expect(after.slice(codings[0]!.start, codings[0]!.end)).toBe('It helped with childcare.');
  });

  it('keeps unchanged words out of a rewrite so codings follow the words that replaced them', () => {
    const before = 'Keep: the cat sat. End';
    const after = 'Keep: a dog ran. End';
    const edits = diffToEdits(before, after);
    expectWellFormed(before, after, edits);
    const span = (text: string) => ({
      start: before.indexOf(text),
      end: before.indexOf(text) + text.length,
    });
    const { codings } = remapCodings(
      [span('Keep:'), span('cat'), span('the cat sat'), span('End')],
      edits,
    );
    expect(codings.map((c) => after.slice(c.start, c.end))).toEqual([
      'Keep:',
      'dog',
      'a dog ran',
      'End',
    ]);
  });

  it('is exact and minimal for random single edits', () => {
    for (let i = 0; i < 1_500; i++) {
      const random = new Random(BASE_SEED + i);
      const before = randomText(random, random.int(0, 30));
      const boundaries = codePointBoundaries(before);
      const a = random.int(0, boundaries.length - 1);
      const b = random.int(a, Math.min(boundaries.length - 1, a + 5));
      const edit = {
        from: boundaries[a]!,
        to: boundaries[b]!,
        insert: randomText(random, random.int(0, 4)),
      };
      const after = applyTextEdits(before, [edit]);
      const edits = diffToEdits(before, after);
      const context = `seed ${BASE_SEED + i}: ${JSON.stringify({ before, edit })}`;
      expect(() => expectWellFormed(before, after, edits), context).not.toThrow();
      const changed = edits.reduce((sum, e) => sum + (e.to - e.from) + e.insert.length, 0);
      expect(changed, context).toBeLessThanOrEqual(edit.to - edit.from + edit.insert.length);
    }
  });

  it('is exact for random multi-edit changes', () => {
    for (let i = 0; i < 1_500; i++) {
      const seed = BASE_SEED + 100_000 + i;
      const random = new Random(seed);
      const before = randomText(random, random.int(0, 60));
      let after = before;
      const count = random.int(1, 5);
      for (let j = 0; j < count; j++) {
        const boundaries = codePointBoundaries(after);
        const a = random.int(0, boundaries.length - 1);
        const b = random.int(a, Math.min(boundaries.length - 1, a + 4));
        const insert = randomText(random, random.int(0, 3));
        after = applyTextEdits(after, [{ from: boundaries[a]!, to: boundaries[b]!, insert }]);
      }
      const edits = diffToEdits(before, after);
      expect(() => expectWellFormed(before, after, edits), `seed ${seed}`).not.toThrow();
    }
  });

  it('finds two small changes far apart in a transcript-sized text quickly', () => {
    const words = ['we', 'talked', 'about', 'the', 'childcare', 'rota', 'at', 'work'];
    const lines: string[] = [];
    for (let i = 0; i < 2_000; i++) {
      lines.push(Array.from({ length: 50 }, (_, j) => words[(i + j * 3) % words.length]).join(' '));
    }
    const before = lines.join('\n');
    const after =
      before.slice(0, 1_000) + 'NEW ' + before.slice(1_000, -2_000) + ' OLD' + before.slice(-2_000);
    const edits = diffToEdits(before, after);
    expect(edits).toHaveLength(2);
    expectWellFormed(before, after, edits);
  });

  it('stays exact on long, unrelated texts by falling back to one replacement', () => {
    const random = new Random(99);
    const before = randomText(random, 60_000);
    const after = randomText(random, 60_000);
    const edits = diffToEdits(before, after);
    expectWellFormed(before, after, edits);
  });
});
