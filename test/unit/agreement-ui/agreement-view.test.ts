import { describe, expect, it, vi } from 'vitest';
import type { AgreementFigures, AgreementReport, AgreementRow } from '../../../shared/api/contract';
import type { Round, User } from '../../../shared/domain/types';
import {
  controlsProblem,
  defaultCoderIds,
  defaultRound,
  toAgreementQuery,
  type AgreementControls,
} from '../../../renderer/src/agreement/agreementQuery';
import {
  coefficientDomain,
  coefficientTicks,
  fitLabel,
} from '../../../renderer/src/agreement/chartLayout';
import {
  MEASURES,
  alphaBand,
  formatCoefficient,
  formatShare,
  presentOptionalMeasures,
} from '../../../renderer/src/agreement/measures';
import { buildReportView, codersLabel, sortRows } from '../../../renderer/src/agreement/reportView';
import { svgFileName, withPrintColours } from '../../../renderer/src/agreement/svgExport';

// The feature's modules reach the core through the api module, which needs a browser.
vi.mock('../../../renderer/src/api', () => ({ api: {} }));

function figures(alpha: number | null, extra: Partial<AgreementFigures> = {}): AgreementFigures {
  return {
    percentAgreement: 0.9,
    cohenKappa: null,
    fleissKappa: alpha,
    krippendorffAlpha: alpha,
    alphaInterval: null,
    characterAgreement: 0.9,
    characterKappa: alpha,
    segmentAgreement: 0.5,
    segments: 4,
    matchedSegments: 2,
    unitizingAlpha: null,
    uAlpha: null,
    cuAlpha: null,
    domainCuAlpha: null,
    units: 10,
    ...extra,
  };
}

function row(
  sourceId: string | null,
  codeId: string | null,
  coderIds: string[],
  alpha: number | null,
  extra: Partial<AgreementFigures> = {},
): AgreementRow {
  return {
    sourceId,
    codeId,
    coderIds,
    scope: coderIds.length === 2 ? 'pair' : 'group',
    figures: figures(alpha, extra),
  };
}

const S = 's';
const M = 'm';
const J = 'j';

function report(rows: AgreementRow[]): AgreementReport {
  return {
    roundId: 'r1',
    unit: 'character',
    overlap: 0.9,
    excludeUncoded: false,
    coders: [
      { id: S, name: 'Sarah', role: 'coder' },
      { id: M, name: 'Miguel', role: 'coder' },
      { id: J, name: 'Jun', role: 'coder' },
    ],
    sources: [
      { id: 'src1', title: 'Interview 01' },
      { id: 'src2', title: 'Interview 02' },
    ],
    codes: [
      { id: 'c1', name: 'Challenges' },
      { id: 'c2', name: 'Challenges' },
      { id: 'c3', name: 'Unused' },
    ],
    rows,
  };
}

describe('alpha verdicts after Krippendorff', () => {
  it('bands alpha at .667 and .800', () => {
    expect(alphaBand(0.8)).toBe('acceptable');
    expect(alphaBand(0.79)).toBe('tentative');
    expect(alphaBand(0.667)).toBe('tentative');
    expect(alphaBand(0.6669)).toBe('low');
    expect(alphaBand(-0.2)).toBe('low');
    expect(alphaBand(null)).toBeNull();
  });

  it('formats figures with three decimals, a real minus and a dash for undefined', () => {
    expect(formatCoefficient(0.48249)).toBe('0.482');
    expect(formatCoefficient(-0.2)).toBe('\u22120.200');
    expect(formatCoefficient(null)).toBe('—');
    expect(formatShare(0.9949)).toBe('99.5%');
    // Almost but not all: never rounded up to a perfect 100%.
    expect(formatShare(0.99996)).toBe('99.9%');
    expect(formatShare(1)).toBe('100.0%');
  });

  it('shows the optional u-alpha family only once the core gives a number', () => {
    const rows = [row(null, null, [S, M], 0.5), row(null, null, [S, M, J], 0.5, { cuAlpha: 0.4 })];
    expect(presentOptionalMeasures(rows)).toEqual(['cuAlpha']);
    expect(presentOptionalMeasures([row(null, null, [S, M], 0.5, { uAlpha: null })])).toEqual([]);
  });

  it("reads Cohen's kappa for a pair and Fleiss' kappa for a group", () => {
    const pair = row(null, null, [S, M], 0.5, { cohenKappa: 0.61, fleissKappa: 0.5 });
    const group = row(null, null, [S, M, J], 0.5, { cohenKappa: null, fleissKappa: 0.47 });
    expect(MEASURES.kappa.value(pair)).toBe(0.61);
    expect(MEASURES.kappa.value(group)).toBe(0.47);
  });
});

