import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectStore } from '../../../electron/core/store';
import type { ChangeSet } from '../../../electron/core/store/history/change-set';
import { makeStore, parsedText } from './helpers';

/** Every row of the codebook and the codings, to compare states exactly. */
function snapshot(store: ProjectStore) {
  return {
    codes: store.db.prepare('SELECT * FROM codes ORDER BY id').all(),
    codings: store.db.prepare('SELECT * FROM codings ORDER BY id').all(),
    counts: store.db.prepare('SELECT * FROM coding_counts ORDER BY coder_id').all(),
  };
}

describe('codebook editing in the store', () => {
  let store: ProjectStore;
  let lead: string;
  let dispose: () => void;
  let sourceId: string;
  const text = 'Trust matters. The court was slow. Schools helped a lot.';
  const at = (phrase: string) => ({
    start: text.indexOf(phrase),
    end: text.indexOf(phrase) + phrase.length,
  });
  const record = <T>(work: () => T): { result: T; changes: ChangeSet } =>
    store.recorder.record(work);

  beforeEach(() => {
    ({ store, leadId: lead, dispose } = makeStore());
    sourceId = store.sources.import(lead, { parsed: parsedText(text), fileName: null }).id;
  });
  afterEach(() => dispose());

  const code = (name: string, parentId: string | null = null) =>
    store.codes.create(lead, { name, parentId });
  const coding = (codeId: string, phrase: string, coderId = lead) =>
    store.codings.create(lead, { sourceId, coderId, codeId, ...at(phrase) });

  it('creates with a palette colour, refuses sibling name clashes, renames and describes', () => {
    const a = code('Factors');
    const trust = code('Trust', a.id);
    expect(trust.color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(trust.color).not.toBe(a.color);
    expect(() => code('TRUST', a.id)).toThrow(/already exists under "Factors"/);
    expect(code('Trust').parentId).toBeNull();
    const renamed = store.codes.update(lead, trust.id, { name: 'Mutual trust', definition: 'D' });
    expect(renamed).toMatchObject({ name: 'Mutual trust', definition: 'D' });
    expect(store.audit.list({ limit: 1 })[0]).toMatchObject({
      action: 'code.update',
      detail: {
        name: { before: 'Trust', after: 'Mutual trust' },
        definition: { before: '', after: 'D' },
      },
    });
  });

  it('moves and reorders codes, refusing a move into its own subtree', () => {
    const a = code('A');
    const b = code('B', a.id);
    const c = code('C', b.id);
    const d = code('D');
    expect(() => store.codes.move(lead, a.id, c.id, 0)).toThrow(/inside itself/);
    store.codes.move(lead, d.id, a.id, 0);
    const children = store.codes
      .list()
      .filter((x) => x.parentId === a.id)
      .sort((x, y) => x.position - y.position);
    expect(children.map((x) => x.name)).toEqual(['D', 'B']);
    store.codes.move(lead, c.id, null, 0);
    expect(store.codes.get(c.id)).toMatchObject({ parentId: null, position: 0 });
  });

  it('previews and deletes a whole subtree with its codings; undo restores every row exactly', () => {
    const a = code('A');
    const b = code('B', a.id);
    const c = code('C', b.id);
    coding(a.id, 'Trust matters');
    coding(c.id, 'The court');
    coding(c.id, 'Schools');
    const other = code('Other');
    coding(other.id, 'Schools');
    expect(store.codes.previewDelete(a.id)).toEqual({
      codeId: a.id,
      name: 'A',
      codes: 3,
      codings: 3,
    });
    const before = snapshot(store);
    const { result, changes } = record(() => store.codes.delete(lead, a.id));
    expect(result).toMatchObject({ codes: 3, codings: 3 });
    expect(store.codes.list().map((x) => x.name)).toEqual(['Other']);
    expect(store.codings.list()).toHaveLength(1);
    const after = snapshot(store);
    store.history.apply(lead, changes, 'undo', 'delete');
    expect(snapshot(store)).toEqual(before);
    store.history.apply(lead, changes, 'redo', 'delete');
    expect(snapshot(store)).toEqual(after);
    expect(b.id).toBeDefined();
  });

  it('merges codes: codings move, identical spans of one coder collapse, children re-parent', () => {
    const kim = store.users.create(lead, { name: 'Kim', role: 'coder' });
    const from = code('Confidence');
    const into = code('Trust');
    const fromChild = code('Benefits', from.id);
    code('Benefits', into.id);
    const kept = coding(into.id, 'Trust matters');
    store.codings.setMemo(lead, kept.id, 'first');
    const dup = coding(from.id, 'Trust matters');
    store.codings.setMemo(lead, dup.id, 'second');
    coding(from.id, 'Trust matters', kim.id);
    coding(from.id, 'The court');
    const before = snapshot(store);
    const { result, changes } = record(() => store.codeRestructuring.merge(lead, from.id, into.id));
    expect(result).toMatchObject({ movedCodings: 2, collapsedCodings: 1, reparentedCodes: 1 });
    expect(store.codings.list({ codeId: into.id })).toHaveLength(3);
    expect(store.codings.get(kept.id).memo).toBe('first\n\nsecond');
    expect(store.codes.get(fromChild.id)).toMatchObject({
      parentId: into.id,
      name: 'Benefits (2)',
    });
    expect(() => store.codes.get(from.id)).toThrow(/No code/);
    expect(() => store.codeRestructuring.merge(lead, into.id, fromChild.id)).toThrow(
      /own subcodes/,
    );
    store.history.apply(lead, changes, 'undo', 'merge');
    expect(snapshot(store)).toEqual(before);
  });

  it('splits chosen codings off into a new sibling code', () => {
    const parent = code('Processes');
    const court = code('Court', parent.id);
    const one = coding(court.id, 'The court');
    const two = coding(court.id, 'Schools');
    const { code: split, movedCodings } = store.codeRestructuring.split(lead, court.id, [two.id], {
      name: 'Schools',
    });
    expect(movedCodings).toBe(1);
    expect(split.parentId).toBe(parent.id);
    expect(store.codings.get(two.id).codeId).toBe(split.id);
    expect(store.codings.get(one.id).codeId).toBe(court.id);
    expect(() =>
      store.codeRestructuring.split(lead, court.id, [two.id], { name: 'Again' }),
    ).toThrow(/not a coding of "Court"/);
  });

  it('copies a subtree with its descriptions but no codings', () => {
    const a = code('A');
    store.codes.update(lead, a.id, { definition: 'Def' });
    const b = code('B', a.id);
    code('C', b.id);
    coding(b.id, 'Schools');
    const copies = store.codeRestructuring.copy(lead, a.id, null);
    expect(copies.map((x) => x.name)).toEqual(['A (2)', 'B', 'C']);
    expect(copies[0]!.definition).toBe('Def');
    expect(copies[1]!.parentId).toBe(copies[0]!.id);
    expect(store.codings.list({ codeId: copies[1]!.id })).toEqual([]);
    expect(store.codes.list()).toHaveLength(6);
  });

  it('counts codings, sources and participants per code and aggregated without double counting', () => {
    const p1 = store.participants.create(lead, { pseudonym: 'Ana' });
    const second = store.sources.import(lead, {
      parsed: parsedText(text),
      fileName: null,
      participantId: p1.id,
    }).id;
    store.sources.update(lead, sourceId, { participantId: p1.id });
    const parent = code('Parent');
    const x = code('X', parent.id);
    const y = code('Y', parent.id);
    coding(x.id, 'Trust matters');
    coding(y.id, 'The court');
    store.codings.create(lead, { sourceId: second, coderId: lead, codeId: y.id, ...at('Schools') });
    const codes = store.codes.list();
    const own = store.codeStats.list(codes);
    const total = store.codeStats.list(codes, { aggregate: true });
    const of = (stats: typeof own, id: string) => stats.find((s) => s.codeId === id);
    expect(of(own, parent.id)).toEqual({
      codeId: parent.id,
      codings: 0,
      sources: 0,
      participants: 0,
    });
    expect(of(own, y.id)).toEqual({ codeId: y.id, codings: 2, sources: 2, participants: 1 });
    expect(of(total, parent.id)).toEqual({
      codeId: parent.id,
      codings: 3,
      sources: 2,
      participants: 1,
    });
  });
});
