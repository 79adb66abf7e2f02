import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BinaryFile, ConcordApi } from '../../../shared/api/contract';
import { span } from '../api/coding-helpers';
import { TEXT_A } from '../api/rounds-helpers';
import {
  NOTHING_TO_MERGE,
  dumpProject,
  makeMergeFixture,
  mergeDecidingAll,
  openPackage,
  type MergeFixture,
} from './merge-helpers';

/** Two returns with conflicting codebook edits, merged in both orders. */
describe('merging two returns with conflicting codebook edits', () => {
  let f: MergeFixture;
  beforeEach(async () => {
    f = await makeMergeFixture();
  });
  afterEach(() => f.dispose());

  /** Ada's and Bo's returns after `work` on each of their copies (as that coder). */
  async function returns(
    adaWork: (api: ConcordApi) => Promise<void>,
    boWork: (api: ConcordApi) => Promise<void>,
  ): Promise<{ ada: BinaryFile; bo: BinaryFile }> {
    await openPackage(f, f.api, f.study.coderA, 'ada');
    await adaWork(f.coderApi);
    const ada = await f.coderApi.exportCoderReturn();
    await openPackage(f, f.api, f.study.coderB, 'bo');
    await boWork(f.coderApi);
    const bo = await f.coderApi.exportCoderReturn();
    return { ada, bo };
  }

  async function expectRemergeChangesNothing(...files: BinaryFile[]): Promise<void> {
    const before = dumpProject(f.leadPath);
    for (const file of files) {
      const preview = await f.api.mergeCoderReturn({ fileName: file.fileName, data: file.data });
      expect(preview).toMatchObject(NOTHING_TO_MERGE);
      await f.api.applyCoderReturn({ previewId: preview.previewId });
    }
    expect(dumpProject(f.leadPath)).toEqual(before);
  }

  for (const order of ['ada first', 'bo first'] as const) {
    it(`both rename the same code (${order}): the first merged wins, the other is reported`, async () => {
      const { ada, bo } = await returns(
        async (api) => void (await api.updateCode({ id: f.study.trust, name: 'Confidence' })),
        async (api) => void (await api.updateCode({ id: f.study.trust, name: 'Reliance' })),
      );
      const [first, second] = order === 'ada first' ? [ada, bo] : [bo, ada];
      const [firstName, secondName] =
        order === 'ada first' ? ['Confidence', 'Reliance'] : ['Reliance', 'Confidence'];
      await f.api.applyCoderReturn({ fileName: first.fileName, data: first.data });
      const report = await f.api.applyCoderReturn({ fileName: second.fileName, data: second.data });
      expect(report.editConflicts).toEqual([
        {
          codeId: f.study.trust,
          field: 'name',
          base: 'Trust',
          project: firstName,
          coder: secondName,
        },
      ]);
      expect((await f.api.listCodes()).find((c) => c.id === f.study.trust)?.name).toBe(firstName);
      // Every coding on the renamed code stays on it.
      expect(await f.api.listCodings({ codeId: f.study.trust })).toHaveLength(3);
      await expectRemergeChangesNothing(first, second);
    });

    it(`one deletes a code the other used (${order}): the code and the other's codings stay`, async () => {
      const { ada, bo } = await returns(
        async (api) => void (await api.deleteCode({ id: f.study.trust })),
        async (api) =>
          void (await api.applyCode({
            sourceId: f.study.sourceA,
            codeId: f.study.trust,
            ...span(TEXT_A, 'Ana hopes for the best.'),
          })),
      );
      const [first, second] = order === 'ada first' ? [ada, bo] : [bo, ada];
      await f.api.applyCoderReturn({ fileName: first.fileName, data: first.data });
      await f.api.applyCoderReturn({ fileName: second.fileName, data: second.data });
      expect((await f.api.listCodes()).map((c) => c.id)).toContain(f.study.trust);
      const onTrust = await f.api.listCodings({ codeId: f.study.trust });
      // Ada deleted her two codings with the code; Bo's old one and his new one stay.
      expect(onTrust.map((c) => c.coderId)).toEqual([f.study.coderB, f.study.coderB]);
      await expectRemergeChangesNothing(first, second);
    });
  }

  it('both add a code of the same name under different parents: two codes, no collision', async () => {
    const addHope = (parentId: string, phrase: string) => async (api: ConcordApi) => {
      const hope = await api.createCode({ name: 'Hope', parentId });
      await api.applyCode({ sourceId: f.study.sourceA, codeId: hope.id, ...span(TEXT_A, phrase) });
    };
    const { ada, bo } = await returns(
      addHope(f.study.trust, 'Ana hopes'),
      addHope(f.study.doubt, 'hopes for the best'),
    );
    await f.api.applyCoderReturn({ fileName: ada.fileName, data: ada.data });
    const preview = await f.api.mergeCoderReturn({ fileName: bo.fileName, data: bo.data });
    expect(preview.nameCollisions).toEqual([]);
    expect(preview.newCodes).toEqual([
      expect.objectContaining({ name: 'Hope', parentId: f.study.doubt }),
    ]);
    await f.api.applyCoderReturn({ previewId: preview.previewId });
    const hopes = (await f.api.listCodes()).filter((c) => c.name === 'Hope');
    expect(hopes.map((c) => c.parentId).sort()).toEqual([f.study.trust, f.study.doubt].sort());
    for (const hope of hopes) expect(await f.api.listCodings({ codeId: hope.id })).toHaveLength(1);
    await expectRemergeChangesNothing(ada, bo);
  });

  it('both add the same code with the same subcode: merged level by level, nothing duplicated', async () => {
    const addTree = (phrase: string) => async (api: ConcordApi) => {
      const hope = await api.createCode({ name: 'Hope' });
      const fear = await api.createCode({ name: 'Fear', parentId: hope.id });
      await api.applyCode({ sourceId: f.study.sourceA, codeId: fear.id, ...span(TEXT_A, phrase) });
    };
    const { ada, bo } = await returns(addTree('Ana hopes'), addTree('hopes for the best'));
    await f.api.applyCoderReturn({ fileName: ada.fileName, data: ada.data });
    const reports = await mergeDecidingAll(f.api, bo);
    // Deciding the parent uncovers the child's collision; the child's coding waits for it.
    expect(reports.map((r) => r.codesMerged)).toEqual([1, 1]);
    expect(reports.map((r) => r.codingsAdded)).toEqual([0, 1]);
    const codes = await f.api.listCodes();
    expect(codes.filter((c) => c.name === 'Hope')).toHaveLength(1);
    const fear = codes.filter((c) => c.name === 'Fear');
    expect(fear).toHaveLength(1);
    expect(await f.api.listCodings({ codeId: fear[0]!.id })).toHaveLength(2);
    await expectRemergeChangesNothing(ada, bo);
  });
});
