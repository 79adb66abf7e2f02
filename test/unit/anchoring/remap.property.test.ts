/**
 * Property test of coding anchoring against an identity model: every code unit of the text gets
 * a unique identity, and each coding is modelled as the set of identities it covers. After every
 * edit a coding must cover exactly the surviving identities it covered, plus the inserted ones
 * if and only if the edit touched its interior. Replay a failure with CONCORD_SEED=<seed>.
 */
import { describe, expect, it } from 'vitest';
import {
  applyTextEdit,
  remapCodings,
  remapRangeDetailed,
  type OffsetRange,
  type TextEdit,
} from '../../../shared/anchoring';
import { codePointBoundaries, Random, randomText } from './random';

const CASES = 3_000;
const BASE_SEED = Number(process.env.CONCORD_SEED ?? 20_261_123);

interface Unit {
  id: number;
  char: string;
}

interface ModelCoding {
  range: OffsetRange | null;
  covered: Set<number>;
  lostChars: number;
  replaced: boolean;
}

class Model {
  private nextId = 0;
  units: Unit[];

  constructor(text: string) {
    this.units = this.fresh(text);
  }

  text(): string {
    return this.units.map((unit) => unit.char).join('');
  }

  ids(range: OffsetRange): number[] {
    return this.units.slice(range.start, range.end).map((unit) => unit.id);
  }

  /** Applies the edit and returns the identities it deleted and inserted. */
  apply(edit: TextEdit): { deleted: Unit[]; inserted: Unit[] } {
    const inserted = this.fresh(edit.insert);
    const deleted = this.units.splice(edit.from, edit.to - edit.from, ...inserted);
    return { deleted, inserted };
  }

  private fresh(text: string): Unit[] {
    return text.split('').map((char) => ({ id: this.nextId++, char }));
  }
}

function randomCodings(random: Random, text: string): OffsetRange[] {
  const boundaries = codePointBoundaries(text);
  if (boundaries.length < 2) return [];
  const codings: OffsetRange[] = [];
  const count = random.int(0, 12);
  for (let i = 0; i < count; i++) {
    const a = random.int(0, boundaries.length - 2);
    const b = random.int(a + 1, Math.min(boundaries.length - 1, a + random.pick([1, 3, 8, 40])));
    codings.push({ start: boundaries[a]!, end: boundaries[b]! });
  }
  return codings;
}

/** An edit on code-point boundaries, biased towards coding boundaries and paragraph breaks. */
function randomEdit(random: Random, text: string, codings: readonly ModelCoding[]): TextEdit {
  const boundaries = codePointBoundaries(text);
  const indexOf = (offset: number) => boundaries.indexOf(offset);
  const hotspots = codings
    .flatMap((coding) => (coding.range ? [coding.range.start, coding.range.end] : []))
    .map(indexOf);
  const anchor = (): number => {
    if (hotspots.length > 0 && random.chance(0.6)) {
      const near = random.pick(hotspots) + random.pick([-1, 0, 0, 0, 1]);
      return Math.max(0, Math.min(boundaries.length - 1, near));
    }
    return random.int(0, boundaries.length - 1);
  };

  const newline = text.indexOf('\n', random.int(0, text.length));
  const kind = random.pick(['insert', 'insert', 'delete', 'replace', 'replace', 'split', 'merge']);
  if (kind === 'merge' && newline >= 0) return { from: newline, to: newline + 1, insert: '' };
  if (kind === 'split') return splitAt(boundaries[anchor()]!);

  const fromIndex = anchor();
  const toIndex =
    kind === 'insert'
      ? fromIndex
      : Math.min(
          boundaries.length - 1,
          random.chance(0.5) ? anchor() : fromIndex + random.pick([1, 2, 5, 20]),
        );
  const [a, b] = fromIndex <= toIndex ? [fromIndex, toIndex] : [toIndex, fromIndex];
  const insert = kind === 'delete' ? '' : randomText(random, random.int(1, 6));
  return { from: boundaries[a]!, to: boundaries[b]!, insert };
}

function splitAt(offset: number): TextEdit {
  return { from: offset, to: offset, insert: '\n' };
}

