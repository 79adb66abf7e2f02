import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementRow, ConcordApi } from '../../../shared/api/contract';
import { characterAgreement, krippendorffAlpha } from '../../../shared/agreement';
import { draftMethodsParagraph } from '../../../shared/rounds';
import { codeStretches, mergedIntervals } from '../../../shared/rounds/stretches';
import { span } from './coding-helpers';
import { errorCode, makeService, type ServiceFixture } from './helpers';
import { TEXT_A, makeRoundStudy, type RoundStudy } from './rounds-helpers';

const overall = (rows: AgreementRow[]) =>
  rows.find((row) => row.sourceId === null && row.codeId === null)!;

describe('stretches (reliability units)', () => {
  it('cuts at every boundary and joins the gaps between passages', () => {
    const a = mergedIntervals([{ start: 2, end: 6 }]);
    const b = mergedIntervals([{ start: 4, end: 8 }]);
    const stretches = codeStretches([a, b], 12, null);
    expect(stretches.map((s) => [s.start, s.end, s.values.join('')])).toEqual([
      [0, 2, '00'],
      [2, 4, '10'],
      [4, 6, '11'],
      [6, 8, '01'],
      [8, 12, '00'],
    ]);
    // Gaps nobody coded with any code are left out with excludeUncoded.
    const universe = mergedIntervals([{ start: 2, end: 8 }]);
    expect(codeStretches([a, b], 12, universe)).toHaveLength(3);
  });
});

