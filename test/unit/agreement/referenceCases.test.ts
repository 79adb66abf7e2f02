/**
 * Reproduces every published worked example in test/fixtures/agreement/reference-cases.json
 * (see SOURCE.md there) within the case's own tolerance. Each case id has a handler that computes
 * the case's expected keys; a case without a handler fails, so new cases cannot slip through.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../../shared/agreement/krippendorffAlpha';
import {
  fleissKappaFromCounts,
  multiCoderCoefficients,
} from '../../../shared/agreement/multiCoderCoefficients';
import { twoCoderCoefficients } from '../../../shared/agreement/twoCoderCoefficients';
import { unitizingAlphaByCategory } from '../../../shared/agreement/text/unitizingAlpha2004';
import { bestAlignmentDisorder } from '../../../shared/agreement/gamma/bestAlignmentDisorder';
import type { MeasurementLevel, ReliabilityCell } from '../../../shared/agreement/types';

interface ReferenceCase {
  id: string;
  measure: string;
  level: string;
  data: Record<string, unknown>;
  expected: Record<string, number>;
  tolerance: number;
  source: string;
}

const cases = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/agreement/reference-cases.json'), 'utf8'),
) as ReferenceCase[];

type Matrix = ReliabilityCell[][];
type Handler = (data: Record<string, unknown>, level: string) => Record<string, number | null>;

const transpose = (matrix: Matrix): Matrix =>
  matrix[0]!.map((_, c) => matrix.map((row) => row[c]!));

function alphaCase(data: Record<string, unknown>, level: string) {
  const result = krippendorffAlpha(data.matrix as Matrix, { level: level as MeasurementLevel });
  return { alpha: result.alpha, Do: result.Do, De: result.De };
}

function twoCoderTable(data: Record<string, unknown>) {
  const table = data.table as number[][];
  return {
    nominal: twoCoderCoefficients(table),
    linear: twoCoderCoefficients(table, 'linear'),
    quadratic: twoCoderCoefficients(table, 'quadratic'),
  };
}

const handlers: Record<string, Handler> = {
  kalpha_k2011_nominal: alphaCase,
  kalpha_k2011_ordinal: alphaCase,
  kalpha_k2011_interval: alphaCase,
  kalpha_k2011_ratio: alphaCase,
  kalpha_wikipedia_nominal: alphaCase,
  kalpha_wikipedia_interval: alphaCase,
  artstein_poesio_2008_ex1: (data) => {
    const { nominal } = twoCoderTable(data);
    return {
      percent_agreement: nominal.percentAgreement,
      S: nominal.brennanPrediger.value,
      pi: nominal.scottPi.value,
      pi_Ae: nominal.scottPi.pe,
      kappa: nominal.cohenKappa.value,
      kappa_Ae: nominal.cohenKappa.pe,
    };
  },
  cohen_kappa_wikipedia: (data) => {
    const { cohenKappa } = twoCoderTable(data).nominal;
    return { kappa: cohenKappa.value, po: cohenKappa.pa, pe: cohenKappa.pe };
  },
  cohen_kappa_cohen1960_p45: (data) => {
    const { cohenKappa } = twoCoderTable(data).nominal;
    return { kappa: cohenKappa.value, po: cohenKappa.pa, pe: cohenKappa.pe };
  },
  gwet_table_cont3x3abstractors: (data) => {
    const { nominal, linear, quadratic } = twoCoderTable(data);
    return {
      cohen: nominal.cohenKappa.value,
      cohen_linear: linear.cohenKappa.value,
      cohen_quadratic: quadratic.cohenKappa.value,
      scott: nominal.scottPi.value,
      scott_linear: linear.scottPi.value,
      scott_quadratic: quadratic.scottPi.value,
      bp: nominal.brennanPrediger.value,
      bp_linear: linear.brennanPrediger.value,
      bp_quadratic: quadratic.brennanPrediger.value,
      gwet_ac1: nominal.gwetAc.value,
      gwet_ac2_linear: linear.gwetAc.value,
      gwet_ac2_quadratic: quadratic.gwetAc.value,
      pa: nominal.percentAgreement,
    };
  },
  brennan_prediger_1981_ex1_p689: (data) => {
    const { nominal } = twoCoderTable(data);
    expect(data.q).toBe((data.table as number[][]).length);
    return {
      po: nominal.percentAgreement,
      S_pe: nominal.brennanPrediger.pe,
      S: nominal.brennanPrediger.value,
      kappa_pe: nominal.cohenKappa.pe,
      kappa: nominal.cohenKappa.value,
    };
  },
  fleiss_kappa_wikipedia: (data) => {
    const fleiss = fleissKappaFromCounts(data.counts as number[][]);
    return { kappa: fleiss.value, P_bar: fleiss.pa, P_e_bar: fleiss.pe };
  },
  gwet_multirater_raw4raters: (data) => {
    // The case stores units x raters; Concord's reliability data are coders x units.
    const matrix = transpose(data.matrix as Matrix);
    const family = multiCoderCoefficients(matrix);
    return {
      fleiss: family.fleissKappa.value,
      fleiss_pa: family.fleissKappa.pa,
      fleiss_pe: family.fleissKappa.pe,
      bp: family.brennanPrediger.value,
      bp_pe: family.brennanPrediger.pe,
      gwet_ac1: family.gwetAc1.value,
      gwet_pe: family.gwetAc1.pe,
      kalpha: krippendorffAlpha(matrix).alpha,
    };
  },
  unitizing_alpha_k2004_p254: (data) => {
    const toSpans = (units: [number, number, string][]) =>
      units.map(([begin, length, code]) => ({ code, start: begin, end: begin + length }));
    const perCategory = unitizingAlphaByCategory(
      [
        toSpans(data.observer_i as [number, number, string][]),
        toSpans(data.observer_j as [number, number, string][]),
      ],
      { start: data.B as number, end: (data.B as number) + (data.L as number) },
    );
    const c = perCategory.get('c')!;
    const k = perCategory.get('k')!;
    // The overall figure is dkpro's averaging convention (README), computed here from our parts.
    const overall = 1 - (c.Do + k.Do) / 2 / ((c.De + k.De) / 2);
    return {
      Do_c: c.Do,
      De_c: c.De,
      alpha_c: c.alpha,
      Do_k: k.Do,
      De_k: k.De,
      alpha_k: k.alpha,
      alpha_overall_meanDo_over_meanDe: overall,
    };
  },
  gamma_fixture_01_two_annotators_simple: gammaCase,
  gamma_fixture_03_identical_perfect: gammaCase,
};

function gammaCase(data: Record<string, unknown>) {
  const params = data.params as { alpha: number; beta: number; deltaEmpty: number };
  const units = (data.continuum as [string, number, number, string][]).map(
    ([annotator, start, end, category]) => ({ annotator, start, end, category }),
  );
  return { best_alignment_disorder: bestAlignmentDisorder(units, params).disorder };
}

describe('published agreement reference cases', () => {
  it('has a handler for every case in the fixture', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.map((c) => c.id).filter((id) => !handlers[id])).toEqual([]);
  });

  for (const referenceCase of cases) {
    it(`${referenceCase.id} (${referenceCase.measure}, ${referenceCase.level})`, () => {
      const handler = handlers[referenceCase.id];
      expect(handler, `no handler for ${referenceCase.id}`).toBeDefined();
      const actual = handler!(referenceCase.data, referenceCase.level);
      for (const [key, expected] of Object.entries(referenceCase.expected)) {
        const value = actual[key];
        expect(value, `${referenceCase.id}.${key} is not computed`).toBeTypeOf('number');
        expect(
          Math.abs(value! - expected),
          `${referenceCase.id}.${key}: got ${value}, expected ${expected} ± ${referenceCase.tolerance}`,
        ).toBeLessThanOrEqual(referenceCase.tolerance);
      }
    });
  }
});
