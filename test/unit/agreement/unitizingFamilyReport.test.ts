import { describe, expect, it } from 'vitest';
import { cuAlpha, domainCuAlpha, uAlpha, type CodedSpan } from '../../../shared/agreement';
import {
  computeAgreementRows,
  draftMethodsParagraph,
  semanticDomains,
  type AgreementCoding,
} from '../../../shared/rounds';
import { AGREEMENT_COLUMNS, agreementCells } from '../../../electron/core/api/agreement-table';
import type { AgreementReport } from '../../../shared/api/contract';

// Code tree: emotion > {joy, fear > {panic}}, plus actor (no subcodes).
const codes = [
  { id: 'emotion', parentId: null },
  { id: 'joy', parentId: 'emotion' },
  { id: 'fear', parentId: 'emotion' },
  { id: 'panic', parentId: 'fear' },
  { id: 'actor', parentId: null },
];

describe('semanticDomains', () => {
  it('maps every selected descendant to the subcode it belongs to', () => {
    const domains = semanticDomains(codes, new Set(codes.map((code) => code.id)));
    expect([...domains.keys()].sort()).toEqual(['emotion', 'fear']);
    expect(domains.get('emotion')).toEqual(
      new Map([
        ['joy', 'joy'],
        ['fear', 'fear'],
        ['panic', 'fear'],
      ]),
    );
    expect(domains.get('fear')).toEqual(new Map([['panic', 'panic']]));
  });

  it('skips unselected codes in between', () => {
    const domains = semanticDomains(codes, new Set(['emotion', 'panic']));
    expect(domains.get('emotion')).toEqual(new Map([['panic', 'fear']]));
  });
});

describe('the agreement report’s u-alpha family', () => {
  const sources = [
    { id: 's1', length: 100 },
    { id: 's2', length: 60 },
  ];
  const coding = (
    sourceId: string,
    coderId: string,
    codeId: string,
    start: number,
    end: number,
  ): AgreementCoding => ({ sourceId, coderId, codeId, start, end });
  const codings = [
    coding('s1', 'a', 'joy', 0, 20),
    coding('s1', 'b', 'joy', 2, 20),
    coding('s1', 'a', 'panic', 40, 60),
    coding('s1', 'b', 'fear', 40, 55),
    coding('s1', 'a', 'actor', 70, 90),
    coding('s1', 'b', 'actor', 70, 85),
    coding('s2', 'a', 'joy', 10, 30),
    coding('s2', 'b', 'fear', 10, 30),
  ];
  const codeIds = codes.map((code) => code.id);
  const rows = computeAgreementRows(sources, ['a', 'b'], codeIds, codings, {
    unit: 'character',
    overlap: 0.9,
    excludeUncoded: false,
    bootstrapResamples: 0,
    domains: semanticDomains(codes, new Set(codeIds)),
  });
  const spansOf = (sourceId: string, coderId: string, shift = 0): CodedSpan[] =>
    codings
      .filter((c) => c.sourceId === sourceId && c.coderId === coderId)
      .map((c) => ({ code: c.codeId, start: c.start + shift, end: c.end + shift }));
  // Both sources laid end to end: s2 starts at 100.
  const joined = ['a', 'b'].map((coder) => [...spansOf('s1', coder), ...spansOf('s2', coder, 100)]);
  const whole = { start: 0, end: 160 };
  const row = (sourceId: string | null, codeId: string | null) =>
    rows.find((r) => r.sourceId === sourceId && r.codeId === codeId)!.figures;

  it('reports u-alpha and cu-alpha over all sources on the overall row', () => {
    expect(row(null, null).uAlpha).toBeCloseTo(uAlpha(joined, whole).alpha!, 12);
    expect(row(null, null).cuAlpha).toBeCloseTo(cuAlpha(joined, whole).alpha!, 12);
    expect(row(null, null).domainCuAlpha).toBeNull();
  });

  it('reports them per source', () => {
    const s1 = ['a', 'b'].map((coder) => spansOf('s1', coder));
    expect(row('s1', null).uAlpha).toBeCloseTo(uAlpha(s1, { start: 0, end: 100 }).alpha!, 12);
    expect(row('s1', null).cuAlpha).toBeCloseTo(cuAlpha(s1, { start: 0, end: 100 }).alpha!, 12);
  });

  it('reports Cu-alpha among the subcodes on the row of a code with subcodes only', () => {
    const emotion = semanticDomains(codes, new Set(codeIds)).get('emotion')!;
    // Over both sources: joy/joy agrees, panic (counted as fear)/fear agrees, joy/fear does not.
    expect(row(null, 'emotion').domainCuAlpha).toBeCloseTo(
      domainCuAlpha(joined, whole, emotion).alpha!,
      12,
    );
    expect(row(null, 'emotion').domainCuAlpha).toBeLessThan(1);
    expect(row(null, 'emotion')).toMatchObject({ uAlpha: null, cuAlpha: null });
    // In s1 alone the domain agrees perfectly.
    expect(row('s1', 'emotion').domainCuAlpha).toBe(1);
    expect(row(null, 'actor').domainCuAlpha).toBeNull();
    expect(row(null, 'joy').domainCuAlpha).toBeNull();
  });

  const report: AgreementReport = {
    roundId: null,
    unit: 'character',
    overlap: 0.9,
    excludeUncoded: false,
    coders: [
      { id: 'a', name: 'Ann', role: 'coder' },
      { id: 'b', name: 'Bo', role: 'coder' },
    ],
    sources: [
      { id: 's1', title: 'One' },
      { id: 's2', title: 'Two' },
    ],
    codes: codes.map((code) => ({ id: code.id, name: code.id })),
    rows,
  };

  it('gives the exports a column for each', () => {
    const column = (name: string) => AGREEMENT_COLUMNS.indexOf(name as never);
    const overall = agreementCells(
      report,
      rows.find((r) => r.codeId === null)!,
    );
    expect(overall[column('u-alpha')]).toBe(row(null, null).uAlpha!.toFixed(2));
    expect(overall[column('cu-alpha')]).toBe(row(null, null).cuAlpha!.toFixed(2));
    expect(overall[column('Cu-alpha (subcodes)')]).toBe('');
    const emotionRow = rows.find((r) => r.sourceId === null && r.codeId === 'emotion')!;
    const emotion = agreementCells(report, emotionRow);
    expect(emotion[column('Cu-alpha (subcodes)')]).toBe(
      row(null, 'emotion').domainCuAlpha!.toFixed(2),
    );
    expect(emotion[column('u-alpha')]).toBe('');
  });

  it('names them in the methods paragraph', () => {
    const paragraph = draftMethodsParagraph(report);
    expect(paragraph).toContain("Krippendorff's u-alpha and cu-alpha over all codes");
    expect(paragraph).toContain('Cu-alpha among the subcodes');
    expect(paragraph).toContain(`u-alpha ${row(null, null).uAlpha!.toFixed(2)}`);
  });
});