/** Checks one edit against the model for every live coding; throws a descriptive error. */
function checkEdit(model: Model, codings: ModelCoding[], edit: TextEdit): void {
  const beforeIds = model.units.map((unit) => unit.id);
  const { deleted, inserted } = model.apply(edit);
  const deletedIds = new Set(deleted.map((unit) => unit.id));

  codings.forEach((coding, index) => {
    if (coding.range === null) return;
    const covers = (id: number | undefined) => id !== undefined && coding.covered.has(id);
    // Interior by identity: a pure insertion between two covered characters, or a replacement
    // that deletes a covered character. No offset arithmetic, so it checks the implementation.
    const touchesInterior =
      edit.from === edit.to
        ? covers(beforeIds[edit.from - 1]) && covers(beforeIds[edit.from])
        : deleted.some((unit) => covers(unit.id));
    const lost = [...coding.covered].filter((id) => deletedIds.has(id)).length;
    const expected = new Set([...coding.covered].filter((id) => !deletedIds.has(id)));
    const survivors = expected.size;
    if (touchesInterior) for (const unit of inserted) expected.add(unit.id);

    const step = remapRangeDetailed(coding.range, edit);
    const label = `coding #${index} [${coding.range.start}, ${coding.range.end})`;
    if (expected.size === 0) {
      if (step.range !== null) throw new Error(`${label} should be removed, got ${json(step)}`);
      if (step.kind !== 'removed') throw new Error(`${label}: kind ${step.kind}, want removed`);
    } else {
      if (step.range === null) throw new Error(`${label} was removed but keeps characters`);
      const actual = model.ids(step.range);
      const same = actual.length === expected.size && actual.every((id) => expected.has(id));
      if (!same) {
        const text = model.text();
        throw new Error(
          `${label} -> ${json(step.range)} covers ${json(text.slice(step.range.start, step.range.end))}` +
            ` but should cover identities ${json([...expected])}, got ${json(actual)}`,
        );
      }
      const wantKind = expectedKind(edit, lost, survivors, touchesInterior, inserted.length);
      if (wantKind !== null && step.kind !== wantKind)
        throw new Error(`${label}: kind ${step.kind}, want ${wantKind}`);
    }
    if (step.deletedChars !== lost)
      throw new Error(`${label}: deletedChars ${step.deletedChars}, want ${lost}`);
    coding.range = step.range;
    coding.covered = expected;
    coding.lostChars += lost;
    if (step.kind === 'replaced') coding.replaced = true;
  });
}

function expectedKind(
  edit: TextEdit,
  lost: number,
  survivors: number,
  touchesInterior: boolean,
  insertedCount: number,
): string | null {
  if (lost > 0) {
    if (survivors === 0) return 'replaced';
    return insertedCount > 0 ? 'edited' : 'shrunk';
  }
  if (touchesInterior && edit.from === edit.to) return insertedCount > 0 ? 'expanded' : null;
  return null; // shifted, unchanged, or a no-op edit: offsets were already checked.
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

function runCase(seed: number): void {
  const random = new Random(seed);
  const original = randomText(random, random.int(0, 40));
  const model = new Model(original);
  const initial = randomCodings(random, original);
  const codings: ModelCoding[] = initial.map((range) => ({
    range,
    covered: new Set(model.ids(range)),
    lostChars: 0,
    replaced: false,
  }));
  const edits: TextEdit[] = [];
  let text = original;
  const editCount = random.int(1, 8);
  for (let i = 0; i < editCount; i++) {
    const edit = randomEdit(random, text, codings);
    edits.push(edit);
    try {
      checkEdit(model, codings, edit);
    } catch (error) {
      throw new Error(
        `seed ${seed}, edit ${i} ${json(edit)} on ${json(text)} (original ${json(original)}, ` +
          `codings ${json(initial)}, edits so far ${json(edits)}): ${(error as Error).message}`,
        { cause: error },
      );
    }
    text = applyTextEdit(text, edit);
    if (text !== model.text()) throw new Error(`seed ${seed}: applyTextEdit disagrees with model`);
  }

  // The batch API must agree with the edit-by-edit model and report losses for the audit log.
  const batch = remapCodings(
    initial.map((range, index) => ({ ...range, index })),
    edits,
  );
  const context = `seed ${seed}, codings ${json(initial)}, edits ${json(edits)}`;
  const survivors = codings.flatMap((coding, index) => (coding.range ? [{ coding, index }] : []));
  expect(
    batch.codings.map((c) => [c.index, c.start, c.end]),
    context,
  ).toEqual(survivors.map(({ coding, index }) => [index, coding.range!.start, coding.range!.end]));
  expect(
    batch.removed.map((c) => c.index),
    context,
  ).toEqual(codings.flatMap((coding, index) => (coding.range ? [] : [index])));
  expect(
    batch.shrunk.map((s) => [s.before.index, s.deletedChars, s.replaced]),
    context,
  ).toEqual(
    survivors
      .filter(({ coding }) => coding.lostChars > 0)
      .map(({ coding, index }) => [index, coding.lostChars, coding.replaced]),
  );
  expect(
    batch.updated.map((c) => c.index),
    context,
  ).toEqual(
    survivors
      .filter(({ coding, index }) => {
        const was = initial[index]!;
        return coding.range!.start !== was.start || coding.range!.end !== was.end;
      })
      .map(({ index }) => index),
  );
}

describe('coding anchoring (property)', () => {
  it(`keeps every coding on exactly its characters through ${CASES} random edit sequences`, () => {
    for (let i = 0; i < CASES; i++) runCase(BASE_SEED + i);
  });
});
