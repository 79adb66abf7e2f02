import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConcordApi } from '../../../shared/api/contract';
import {
  RETURN_FORMAT,
  readExchangeFile,
  writeExchangeFile,
  type Manifest,
} from '../../../electron/core/packages/format';
import { readArchive } from '../../../electron/core/packages/archive';
import type { ReturnContent } from '../../../electron/core/packages/package-content';
import { span } from '../api/coding-helpers';
import { errorCode, makeService, type ServiceFixture } from '../api/helpers';
import { TEXT_A, makeRoundStudy, type RoundStudy } from '../api/rounds-helpers';

/** Rewrites a return's content (as a tampering or buggy tool would) with a valid checksum. */
function rewriteReturn(
  data: Uint8Array,
  change: (content: ReturnContent, manifest: Manifest) => void,
): Uint8Array {
  const { manifest, content } = readExchangeFile<ReturnContent>('r', data, RETURN_FORMAT);
  change(content, manifest);
  const { checksum: _c, formatVersion: _v, ...rest } = manifest;
  return writeExchangeFile(rest, content);
}

describe('coder packages, returns and merging', () => {
  let lead: ServiceFixture;
  let coderSide: ServiceFixture;
  let api: ConcordApi;
  let coderApi: ConcordApi;
  let study: RoundStudy;
  let roundId: string;

  beforeEach(async () => {
    lead = makeService();
    coderSide = makeService();
    api = lead.service.api;
    coderApi = coderSide.service.api;
    study = await makeRoundStudy(api, lead.dir);
    roundId = (
      await api.createRound({
        name: 'First set',
        mode: 'independent',
        assignments: [{ sourceId: study.sourceA, coderIds: [study.coderA, study.coderB] }],
      })
    ).id;
  });
  afterEach(() => {
    lead.dispose();
    coderSide.dispose();
  });

  /** Ada's package opened on "her machine". */
  async function openAdaPackage(name = 'ada'): Promise<void> {
    const file = await api.exportCoderPackage({ roundId, coderId: study.coderA });
    await coderApi.openCoderPackage({
      projectPath: path.join(coderSide.dir, name),
      fileName: file.fileName,
      data: file.data,
    });
  }

  it("packages the coder's sources, codebook and own codings only", async () => {
    const file = await api.exportCoderPackage({ roundId, coderId: study.coderA });
    expect(file.fileName).toMatch(/first-set-ada\.concord-package$/);
    const entries = unzipSync(file.data);
    expect(Object.keys(entries).sort()).toEqual(['content.json', 'manifest.json']);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Manifest;
    expect(manifest).toMatchObject({ roundId, coderId: study.coderA, formatVersion: 1 });
    const content = new TextDecoder().decode(entries['content.json']);
    expect(content).not.toContain(study.coderB + '","code_id');
    const parsed = JSON.parse(content) as { codings: { coder_id: string }[]; sources: unknown[] };
    expect(parsed.sources).toHaveLength(1);
    expect(parsed.codings.map((c) => c.coder_id)).toEqual([study.coderA]);
  });

  it('opens a package as the coder, and returns and merges the work (idempotently)', async () => {
    await openAdaPackage();
    const info = (await coderApi.getProject())!;
    expect(info.packageOrigin).toMatchObject({ roundId, coderId: study.coderA });
    expect((await coderApi.getCurrentUser())!.id).toBe(study.coderA);
    expect((await coderApi.listSources()).map((s) => s.title)).toEqual(['A']);
    const own = await coderApi.listCodings();
    expect(own).toHaveLength(1);

    await coderApi.applyCode({
      sourceId: study.sourceA,
      codeId: study.doubt,
      ...span(TEXT_A, 'Ana doubts the doctor.'),
    });
    const hope = await coderApi.createCode({ name: 'Hope' });
    await coderApi.applyCode({
      sourceId: study.sourceA,
      codeId: hope.id,
      ...span(TEXT_A, 'Ana hopes'),
    });
    await coderApi.removeCoding({ id: own[0]!.id });
    await coderApi.updateCode({ id: study.trust, definition: 'Reliance on someone' });
    await coderApi.setAssignmentDone({ roundId, sourceId: study.sourceA, done: true });
    const returned = await coderApi.exportCoderReturn();

    const preview = await api.mergeCoderReturn({
      fileName: returned.fileName,
      data: returned.data,
    });
    expect(preview.newCodes.map((c) => c.name)).toEqual(['Hope']);
    expect(preview.nameCollisions).toEqual([]);
    expect(preview.codeEdits.map((c) => c.codeId)).toEqual([study.trust]);
    expect(preview.codings).toMatchObject({ added: 2, removed: 1, refused: [] });
    // The preview changed nothing.
    expect(await api.listCodings({ coderId: study.coderA, sourceId: study.sourceA })).toHaveLength(
      1,
    );

    const report = await api.applyCoderReturn({ previewId: preview.previewId });
    expect(report).toMatchObject({ codesCreated: 1, codingsAdded: 2, codingsRemoved: 1 });
    const merged = await api.listCodings({ coderId: study.coderA, sourceId: study.sourceA });
    expect(merged.map((c) => c.codeId).sort()).toEqual([study.doubt, hope.id].sort());
    expect((await api.listCodes()).find((c) => c.id === study.trust)?.definition).toBe(
      'Reliance on someone',
    );
    const progress = await api.getRoundProgress({ roundId });
    expect(progress.entries.find((e) => e.coderId === study.coderA)?.doneAt).not.toBeNull();

    const before = await api.listCodings();
    const codesBefore = await api.listCodes();
    const again = await api.applyCoderReturn({ fileName: returned.fileName, data: returned.data });
    expect(again).toMatchObject({ codesCreated: 0, codingsAdded: 0, codingsRemoved: 0 });
    expect(await api.listCodings()).toEqual(before);
    expect(await api.listCodes()).toEqual(codesBefore);
  });

  it('offers codes two coders added under the same name for merging, never duplicating them', async () => {
    await openAdaPackage();
    const adaHope = await coderApi.createCode({ name: 'Hope' });
    await coderApi.applyCode({
      sourceId: study.sourceA,
      codeId: adaHope.id,
      ...span(TEXT_A, 'Ana hopes'),
    });
    const adaReturn = await coderApi.exportCoderReturn();

    const boPackage = await api.exportCoderPackage({ roundId, coderId: study.coderB });
    await coderApi.openCoderPackage({
      projectPath: path.join(coderSide.dir, 'bo'),
      fileName: boPackage.fileName,
      data: boPackage.data,
    });
    const boHope = await coderApi.createCode({ name: 'hope' });
    await coderApi.applyCode({
      sourceId: study.sourceA,
      codeId: boHope.id,
      ...span(TEXT_A, 'hopes for the best'),
    });
    const boReturn = await coderApi.exportCoderReturn();

    await api.applyCoderReturn({ fileName: adaReturn.fileName, data: adaReturn.data });
    const preview = await api.mergeCoderReturn({
      fileName: boReturn.fileName,
      data: boReturn.data,
    });
    expect(preview.nameCollisions).toEqual([
      expect.objectContaining({ codeId: boHope.id, existingCodeId: adaHope.id, codings: 1 }),
    ]);
    // Without a decision the code and its coding wait; nothing is duplicated or lost.
    const undecided = await api.applyCoderReturn({ previewId: preview.previewId });
    expect(undecided.unresolvedCollisions).toHaveLength(1);
    expect((await api.listCodes()).filter((c) => c.name.toLowerCase() === 'hope')).toHaveLength(1);

    const decided = await api.applyCoderReturn({
      previewId: preview.previewId,
      decisions: [{ codeId: boHope.id, action: 'merge' }],
    });
    expect(decided).toMatchObject({ codesMerged: 1, codingsAdded: 1, unresolvedCollisions: [] });
    const hopeCodings = await api.listCodings({ codeId: adaHope.id });
    expect(hopeCodings.map((c) => c.coderId).sort()).toEqual([study.coderA, study.coderB].sort());
  });

  it("keeps the lead's name when two coders rename a code differently, and reports it", async () => {
    await openAdaPackage();
    await coderApi.updateCode({ id: study.trust, name: 'Confidence' });
    const adaReturn = await coderApi.exportCoderReturn();
    const boPackage = await api.exportCoderPackage({ roundId, coderId: study.coderB });
    await coderApi.openCoderPackage({
      projectPath: path.join(coderSide.dir, 'bo'),
      fileName: boPackage.fileName,
      data: boPackage.data,
    });
    await coderApi.updateCode({ id: study.trust, name: 'Reliance' });
    const boReturn = await coderApi.exportCoderReturn();

    await api.applyCoderReturn({ fileName: adaReturn.fileName, data: adaReturn.data });
    const report = await api.applyCoderReturn({ fileName: boReturn.fileName, data: boReturn.data });
    expect(report.editConflicts).toEqual([
      {
        codeId: study.trust,
        field: 'name',
        base: 'Trust',
        project: 'Confidence',
        coder: 'Reliance',
      },
    ]);
    expect((await api.listCodes()).find((c) => c.id === study.trust)?.name).toBe('Confidence');
  });

  it('refuses codings on sources the coder is not assigned to, with a report', async () => {
    await openAdaPackage();
    const returned = await coderApi.exportCoderReturn();
    const tampered = rewriteReturn(returned.data, (content) => {
      content.codings.push({
        ...content.codings[0]!,
        id: 'foreign-coding',
        source_id: study.sourceB,
      });
    });
    const report = await api.applyCoderReturn({ fileName: 'x.concord-return', data: tampered });
    expect(report.refused).toEqual([
      expect.objectContaining({
        codingId: 'foreign-coding',
        reason: expect.stringContaining('not assigned'),
      }),
    ]);
    expect(await api.listCodings({ sourceId: study.sourceB, coderId: study.coderA })).toHaveLength(
      1,
    );
  });

  it('refuses a return for another project or a missing round, changing nothing', async () => {
    await openAdaPackage();
    const returned = await coderApi.exportCoderReturn();
    const other = makeService();
    try {
      await makeRoundStudy(other.service.api, other.dir);
      const refused = other.service.api.mergeCoderReturn({
        fileName: 'ada.concord-return',
        data: returned.data,
      });
      await expect(refused).rejects.toMatchObject({
        code: 'bad_input',
        message: expect.stringContaining('is a return for the project'),
      });
    } finally {
      other.dispose();
    }
    const noRound = rewriteReturn(returned.data, (_content, manifest) => {
      manifest.roundId = 'gone';
    });
    expect(await errorCode(api.mergeCoderReturn({ fileName: 'r', data: noRound }))).toBe(
      'bad_input',
    );
  });

  it('refuses damaged, tampered and hostile files with a clear message', async () => {
    await openAdaPackage();
    const returned = await coderApi.exportCoderReturn();
    const merge = (data: Uint8Array) => api.mergeCoderReturn({ fileName: 'bad.zip', data });

    const truncated = returned.data.slice(0, Math.floor(returned.data.length / 2));
    await expect(merge(truncated)).rejects.toMatchObject({
      code: 'bad_input',
      message: /bad\.zip/,
    });
    await expect(merge(strToU8('not a zip at all'))).rejects.toMatchObject({ code: 'bad_input' });

    const entries = unzipSync(returned.data);
    const content = JSON.parse(new TextDecoder().decode(entries['content.json'])) as ReturnContent;
    content.codings = [];
    const wrongChecksum = zipSync({
      'manifest.json': entries['manifest.json']!,
      'content.json': strToU8(JSON.stringify(content)),
    });
    await expect(merge(wrongChecksum)).rejects.toMatchObject({ message: /checksum/ });

    const traversal = zipSync({
      'manifest.json': entries['manifest.json']!,
      'content.json': entries['content.json']!,
      '../../evil.sh': strToU8('rm -rf /'),
    });
    await expect(merge(traversal)).rejects.toMatchObject({ message: /unexpected entry/ });

    const wrongKind = await api.exportCoderPackage({ roundId, coderId: study.coderA });
    await expect(merge(wrongKind.data)).rejects.toMatchObject({ message: /not a coder return/ });
  });

  it('stops a zip bomb at the size cap', () => {
    const bomb = zipSync({
      'manifest.json': new Uint8Array(4 * 1024 * 1024),
      'content.json': strToU8('{}'),
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() =>
      readArchive('bomb.zip', bomb, {
        expected: ['manifest.json', 'content.json'],
        maxUncompressedBytes: 1024 * 1024,
      }),
    ).toThrow(/bomb\.zip: it would unpack to more than 1 MB/);
  });

  it('refuses a package for a coder with no sources in the round, and non-leads', async () => {
    const round = await api.createRound({
      name: 'Empty for Bo',
      mode: 'open',
      assignments: [{ sourceId: study.sourceB, coderIds: [study.coderA] }],
    });
    expect(
      await errorCode(api.exportCoderPackage({ roundId: round.id, coderId: study.coderB })),
    ).toBe('bad_input');
    await api.setCurrentUser({ userId: study.coderA });
    expect(await errorCode(api.exportCoderPackage({ coderId: study.coderA }))).toBe('forbidden');
    expect(await errorCode(api.exportCoderReturn())).toBe('bad_input');
  });
});
