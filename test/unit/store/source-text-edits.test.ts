import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyTextEdits, remapCodings, type TextEdit } from '../../../shared/anchoring';
import type { ProjectStore } from '../../../electron/core/store';
import type { ChangeSet } from '../../../electron/core/store/history/change-set';
import { splitsSurrogatePair } from '../../../electron/core/store/text-remap';
import { Random, randomText } from '../anchoring/random';
import { makeStore, parsedText } from './helpers';

interface Row {
  id: string;
  start: number;
  end: number;
  excerpt: string;
}

describe('editing a source text through the store', () => {
  let store: ProjectStore;
  let lead: string;
  let dispose: () => void;
  beforeEach(() => ({ store, leadId: lead, dispose } = makeStore()));
  afterEach(() => dispose());

  const rows = (sourceId: string) =>
    store.db
      .prepare('SELECT * FROM codings WHERE source_id = ? ORDER BY id')
      .all(sourceId) as Row[];
  const state = (sourceId: string) => ({
    source: store.sources.get(sourceId),
    codings: store.db.prepare('SELECT * FROM codings ORDER BY id').all(),
  });

  it('moves turns and sync points, keeps a typed line break inside its turn, and bumps the revision', () => {
    const text = 'Alpha one.\nBeta two.\nGamma three.';
    const sourceId = store.sources.import(lead, {
      parsed: parsedText(text, { syncPoints: [{ offset: 11, timeMs: 5000 }] }),
      fileName: null,
    }).id;
    const outcome = store.sourceTexts.edit(lead, sourceId, [
      { from: 15, to: 15, insert: '\nand more' },
      { from: 0, to: 6, insert: '' },
    ]);
    expect(outcome.revision).toBe(1);
    const source = store.sources.get(sourceId);
    expect(source.text).toBe('one.\nBeta\nand more two.\nGamma three.');
    expect(source.turns.map((t) => source.text.slice(t.start, t.end))).toEqual([
      'one.',
      'Beta\nand more two.',
      'Gamma three.',
    ]);
    expect(source.syncPoints).toEqual([{ offset: 5, timeMs: 5000 }]);
    expect(source).toMatchObject({ revision: 1, charCount: source.text.length, turnCount: 3 });
    expect(store.search.search('more').map((hit) => hit.sourceId)).toEqual([sourceId]);
    expect(store.search.search('Alpha')).toEqual([]);
  });

  it('stores the turns the editor shows: a re-split turn keeps its label, an emptied turn its speaker', () => {
    const sourceId = store.sources.import(lead, {
      parsed: parsedText('Ask?\nYes.\nNext?'),
      fileName: null,
    }).id;
    const turnTexts = () => {
      const source = store.sources.get(sourceId);
      return source.turns.map((turn) => source.text.slice(turn.start, turn.end));
    };
    // Join the second paragraph to the first, split it again, type at its start.
    store.sourceTexts.edit(lead, sourceId, [{ from: 4, to: 5, insert: '' }]);
    expect(turnTexts()).toEqual(['Ask?', 'Yes.', 'Next?']);
    store.sourceTexts.edit(lead, sourceId, [{ from: 4, to: 4, insert: '\n' }]);
    store.sourceTexts.edit(lead, sourceId, [{ from: 5, to: 5, insert: 'Oh, ' }]);
    expect(turnTexts()).toEqual(['Ask?', 'Oh, Yes.', 'Next?']);
    // Delete all of the second turn's text, then type there.
    store.sourceTexts.edit(lead, sourceId, [{ from: 5, to: 13, insert: '' }]);
    expect(turnTexts()).toEqual(['Ask?', '', 'Next?']);
    store.sourceTexts.edit(lead, sourceId, [{ from: 5, to: 5, insert: 'No.' }]);
    expect(turnTexts()).toEqual(['Ask?', 'No.', 'Next?']);
    expect(store.sources.get(sourceId).turnCount).toBe(3);
  });

  it('refuses stale revisions, edits past the end and edits that split a character, changing nothing', () => {
    const sourceId = store.sources.import(lead, { parsed: parsedText('a😀b'), fileName: null }).id;
    const before = state(sourceId);
    const edit = (edits: TextEdit[], expectedRevision?: number) => () =>
      store.sourceTexts.edit(lead, sourceId, edits, { expectedRevision });
    expect(edit([{ from: 0, to: 0, insert: 'x' }], 3)).toThrow(/revision 0, not 3/);
    expect(edit([{ from: 0, to: 9, insert: '' }])).toThrow(/past the end/);
    expect(edit([{ from: 2, to: 2, insert: 'x' }])).toThrow(/inside a character/);
    expect(edit([{ from: 1, to: 1, insert: '\ud83d' }])).toThrow(/half a character/);
    expect(state(sourceId)).toEqual(before);
  });

  it('audits codings shrunk or removed by an edit with their before and after', () => {
    const text = 'We trust the court here.';
    const sourceId = store.sources.import(lead, { parsed: parsedText(text), fileName: null }).id;
    const codeId = store.codes.create(lead, { name: 'Court' }).id;
    const base = { sourceId, coderId: lead, codeId };
    const shrunk = store.codings.create(lead, { ...base, start: 3, end: 18 });
    const removed = store.codings.create(lead, { ...base, start: 13, end: 18 });
    store.sourceTexts.edit(lead, sourceId, [{ from: 12, to: 18, insert: '' }]);
    const entries = store.audit.list({ limit: 3 });
    expect(entries.find((e) => e.action === 'coding.shrink_by_text_edit')).toMatchObject({
      entityId: shrunk.id,
      detail: {
        before: { start: 3, end: 18, text: 'trust the court' },
        after: { start: 3, end: 12, text: 'trust the' },
      },
    });
    expect(entries.find((e) => e.action === 'coding.remove_by_text_edit')).toMatchObject({
      entityId: removed.id,
      detail: { before: { text: 'court' }, after: null },
    });
  });

  it.each([1, 2, 3, 4, 5])(
    'keeps every coding on exactly its text through random edits, and undo restores all (seed %i)',
    (seed) => {
      const random = new Random(seed);
      let text = randomText(random, 400);
      const sourceId = store.sources.import(lead, { parsed: parsedText(text), fileName: null }).id;
      const codeId = store.codes.create(lead, { name: 'Code' }).id;
      for (let i = 0; i < 40; i++) {
        const start = wholeOffset(text, random.int(0, text.length - 1));
        const end = wholeOffset(text, Math.min(text.length, start + random.int(1, 60)));
        if (end <= start) continue;
        store.codings.create(lead, { sourceId, coderId: lead, codeId, start, end });
      }
      const initial = state(sourceId);
      const history: ChangeSet[] = [];
      for (let step = 0; step < 30; step++) {
        const edits = randomEdits(random, text);
        const model = remapCodings(rows(sourceId), edits);
        const { changes } = store.recorder.record(() =>
          store.sourceTexts.edit(lead, sourceId, edits),
        );
        history.push(changes);
        text = applyTextEdits(text, edits);
        expect(store.sources.getText(sourceId)).toBe(text);
        const stored = rows(sourceId);
        expect(stored.map(({ id, start, end }) => ({ id, start, end }))).toEqual(
          model.codings
            .map(({ id, start, end }) => ({ id, start, end }))
            .sort((a, b) => a.id.localeCompare(b.id)),
        );
        for (const row of stored) expect(row.excerpt).toBe(text.slice(row.start, row.end));
        const { turns } = store.sources.get(sourceId);
        turns.forEach((turn, i) => {
          expect(turn.start).toBeLessThanOrEqual(turn.end);
          expect(turn.end).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(turn.start).toBeGreaterThanOrEqual(turns[i - 1]!.end);
        });
      }
      for (const changes of history.reverse()) store.history.apply(lead, changes, 'undo', 'edit');
      const restored = state(sourceId);
      expect(restored.codings).toEqual(initial.codings);
      expect(restored.source.text).toBe(initial.source.text);
      expect(restored.source.turns).toEqual(initial.source.turns);
      expect(restored.source.revision).toBe(60);
    },
  );
});

/** Moves an offset off the middle of a surrogate pair. */
function wholeOffset(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset + 1 : offset;
}

/** One to three edits, each valid against the text left by the previous ones. */
function randomEdits(random: Random, text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let current = text;
  for (let i = random.int(1, 3); i > 0; i--) {
    const from = wholeOffset(current, random.int(0, current.length));
    const to = wholeOffset(current, Math.min(current.length, from + random.int(0, 30)));
    const insert = random.chance(0.3) ? '' : randomText(random, random.int(1, 12));
    const edit = { from, to: Math.max(from, to), insert };
    edits.push(edit);
    current = applyTextEdits(current, [edit]);
  }
  return edits;
}
