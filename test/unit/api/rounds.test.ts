import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConcordApi } from '../../../shared/api/contract';
import { span } from './coding-helpers';
import { errorCode, makeService, type ServiceFixture } from './helpers';
import { TEXT_A, makeRoundStudy, type RoundStudy } from './rounds-helpers';

describe('coding rounds and blind coding', () => {
  let fixture: ServiceFixture;
  let api: ConcordApi;
  let study: RoundStudy;

  beforeEach(async () => {
    fixture = makeService();
    api = fixture.service.api;
    study = await makeRoundStudy(api, fixture.dir);
  });
  afterEach(() => fixture.dispose());

  const openIndependentRound = () =>
    api.createRound({
      name: 'First set',
      mode: 'independent',
      assignments: [{ sourceId: study.sourceA, coderIds: [study.coderA, study.coderB] }],
    });

  it('lets only a lead create, change, close and reopen rounds', async () => {
    await api.setCurrentUser({ userId: study.coderA });
    expect(await errorCode(openIndependentRound())).toBe('forbidden');
    await api.setCurrentUser({ userId: study.leadId });
    const round = await openIndependentRound();
    expect(round).toMatchObject({ name: 'First set', mode: 'independent', status: 'open' });
    expect(round.sourceIds).toEqual([study.sourceA]);
    expect(round.assignments.map((a) => a.coderId)).toEqual([study.coderA, study.coderB]);
    await api.setCurrentUser({ userId: study.coderB });
    expect(await errorCode(api.closeRound({ id: round.id }))).toBe('forbidden');
    expect(await errorCode(api.updateRound({ id: round.id, name: 'x' }))).toBe('forbidden');
    await api.setCurrentUser({ userId: study.leadId });
    expect((await api.closeRound({ id: round.id })).status).toBe('closed');
    expect((await api.reopenRound({ id: round.id })).status).toBe('open');
  });

  it('refuses a source listed twice and unknown sources or coders, changing nothing', async () => {
    const twice = api.createRound({
      name: 'R',
      mode: 'open',
      assignments: [
        { sourceId: study.sourceA, coderIds: [study.coderA] },
        { sourceId: study.sourceA, coderIds: [study.coderB] },
      ],
    });
    expect(await errorCode(twice)).toBe('bad_input');
    const unknown = api.createRound({
      name: 'R',
      mode: 'open',
      assignments: [{ sourceId: study.sourceA, coderIds: ['nobody'] }],
    });
    expect(await errorCode(unknown)).toBe('not_found');
    expect(await api.listRounds()).toEqual([]);
  });

  it("hides other coders' codings on round sources from a coder through every read path", async () => {
    const round = await openIndependentRound();
    await api.setCurrentUser({ userId: study.coderA });
    const codings = await api.listCodings();
    // On source A only Ada's own coding; on source B (not in the round) everybody's.
    expect(codings.filter((c) => c.sourceId === study.sourceA).map((c) => c.coderId)).toEqual([
      study.coderA,
    ]);
    expect(codings.filter((c) => c.sourceId === study.sourceB)).toHaveLength(2);
    expect(await api.listCodings({ sourceId: study.sourceA, coderId: study.coderB })).toEqual([]);

    const segments = await api.listCodedSegments({ codeId: study.trust });
    expect(segments.map((s) => [s.sourceId, s.coderId])).toEqual(
      expect.arrayContaining([
        [study.sourceA, study.coderA],
        [study.sourceB, study.coderA],
      ]),
    );
    expect(segments.some((s) => s.coderId === study.coderB)).toBe(false);
    const exported = await api.exportCodedSegments({ codeId: study.doubt, format: 'csv' });
    expect(exported.content).not.toContain('Ana doubts the doctor.');
    expect(exported.content).toContain('Ben fears the bills.');

    const stats = await api.listCodeStats();
    expect(stats.find((s) => s.codeId === study.trust)?.codings).toBe(2);
    expect(stats.find((s) => s.codeId === study.doubt)?.codings).toBe(1);

    const project = (await api.getProject())!;
    expect(project.counts.codings).toBe(3);
    expect(project.counts.codingsByCoder.map((c) => c.coderId).sort()).toEqual(
      [study.leadId, study.coderA].sort(),
    );

    const preview = await api.previewDeleteCode({ id: study.doubt });
    expect(preview.codings).toBe(1);

    const history = await api.listAuditLog({ limit: 1000 });
    const mentionsBo = history.filter(
      (entry) =>
        entry.entityType === 'coding' &&
        (entry.detail as { coderId?: string }).coderId === study.coderB,
    );
    expect(mentionsBo).toEqual([]);

    const progress = await api.getRoundProgress({ roundId: round.id });
    expect(progress.entries.map((e) => e.coderId)).toEqual([study.coderA]);
  });

  it("refuses to touch another coder's hidden coding as if it did not exist", async () => {
    await openIndependentRound();
    const hidden = (await api.listCodings({ sourceId: study.sourceA, coderId: study.coderB }))[0]!;
    await api.setCurrentUser({ userId: study.coderA });
    expect(await errorCode(api.removeCoding({ id: hidden.id }))).toBe('not_found');
    expect(await errorCode(api.adjustCoding({ id: hidden.id, start: 0, end: 3 }))).toBe(
      'not_found',
    );
    expect(await errorCode(api.setCodingMemo({ id: hidden.id, memo: 'x' }))).toBe('not_found');
    expect(await errorCode(api.deleteCode({ id: study.doubt }))).toBe('forbidden');
    expect(await errorCode(api.mergeCodes({ codeId: study.doubt, intoCodeId: study.trust }))).toBe(
      'forbidden',
    );
    expect(
      await errorCode(
        api.editSourceText({ sourceId: study.sourceA, edits: [{ from: 0, to: 3, insert: 'Eva' }] }),
      ),
    ).toBe('forbidden');
    expect(await errorCode(api.computeAgreement({}))).toBe('forbidden');
  });

  it('shows everything to leads, in open rounds, and once the round is closed', async () => {
    const round = await openIndependentRound();
    expect(await api.listCodings({ sourceId: study.sourceA })).toHaveLength(3);
    await api.closeRound({ id: round.id });
    await api.setCurrentUser({ userId: study.coderA });
    expect(await api.listCodings({ sourceId: study.sourceA })).toHaveLength(3);
    await api.setCurrentUser({ userId: study.leadId });
    await api.reopenRound({ id: round.id });
    await api.updateRound({ id: round.id, mode: 'open' });
    await api.setCurrentUser({ userId: study.coderA });
    expect(await api.listCodings({ sourceId: study.sourceA })).toHaveLength(3);
  });

  it('keeps undo to the coder’s own actions while blind', async () => {
    await openIndependentRound();
    await api.setCurrentUser({ userId: study.coderA });
    await api.applyCode({
      sourceId: study.sourceA,
      codeId: study.doubt,
      ...span(TEXT_A, 'Ana hopes'),
    });
    const outcome = await api.undo();
    expect(outcome.description).toBe("Undo apply code 'Doubt'");
    const visible = await api.listCodings({ sourceId: study.sourceA });
    expect(visible.map((c) => c.coderId)).toEqual([study.coderA]);
  });

  it('tracks progress and done marks per coder and source', async () => {
    const round = await openIndependentRound();
    await api.setCurrentUser({ userId: study.coderB });
    const progress = await api.setAssignmentDone({
      roundId: round.id,
      sourceId: study.sourceA,
      done: true,
    });
    expect(progress.entries).toEqual([
      expect.objectContaining({ coderId: study.coderB, codings: 2, doneAt: expect.any(String) }),
    ]);
    expect(
      await errorCode(
        api.setAssignmentDone({
          roundId: round.id,
          sourceId: study.sourceA,
          done: true,
          coderId: study.coderA,
        }),
      ),
    ).toBe('forbidden');
    expect(
      await errorCode(
        api.setAssignmentDone({ roundId: round.id, sourceId: study.sourceB, done: true }),
      ),
    ).toBe('bad_input');
    await api.setCurrentUser({ userId: study.leadId });
    const all = await api.getRoundProgress({ roundId: round.id });
    expect(all.entries.map((e) => [e.coderName, e.codings, e.doneAt !== null])).toEqual([
      ['Ada', 1, false],
      ['Bo', 2, true],
    ]);
    // Changing the assignments keeps the done marks of those that stay.
    const updated = await api.updateRound({
      id: round.id,
      assignments: [
        { sourceId: study.sourceA, coderIds: [study.coderB] },
        { sourceId: study.sourceB, coderIds: [study.coderA, study.coderB] },
      ],
    });
    expect(updated.assignments.find((a) => a.sourceId === study.sourceA)?.doneAt).not.toBeNull();
  });

  it('lists to a coder only the rounds they are assigned to', async () => {
    await openIndependentRound();
    await api.createRound({
      name: 'Only Bo',
      mode: 'open',
      assignments: [{ sourceId: study.sourceB, coderIds: [study.coderB] }],
    });
    await api.setCurrentUser({ userId: study.coderA });
    expect((await api.listRounds()).map((r) => r.name)).toEqual(['First set']);
  });
});

