import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BinaryFile } from '../../../shared/api/contract';
import { makeService } from '../api/helpers';
import { makeRoundStudy } from '../api/rounds-helpers';
import {
  dumpProject,
  makeMergeFixture,
  openPackage,
  rewriteReturn,
  type MergeFixture,
} from './merge-helpers';

/** Offset of the uncompressed size in a zip's local file header. */
const LOCAL_HEADER_SIZE_OFFSET = 22;

describe('refusing a return, changing nothing', () => {
  let f: MergeFixture;
  let adaReturn: BinaryFile;
  beforeEach(async () => {
    f = await makeMergeFixture();
    await openPackage(f, f.api, f.study.coderA, 'ada');
    await f.coderApi.createCode({ name: 'Hope' });
    adaReturn = await f.coderApi.exportCoderReturn();
  });
  afterEach(() => f.dispose());

  /** Both the preview and the merge refuse `data` with `message`, and the project is as it was. */
  async function expectRefused(data: Uint8Array, message: RegExp, code = 'bad_input') {
    const before = dumpProject(f.leadPath);
    const fileName = 'ada.concord-return';
    await expect(f.api.mergeCoderReturn({ fileName, data })).rejects.toMatchObject({
      code,
      message: expect.stringMatching(message),
    });
    await expect(f.api.applyCoderReturn({ fileName, data })).rejects.toMatchObject({ code });
    expect(dumpProject(f.leadPath)).toEqual(before);
  }

  it('refuses a return for another project', async () => {
    const other = makeService();
    try {
      await makeRoundStudy(other.service.api, other.dir);
      const before = dumpProject(f.leadPath);
      await expect(
        other.service.api.mergeCoderReturn({
          fileName: 'ada.concord-return',
          data: adaReturn.data,
        }),
      ).rejects.toMatchObject({ message: /is a return for the project "study", not for/ });
      expect(dumpProject(f.leadPath)).toEqual(before);
    } finally {
      other.dispose();
    }
  });

  it('refuses a return whose package was for a round the coder is no longer in', async () => {
    await f.api.updateRound({
      id: f.roundId,
      assignments: [{ sourceId: f.study.sourceA, coderIds: [f.study.coderB] }],
    });
    await expectRefused(
      adaReturn.data,
      /^ada\.concord-return is Ada's work for round "First set", but Ada has no sources in that round\.$/,
    );
  });

  it('refuses a return claiming another round, or one this project does not have', async () => {
    const other = await f.api.createRound({
      name: 'Second set',
      mode: 'open',
      assignments: [{ sourceId: f.study.sourceB, coderIds: [f.study.coderB] }],
    });
    const forOther = rewriteReturn(adaReturn.data, (_content, manifest) => {
      manifest.roundId = other.id;
    });
    await expectRefused(forOther, /Ada has no sources in that round/);
    const forGone = rewriteReturn(adaReturn.data, (_content, manifest) => {
      manifest.roundId = 'deleted-round';
    });
    await expectRefused(forGone, /belongs to a round this project does not have/);
  });

  it('refuses a truncated or corrupted zip', async () => {
    const data = adaReturn.data;
    await expectRefused(
      data.slice(0, Math.floor(data.length / 2)),
      /^Cannot read ada\.concord-return: /,
    );
    await expectRefused(data.slice(0, 30), /^Cannot read ada\.concord-return: /);
    const flipped = data.slice();
    for (let i = 60; i < flipped.length - 200; i += 7) flipped[i]! ^= 0xff;
    await expectRefused(flipped, /^Cannot read ada\.concord-return: /);
    await expectRefused(strToU8('not a zip at all'), /not a readable zip file|incomplete/);
  });

  it('refuses an entry that claims to unpack to more than the cap, before inflating it', async () => {
    const entries = unzipSync(adaReturn.data);
    const bomb = zipSync({
      'manifest.json': entries['manifest.json']!,
      'content.json': entries['content.json']!,
    });
    // The first entry's header claims almost 4 GB.
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(
      LOCAL_HEADER_SIZE_OFFSET,
      0xfffffff0,
      true,
    );
    await expectRefused(
      bomb,
      /^Cannot read ada\.concord-return: it would unpack to more than 1024 MB\.$/,
    );
  });

  it('refuses an unknown file format version', async () => {
    const entries = unzipSync(adaReturn.data);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<
      string,
      unknown
    >;
    const newer = zipSync({
      'manifest.json': strToU8(JSON.stringify({ ...manifest, formatVersion: 2 })),
      'content.json': entries['content.json']!,
    });
    await expectRefused(
      newer,
      /^Cannot read ada\.concord-return: it was made by a Concord with file format 2; this one reads format 1\.$/,
      'unsupported_version',
    );
  });

  it('refuses malformed content with a valid checksum', async () => {
    const noCodings = rewriteReturn(adaReturn.data, (content) => {
      (content as unknown as Record<string, unknown>).codings = 'none';
    });
    await expectRefused(noCodings, /its codings are missing/);
    const badPackaged = rewriteReturn(adaReturn.data, (content) => {
      (content.baseCodings as unknown[]).push({ id: 7 });
    });
    await expectRefused(badPackaged, /a packaged coding is malformed/);
  });
});