describe('computeAgreement, disagreements and the report', () => {
  let fixture: ServiceFixture;
  let api: ConcordApi;
  let study: RoundStudy;
  let roundId: string;

  beforeEach(async () => {
    fixture = makeService();
    api = fixture.service.api;
    study = await makeRoundStudy(api, fixture.dir);
    roundId = (
      await api.createRound({
        name: 'First set',
        mode: 'independent',
        assignments: [{ sourceId: study.sourceA, coderIds: [study.coderA, study.coderB] }],
      })
    ).id;
  });
  afterEach(() => fixture.dispose());

  it("reproduces shared/agreement's figures for a pair on the round's source", async () => {
    const report = await api.computeAgreement({ roundId, bootstrapResamples: 200 });
    expect(report.coders.map((c) => c.name)).toEqual(['Ada', 'Bo']);
    expect(report.sources.map((s) => s.title)).toEqual(['A']);
    const codings = await api.listCodings({ sourceId: study.sourceA });
    const of = (coder: string) =>
      codings
        .filter((c) => c.coderId === coder)
        .map((c) => ({ code: c.codeId, start: c.start, end: c.end }));
    const expected = characterAgreement({
      length: TEXT_A.length,
      codingsA: of(study.coderA),
      codingsB: of(study.coderB),
    });
    const row = overall(report.rows);
    expect(row.scope).toBe('pair');
    expect(row.figures.characterAgreement).toBeCloseTo(expected.overall.agreement!, 12);
    expect(row.figures.percentAgreement).toBe(row.figures.characterAgreement);
    expect(row.figures.cohenKappa).toBeCloseTo(expected.overall.kappa.value!, 12);
    expect(row.figures.alphaInterval).toMatchObject({ resamples: 200, confidence: 0.95 });
    const trustRow = report.rows.find((r) => r.sourceId === null && r.codeId === study.trust)!;
    expect(trustRow.figures.characterAgreement).toBeCloseTo(
      expected.perCode.get(study.trust)!.agreement!,
      12,
    );
    // Trust: Ada "Ana trusts the nurse." vs Bo "Ana trusts": units 10 / 11 / gap.
    const units = [
      [1, 1, 0],
      [1, 0, 0],
    ];
    expect(trustRow.figures.units).toBe(3);
    expect(trustRow.figures.krippendorffAlpha).toBeCloseTo(krippendorffAlpha(units).alpha!, 12);
    expect(trustRow.figures.segmentAgreement).toBe(0);
    expect(trustRow.figures.unitizingAlpha).not.toBeNull();
  });

  it('reports segment agreement as the headline with unit=segment and overlap', async () => {
    await api.setCurrentUser({ userId: study.coderB });
    await api.applyCode({
      sourceId: study.sourceA,
      codeId: study.trust,
      ...span(TEXT_A, 'Ana trusts the nurse'),
    });
    await api.setCurrentUser({ userId: study.leadId });
    const strict = await api.computeAgreement({
      roundId,
      unit: 'segment',
      overlap: 1,
      bootstrapResamples: 0,
    });
    const loose = await api.computeAgreement({
      roundId,
      unit: 'segment',
      overlap: 0.9,
      bootstrapResamples: 0,
    });
    const trust = (rows: AgreementRow[]) =>
      rows.find((r) => r.sourceId === null && r.codeId === study.trust)!.figures;
    expect(trust(strict.rows).segmentAgreement).toBe(0);
    // Ada's segment and Bo's longer one match at 90%: 2 of Ada's+Bo's 3 segments.
    expect(trust(loose.rows).segmentAgreement).toBeCloseTo(2 / 3, 12);
    expect(trust(loose.rows).percentAgreement).toBe(trust(loose.rows).segmentAgreement);
    expect(overall(loose.rows).figures.alphaInterval).toBeNull();
  });

  it('reports pairs and the group with three coders, Fleiss for the group', async () => {
    const third = (await api.createUser({ name: 'Cy', role: 'coder' })).id;
    await api.setCurrentUser({ userId: third });
    await api.applyCode({
      sourceId: study.sourceA,
      codeId: study.trust,
      ...span(TEXT_A, 'Ana trusts the nurse.'),
    });
    await api.setCurrentUser({ userId: study.leadId });
    const report = await api.computeAgreement({
      sourceIds: [study.sourceA],
      coderIds: [study.coderA, study.coderB, third],
      bootstrapResamples: 0,
    });
    const overallRows = report.rows.filter((r) => r.sourceId === null && r.codeId === null);
    expect(overallRows.map((r) => r.scope)).toEqual(['pair', 'pair', 'pair', 'group']);
    const group = overallRows[3]!;
    expect(group.coderIds).toHaveLength(3);
    expect(group.figures.cohenKappa).toBeNull();
    expect(group.figures.fleissKappa).not.toBeNull();
  });

  it('lists the disagreeing passages with text, coders and what they coded instead', async () => {
    const items = await api.listDisagreements({
      roundId,
      coderIds: [study.coderA, study.coderB],
      codeId: study.trust,
    });
    expect(items).toEqual([
      expect.objectContaining({
        text: ' the nurse.',
        codedBy: [{ id: study.coderA, name: 'Ada' }],
        notCodedBy: [{ id: study.coderB, name: 'Bo' }],
      }),
    ]);
    const doubt = await api.listDisagreements({
      roundId,
      coderIds: [study.coderA, study.coderB],
      codeId: study.doubt,
    });
    expect(doubt[0]).toMatchObject({
      text: 'Ana doubts the doctor.',
      notCodedBy: [{ name: 'Ada' }],
    });
  });

  it('exports CSV and a valid DOCX with a drafted methods paragraph', async () => {
    await api.closeRound({ id: roundId });
    const csv = await api.exportAgreementReport({ roundId, format: 'csv', bootstrapResamples: 0 });
    const lines = new TextDecoder().decode(csv.data).split('\r\n');
    expect(lines[0]).toContain("Krippendorff's alpha");
    expect(lines[1]).toMatch(/^All sources,All codes,Ada & Bo,/);
    const docx = await api.exportAgreementReport({
      roundId,
      format: 'docx',
      bootstrapResamples: 0,
    });
    expect(docx.fileName).toMatch(/\.docx$/);
    const parts = unzipSync(docx.data);
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']),
    );
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain(
      'Ada (coder) and Bo (coder in training) independently coded 1 transcript',
    );
    const report = await api.computeAgreement({ roundId, bootstrapResamples: 0 });
    expect(draftMethodsParagraph(report, 'First set')).toMatch(/Cohen's kappa -?\d\.\d\d/);
  });

  it('needs two coders and refuses unknown ids', async () => {
    expect(await errorCode(api.computeAgreement({ coderIds: [study.coderA] }))).toBe('bad_input');
    expect(await errorCode(api.computeAgreement({ coderIds: [study.coderA, 'x'] }))).toBe(
      'not_found',
    );
    expect(await errorCode(api.computeAgreement({ codeIds: ['x'] }))).toBe('not_found');
    expect(await errorCode(api.computeAgreement({ overlap: 0 }))).toBe('invalid_argument');
  });
});