describe('team management and the codebook policy', () => {
  let fixture: ServiceFixture;
  let api: ConcordApi;
  let study: RoundStudy;

  beforeEach(async () => {
    fixture = makeService();
    api = fixture.service.api;
    study = await makeRoundStudy(api, fixture.dir);
  });
  afterEach(() => fixture.dispose());

  it('lets the lead rename, change roles and deactivate, but never lose the last lead', async () => {
    const renamed = await api.updateUser({ id: study.coderA, name: 'Ada L.', role: 'lead' });
    expect(renamed).toMatchObject({ name: 'Ada L.', role: 'lead', deactivatedAt: null });
    const off = await api.updateUser({ id: study.coderB, active: false });
    expect(off.deactivatedAt).toEqual(expect.any(String));
    await api.updateUser({ id: study.coderA, role: 'coder' });
    expect(await errorCode(api.updateUser({ id: study.leadId, active: false }))).toBe('bad_input');
    await api.setCurrentUser({ userId: study.coderA });
    expect(await errorCode(api.updateUser({ id: study.coderA, role: 'lead' }))).toBe('forbidden');
    expect(await errorCode(api.createUser({ name: 'Eve', role: 'coder' }))).toBe('forbidden');
  });

  it('enforces the codebook policy for coders and mentees, never for leads', async () => {
    expect(await api.getCodebookPolicy()).toEqual({ coderChanges: 'all' });
    await api.setCodebookPolicy({ coderChanges: 'add' });
    await api.setCurrentUser({ userId: study.coderA });
    expect(await errorCode(api.setCodebookPolicy({ coderChanges: 'all' }))).toBe('forbidden');
    await api.createCode({ name: 'Hope' });
    const refused = api.updateCode({ id: study.trust, name: 'Faith' });
    await expect(refused).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('codebook policy'),
    });
    expect(await errorCode(api.moveCode({ id: study.trust, parentId: null, index: 1 }))).toBe(
      'forbidden',
    );
    await api.setCurrentUser({ userId: study.leadId });
    await api.setCodebookPolicy({ coderChanges: 'none' });
    await api.setCurrentUser({ userId: study.coderB });
    expect(await errorCode(api.createCode({ name: 'Fear' }))).toBe('forbidden');
    expect(await errorCode(api.copyCodeSubtree({ id: study.trust, parentId: null }))).toBe(
      'forbidden',
    );
    await api.setCurrentUser({ userId: study.leadId });
    expect((await api.updateCode({ id: study.trust, name: 'Faith' })).name).toBe('Faith');
  });
});
