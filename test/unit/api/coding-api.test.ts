import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConcordApi } from '../../../shared/api/contract';
import { addSource, projectPath, span } from './coding-helpers';
import { errorCode, makeService, type ServiceFixture } from './helpers';

const TEXT =
  'We worked with law enforcement 😀 every week.\nThe court was slow, and trust was low.';

describe('coding through the api', () => {
  let fixture: ServiceFixture;
  let api: ConcordApi;
  let sourceId: string;
  let trust: string;

  beforeEach(async () => {
    fixture = makeService();
    api = fixture.service.api;
    await api.createProject({ path: projectPath(fixture.dir) });
    sourceId = await addSource(api, TEXT);
    trust = (await api.createCode({ name: 'Trust', color: '#112233' })).id;
  });
  afterEach(() => fixture.dispose());

  it('applies a code as the current user, with coder and time, and never twice on one span', async () => {
    const me = (await api.getCurrentUser())!;
    const first = await api.applyCode({ sourceId, codeId: trust, ...span(TEXT, 'trust was low') });
    expect(first).toMatchObject({ coderId: me.id, codeId: trust, memo: '' });
    expect(Date.parse(first.createdAt)).not.toBeNaN();
    const again = await api.applyCode({ sourceId, codeId: trust, ...span(TEXT, 'trust was low') });
    expect(again.id).toBe(first.id);
    expect(await api.listCodings({ sourceId })).toHaveLength(1);
  });

  it('refuses offsets outside the text or inside a surrogate pair, changing nothing', async () => {
    const emoji = TEXT.indexOf('😀');
    const apply = (start: number, end: number) =>
      api.applyCode({ sourceId, codeId: trust, start, end });
    expect(await errorCode(apply(3, 3))).toBe('bad_input');
    expect(await errorCode(apply(0, TEXT.length + 1))).toBe('bad_input');
    expect(await errorCode(apply(emoji + 1, emoji + 5))).toBe('bad_input');
    expect(await errorCode(apply(0, emoji + 1))).toBe('bad_input');
    expect(await errorCode(apply(0, emoji + 2))).toBe('resolved');
    expect(await errorCode(api.applyCode({ sourceId, codeId: 'nope', start: 0, end: 2 }))).toBe(
      'not_found',
    );
    expect(await api.listCodings()).toHaveLength(1);
  });

  it('removes, adjusts and annotates codings, each audited and undoable', async () => {
    const coding = await api.applyCode({ sourceId, codeId: trust, ...span(TEXT, 'trust') });
    const wider = await api.adjustCoding({ id: coding.id, ...span(TEXT, 'trust was low') });
    expect(wider).toMatchObject({ start: TEXT.indexOf('trust'), end: TEXT.indexOf('trust') + 13 });
    const segments = await api.listCodedSegments({ codeId: trust });
    expect(segments[0]!.text).toBe('trust was low');
    await api.setCodingMemo({ id: coding.id, memo: 'Said with a sigh.' });
    await api.removeCoding({ id: coding.id });
    expect(await api.listCodings()).toEqual([]);
    const actions = (await api.listAuditLog()).map((entry) => entry.action);
    expect(actions.slice(0, 4)).toEqual([
      'coding.delete',
      'coding.memo',
      'coding.adjust',
      'coding.create',
    ]);

    expect((await api.undo()).description).toBe("Undo remove coding of 'Trust'");
    expect((await api.listCodings())[0]).toMatchObject({
      id: coding.id,
      memo: 'Said with a sigh.',
    });
    await api.undo();
    await api.undo();
    expect((await api.listCodings())[0]).toMatchObject({ end: coding.end, memo: '' });
    expect(await api.getUndoState()).toEqual({
      canUndo: true,
      canRedo: true,
      undoLabel: "Undo apply code 'Trust'",
      redoLabel: "Redo adjust coding of 'Trust'",
    });
    await api.redo();
    expect((await api.listCodedSegments({ codeId: trust }))[0]!.text).toBe('trust was low');
  });

  it('refuses to code without a current user', async () => {
    await api.closeProject();
    expect(await errorCode(api.applyCode({ sourceId, codeId: trust, start: 0, end: 2 }))).toBe(
      'no_project',
    );
  });

  it('edits the text in one step, keeping codings on their words and honouring revisions', async () => {
    const court = await api.applyCode({ sourceId, codeId: trust, ...span(TEXT, 'The court') });
    const law = await api.applyCode({ sourceId, codeId: trust, ...span(TEXT, 'law enforcement') });
    const before = await api.getSource({ id: sourceId });
    expect(before.revision).toBe(0);
    const result = await api.editSourceText({
      sourceId,
      expectedRevision: 0,
      edits: [{ from: 0, to: 2, insert: 'They' }],
    });
    expect(result).toMatchObject({ revision: 1, codingsMoved: 2, codingsRemoved: 0 });
    const after = await api.getSource({ id: sourceId });
    expect(after.text.startsWith('They worked')).toBe(true);
    expect(after.revision).toBe(1);
    const segments = await api.listCodedSegments({ codeId: trust });
    expect(segments.map((s) => s.text)).toEqual(['law enforcement', 'The court']);
    for (const s of segments) expect(after.text.slice(s.start, s.end)).toBe(s.text);
    expect(await api.searchSources({ query: 'They' })).toHaveLength(1);

    expect(
      await errorCode(
        api.editSourceText({
          sourceId,
          expectedRevision: 0,
          edits: [{ from: 0, to: 0, insert: 'x' }],
        }),
      ),
    ).toBe('conflict');
    expect(
      await errorCode(api.editSourceText({ sourceId, text: 'x', baseText: before.text })),
    ).toBe('conflict');

    // Deleting the coded words removes that coding; undo restores it exactly.
    const lawStart = after.text.indexOf('law enforcement');
    const removal = await api.editSourceText({
      sourceId,
      text: after.text.slice(0, lawStart) + after.text.slice(lawStart + 'law enforcement '.length),
      baseText: after.text,
    });
    expect(removal.codingsRemoved).toBe(1);
    const audit = await api.listAuditLog({ limit: 5 });
    expect(audit.map((e) => e.action)).toContain('coding.remove_by_text_edit');
    await api.undo();
    await api.undo();
    const restored = await api.getSource({ id: sourceId });
    expect(restored.text).toBe(TEXT);
    expect(restored.revision).toBe(4);
    const codings = await api.listCodings({ sourceId });
    expect(codings.map(({ id, start, end, updatedAt }) => ({ id, start, end, updatedAt }))).toEqual(
      [law, court].map(({ id, start, end, updatedAt }) => ({ id, start, end, updatedAt })),
    );
    expect(restored.turns).toEqual(before.turns);
  });

  it('refuses an undo whose rows were changed elsewhere, and drops it', async () => {
    const coding = await api.applyCode({ sourceId, codeId: trust, ...span(TEXT, 'trust') });
    await api.createCode({ name: 'Other' });
    await api.undo(); // the code
    expect(await api.getUndoState()).toMatchObject({ undoLabel: "Undo apply code 'Trust'" });
    // Another window removes the coding behind this session's back.
    const { openProjectStore } = await import('../../../electron/core/store');
    const other = openProjectStore(projectPath(fixture.dir));
    other.codings.remove(null, coding.id);
    other.close();
    expect(await errorCode(api.undo())).toBe('conflict');
    expect((await api.getUndoState()).undoLabel).toBe("Undo create code 'Trust'");
    await api.undo();
    expect(await errorCode(api.undo())).toBe('bad_input');
    expect(await api.listCodes()).toEqual([]);
  });
  it('undoes and redoes a mixed sequence back to exactly the same states', async () => {
    const state = async () => ({
      codes: await api.listCodes(),
      codings: await api.listCodings(),
      text: (await api.getSource({ id: sourceId })).text,
    });
    await api.applyCode({ sourceId, codeId: trust, ...span(TEXT, 'The court') });
    const initial = await state();
    const factor = await api.createCode({ name: 'Factor', parentId: trust });
    await api.applyCode({ sourceId, codeId: factor.id, ...span(TEXT, 'The court was slow') });
    await api.editSourceText({
      sourceId,
      edits: [{ from: TEXT.indexOf('court'), to: TEXT.indexOf('court') + 5, insert: 'judge' }],
    });
    await api.mergeCodes({ codeId: factor.id, intoCodeId: trust });
    await api.updateCode({ id: trust, name: 'Mutual trust', memo: 'm' });
    const final = await state();
    const labels: string[] = [];
    for (let i = 0; i < 5; i++) labels.push((await api.undo()).description);
    expect(labels).toEqual([
      "Undo rename code 'Trust' to 'Mutual trust'",
      "Undo merge 'Factor' into 'Trust'",
      "Undo edit text of 'Interview'",
      "Undo apply code 'Factor'",
      "Undo create code 'Factor'",
    ]);
    expect(await state()).toEqual(initial);
    for (let i = 0; i < 5; i++) await api.redo();
    expect(await state()).toEqual(final);
    expect((await api.getUndoState()).canRedo).toBe(false);
  });
});
