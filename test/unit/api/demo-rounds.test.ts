import { describe, expect, it } from 'vitest';
import { ROUND_ONE, ROUND_TWO } from '../../../electron/core/demo/rounds';
import { demoProjectForSuite } from './helpers';

describe('the demo rounds', () => {
  const demo = demoProjectForSuite();
  const user = async (name: string) =>
    (await demo.api.listUsers()).find((u) => u.name === name)!.id;

  it('has a closed first round of six interviews for three coders and an open second in pairs', async () => {
    const [one, two] = await demo.api.listRounds();
    expect(one).toMatchObject({ name: ROUND_ONE, mode: 'independent', status: 'closed' });
    expect(one!.sourceIds).toHaveLength(6);
    expect(new Set(one!.assignments.map((a) => a.coderId)).size).toBe(3);
    expect(one!.assignments.every((a) => a.doneAt !== null)).toBe(true);
    expect(two).toMatchObject({ name: ROUND_TWO, mode: 'independent', status: 'open' });
    expect(two!.sourceIds).toHaveLength(7);
    const perSource = new Map<string, number>();
    for (const a of two!.assignments)
      perSource.set(a.sourceId, (perSource.get(a.sourceId) ?? 0) + 1);
    expect([...perSource.values()].every((n) => n === 2)).toBe(true);
  });

  it('gives round one partial, realistic agreement', async () => {
    const [one] = await demo.api.listRounds();
    const report = await demo.api.computeAgreement({ roundId: one!.id, bootstrapResamples: 0 });
    const group = report.rows.find(
      (r) => r.sourceId === null && r.codeId === null && r.scope === 'group',
    )!;
    expect(group.figures.krippendorffAlpha!).toBeGreaterThan(0.2);
    expect(group.figures.krippendorffAlpha!).toBeLessThan(0.9);
    expect(group.figures.segmentAgreement!).toBeLessThan(0.9);
    const disagreements = await demo.api.listDisagreements({
      roundId: one!.id,
      coderIds: [await user('Sarah'), await user('Miguel')],
    });
    expect(disagreements.length).toBeGreaterThan(5);
  });

  it('keeps round two blind: Kim sees only her own codings on its sources', async () => {
    const [, two] = await demo.api.listRounds();
    const kim = await user('Kim');
    const lead = (await demo.api.getCurrentUser())!.id;
    await demo.api.setCurrentUser({ userId: kim });
    try {
      const codings = await demo.api.listCodings();
      const onRound = codings.filter((c) => two!.sourceIds.includes(c.sourceId));
      expect(onRound.length).toBeGreaterThan(0);
      expect(onRound.every((c) => c.coderId === kim)).toBe(true);
    } finally {
      await demo.api.setCurrentUser({ userId: lead });
    }
  });
});
