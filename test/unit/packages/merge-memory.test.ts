import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BinaryFile } from '../../../shared/api/contract';
import { span } from '../api/coding-helpers';
import { TEXT_A, TEXT_B } from '../api/rounds-helpers';
import {
  NOTHING_TO_MERGE,
  NO_CHANGES,
  dumpProject,
  makeMergeFixture,
  openPackage,
  type MergeFixture,
} from './merge-helpers';

describe('merging a return again changes nothing', () => {
  let f: MergeFixture;
  beforeEach(async () => {
    f = await makeMergeFixture();
  });
  afterEach(() => f.dispose());

  /** Ada and Bo each add a code "Hope" (differently cased) with one coding; their returns. */
  async function twoHopes(): Promise<{ ada: BinaryFile; bo: BinaryFile; boHope: string }> {
    await openPackage(f, f.api, f.study.coderA, 'ada');
    const adaHope = await f.coderApi.createCode({ name: 'Hope' });
    await f.coderApi.applyCode({
      sourceId: f.study.sourceA,
      codeId: adaHope.id,
      ...span(TEXT_A, 'Ana hopes'),
    });
    const ada = await f.coderApi.exportCoderReturn();
    await openPackage(f, f.api, f.study.coderB, 'bo');
    const boHope = await f.coderApi.createCode({ name: 'hope' });
    await f.coderApi.applyCode({
      sourceId: f.study.sourceA,
      codeId: boHope.id,
      ...span(TEXT_A, 'hopes for the best'),
    });
    const bo = await f.coderApi.exportCoderReturn();
    await f.api.applyCoderReturn({ fileName: ada.fileName, data: ada.data });
    return { ada, bo, boHope: boHope.id };
  }

  async function expectNoChange(file: BinaryFile): Promise<void> {
    const before = dumpProject(f.leadPath);
    const preview = await f.api.mergeCoderReturn({ fileName: file.fileName, data: file.data });
    expect(preview).toMatchObject(NOTHING_TO_MERGE);
    const report = await f.api.applyCoderReturn({ previewId: preview.previewId });
    expect(report).toMatchObject(NO_CHANGES);
    expect(dumpProject(f.leadPath)).toEqual(before);
  }

  it("remembers a 'merge' decision: the collision is not offered again", async () => {
    const { bo, boHope } = await twoHopes();
    const merged = await f.api.applyCoderReturn({
      fileName: bo.fileName,
      data: bo.data,
      decisions: [{ codeId: boHope, action: 'merge' }],
    });
    expect(merged).toMatchObject({ codesMerged: 1, codingsAdded: 1 });
    await expectNoChange(bo);
    const hopes = (await f.api.listCodes()).filter((c) => c.name.toLowerCase() === 'hope');
    expect(hopes).toHaveLength(1);
    expect(await f.api.listCodings({ codeId: hopes[0]!.id })).toHaveLength(2);
  });

  it("remembers a 'keep' decision: the renamed code is the same code, never created twice", async () => {
    const { bo, boHope } = await twoHopes();
    const kept = await f.api.applyCoderReturn({
      fileName: bo.fileName,
      data: bo.data,
      decisions: [{ codeId: boHope, action: 'keep' }],
    });
    expect(kept).toMatchObject({ codesCreated: 1, codingsAdded: 1 });
    await expectNoChange(bo);
    const names = (await f.api.listCodes()).map((c) => c.name).filter((n) => /hope/i.test(n));
    expect(names.sort()).toEqual(['Hope', 'hope (Bo)']);
  });

  it("keeps the lead's adjustments, deletions and definitions made after the merge", async () => {
    await openPackage(f, f.api, f.study.coderA, 'ada');
    const [packaged] = await f.coderApi.listCodings({ sourceId: f.study.sourceA });
    const added = await f.coderApi.applyCode({
      sourceId: f.study.sourceA,
      codeId: f.study.doubt,
      ...span(TEXT_A, 'Ana doubts the doctor.'),
    });
    await f.coderApi.adjustCoding({ id: packaged!.id, ...span(TEXT_A, 'Ana trusts') });
    await f.coderApi.updateCode({ id: f.study.trust, definition: "Ada's definition" });
    const ada = await f.coderApi.exportCoderReturn();
    await f.api.applyCoderReturn({ fileName: ada.fileName, data: ada.data });

    // The lead corrects what came in, and deletes Ada's other packaged coding.
    await f.api.adjustCoding({ id: added.id, ...span(TEXT_A, 'doubts the doctor') });
    await f.api.adjustCoding({ id: packaged!.id, ...span(TEXT_A, 'Ana trusts the nurse') });
    const [onB] = await f.api.listCodings({ sourceId: f.study.sourceB, coderId: f.study.coderA });
    await f.api.removeCoding({ id: onB!.id });
    await f.api.updateCode({ id: f.study.trust, definition: "The lead's definition" });
    await expectNoChange(ada);
  });

  it('does not bring back a code the lead deleted after merging it', async () => {
    const { ada } = await twoHopes();
    const hope = (await f.api.listCodes()).find((c) => c.name === 'Hope')!;
    await f.api.deleteCode({ id: hope.id });
    await expectNoChange(ada);
  });

  it('does not bring back a packaged coding the lead deleted and the coder left alone', async () => {
    await openPackage(f, f.api, f.study.coderA, 'ada');
    const ada = await f.coderApi.exportCoderReturn();
    const [onB] = await f.api.listCodings({ sourceId: f.study.sourceB, coderId: f.study.coderA });
    await f.api.removeCoding({ id: onB!.id });
    const preview = await f.api.mergeCoderReturn({ fileName: ada.fileName, data: ada.data });
    expect(preview).toMatchObject(NOTHING_TO_MERGE);
  });

  it('takes what the coder changed since an earlier return of the same package', async () => {
    await openPackage(f, f.api, f.study.coderA, 'ada');
    const hope = await f.coderApi.createCode({ name: 'Hope', definition: 'first' });
    const coding = await f.coderApi.applyCode({
      sourceId: f.study.sourceA,
      codeId: hope.id,
      ...span(TEXT_A, 'Ana hopes'),
    });
    const first = await f.coderApi.exportCoderReturn();
    await f.api.applyCoderReturn({ fileName: first.fileName, data: first.data });

    await f.coderApi.adjustCoding({ id: coding.id, ...span(TEXT_A, 'Ana hopes for the best.') });
    await f.coderApi.updateCode({ id: hope.id, definition: 'second' });
    await f.coderApi.applyCode({
      sourceId: f.study.sourceB,
      codeId: hope.id,
      ...span(TEXT_B, 'Ben fears the bills.'),
    });
    const second = await f.coderApi.exportCoderReturn();
    const report = await f.api.applyCoderReturn({ fileName: second.fileName, data: second.data });
    expect(report).toMatchObject({ codesCreated: 0, codeEditsApplied: 1, codingsAdded: 1 });
    expect(report.codingsUpdated).toBe(1);
    const merged = await f.api.listCodings({ codeId: hope.id });
    expect(merged).toHaveLength(2);
    expect(merged.find((c) => c.id === coding.id)).toMatchObject(
      span(TEXT_A, 'Ana hopes for the best.'),
    );
    expect((await f.api.listCodes()).find((c) => c.id === hope.id)?.definition).toBe('second');
    await expectNoChange(second);
  });
});