describe('buildReportView', () => {
  const rows = [
    row(null, null, [S, M], 0.5),
    row(null, null, [S, J], 0.4),
    row(null, null, [M, J], 0.3),
    row(null, null, [S, M, J], 0.42),
    row(null, 'c1', [S, M], 0.9),
    row(null, 'c1', [S, M, J], 0.7),
    row(null, 'c2', [S, M, J], 0.2),
    row(null, 'c3', [S, M, J], null, { units: 0, segments: 0, matchedSegments: 0 }),
    row('src1', null, [S, M, J], 0.6),
    row('src1', 'c1', [S, M, J], 0.1),
  ];
  const paths = new Map([
    ['c1', 'Processes / Challenges'],
    ['c2', 'Collaboration / Challenges'],
  ]);

  it('takes the group row as the headline, with every pair beside it', () => {
    const view = buildReportView(report(rows), paths, ['c2', 'c1', 'c3']);
    expect(view.overall?.scope).toBe('group');
    expect(view.group?.figures.krippendorffAlpha).toBe(0.42);
    expect(view.pairs.map((pair) => pair.coderIds)).toEqual([
      [S, M],
      [S, J],
      [M, J],
    ]);
  });

  it('names codes by path, in codebook order, and sets codes nobody applied apart', () => {
    const view = buildReportView(report(rows), paths, ['c2', 'c1', 'c3']);
    expect(view.codes.map((code) => [code.label, code.row.figures.krippendorffAlpha])).toEqual([
      ['Collaboration / Challenges', 0.2],
      ['Processes / Challenges', 0.7],
    ]);
    expect(view.unusedCodes.map((code) => code.label)).toEqual(['Unused']);
    expect(view.sources.map((source) => source.label)).toEqual(['Interview 01']);
    expect(view.cells.get('c1')?.get('src1')?.figures.krippendorffAlpha).toBe(0.1);
  });

  it('takes the pair as the headline with two coders', () => {
    const two = {
      ...report([row(null, null, [S, M], 0.5)]),
      coders: report([]).coders.slice(0, 2),
    };
    const view = buildReportView(two, paths);
    expect(view.overall?.scope).toBe('pair');
    expect(view.group).toBeNull();
    expect(codersLabel(two, view.overall!)).toBe('Sarah & Miguel');
  });

  it('names a group of coders in words', () => {
    expect(codersLabel(report(rows), rows[3]!)).toBe('Sarah, Miguel and Jun');
  });

  it('sorts by a figure with undefined figures last in both directions', () => {
    const labelled = [
      { id: 'a', label: 'A', row: row(null, 'a', [S, M], 0.5) },
      { id: 'b', label: 'B', row: row(null, 'b', [S, M], null) },
      { id: 'c', label: 'C', row: row(null, 'c', [S, M], 0.1) },
    ];
    const alpha = MEASURES.krippendorffAlpha.value;
    expect(sortRows(labelled, alpha, 'ascending').map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(sortRows(labelled, alpha, 'descending').map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortRows(labelled, 'label', 'descending').map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('agreement controls', () => {
  const round = (
    id: string,
    status: 'open' | 'closed',
    createdAt: string,
    closedAt: string | null,
  ) =>
    ({
      id,
      name: id,
      mode: 'independent',
      status,
      sourceIds: [],
      assignments: [
        { sourceId: 'x', coderId: 'jun', doneAt: null },
        { sourceId: 'x', coderId: 'sarah', doneAt: null },
      ],
      createdAt,
      closedAt,
    }) satisfies Round;
  const user = (id: string, deactivatedAt: string | null = null): User => ({
    id,
    name: id,
    role: 'coder',
    createdAt: '2024-01-01',
    deactivatedAt,
  });

  it('starts with the latest closed round, else the latest round', () => {
    const first = round('first', 'closed', '2024-01-01', '2024-02-01');
    const second = round('second', 'open', '2024-03-01', null);
    const third = round('third', 'closed', '2024-01-15', '2024-04-01');
    expect(defaultRound([first, second, third])?.id).toBe('third');
    expect(defaultRound([second])?.id).toBe('second');
    expect(defaultRound([])).toBeNull();
  });

  it("compares the round's coders in the team's order, else every active user", () => {
    const users = [user('sarah'), user('miguel'), user('jun'), user('gone', '2024-05-01')];
    const r = round('first', 'closed', '2024-01-01', '2024-02-01');
    expect(defaultCoderIds(r, users)).toEqual(['sarah', 'jun']);
    expect(defaultCoderIds(null, users)).toEqual(['sarah', 'miguel', 'jun']);
  });

  it('asks for two coders and a valid overlap, and turns bootstrap into resamples', () => {
    const controls: AgreementControls = {
      roundId: 'r',
      coderIds: ['a', 'b'],
      unit: 'segment',
      overlap: 0.9,
      excludeUncoded: true,
      bootstrap: false,
    };
    expect(controlsProblem(controls)).toBeNull();
    expect(controlsProblem({ ...controls, coderIds: ['a'] })).toMatch(/two coders/);
    expect(controlsProblem({ ...controls, overlap: 0 })).toMatch(/overlap/);
    // The overlap only matters for segments.
    expect(controlsProblem({ ...controls, unit: 'character', overlap: 0 })).toBeNull();
    expect(toAgreementQuery(controls)).toEqual({
      roundId: 'r',
      coderIds: ['a', 'b'],
      unit: 'segment',
      overlap: 0.9,
      excludeUncoded: true,
      bootstrapResamples: 0,
    });
    expect(toAgreementQuery({ ...controls, roundId: null, bootstrap: true })).not.toHaveProperty(
      'roundId',
    );
  });
});

describe('charts', () => {
  it('spans coefficients from 0 (or the tenth below the lowest) to 1', () => {
    expect(coefficientDomain([0.3, null, 0.9])).toEqual([0, 1]);
    expect(coefficientDomain([-0.063, 0.5])).toEqual([-0.2, 1]);
    expect(coefficientDomain([-3])).toEqual([-1, 1]);
    expect(coefficientTicks([0, 1])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(coefficientTicks([-0.2, 1])).toEqual([-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(coefficientTicks([-1, 1])).toEqual([-1, -0.5, 0, 0.5, 1]);
  });

  it("keeps a long code path's end, where its own name is", () => {
    expect(fitLabel('Short', 10)).toBe('Short');
    expect(fitLabel('Processes / Identification / Challenges', 20)).toBe('…cation / Challenges');
  });

  it('saves charts in the light print palette, with a safe file name', () => {
    const markup =
      '<rect style="fill: var(--agr-chart-bg);"/><text style="fill: var(--agr-chart-low)"/>';
    expect(withPrintColours(markup)).toBe(
      '<rect style="fill: #ffffff;"/><text style="fill: #c4322f"/>',
    );
    expect(withPrintColours('var(--agr-chart-unknown)')).toBe('var(--agr-chart-unknown)');
    expect(svgFileName("Krippendorff's alpha per code First set — independent")).toBe(
      'krippendorffs-alpha-per-code-first-set-independent.svg',
    );
  });
});
