import type { AgreementFigures, AgreementRow } from '../../../shared/api/contract';

/**
 * The figures of an agreement row as the UI names, formats and judges them. Krippendorff's
 * cut-offs (Content Analysis, 2004, p. 241) judge the alpha family: rely on α ≥ .800, draw only
 * tentative conclusions from .667 ≤ α < .800, and treat anything lower as unreliable. Kappas and
 * shares are shown without a verdict: no comparable convention exists for them.
 */
export const ALPHA_ACCEPTABLE = 0.8;
export const ALPHA_TENTATIVE = 0.667;

export type Band = 'acceptable' | 'tentative' | 'low';

export function alphaBand(value: number | null | undefined): Band | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  if (value >= ALPHA_ACCEPTABLE) return 'acceptable';
  if (value >= ALPHA_TENTATIVE) return 'tentative';
  return 'low';
}

export const BAND_LABEL: Record<Band, string> = {
  acceptable: 'acceptable',
  tentative: 'tentative',
  low: 'unreliable',
};

export const BAND_DESCRIPTION: Record<Band, string> = {
  acceptable: 'α ≥ .800: reliable enough to draw conclusions from',
  tentative: '.667 ≤ α < .800: allows tentative conclusions only',
  low: 'α < .667: not reliable; discuss and revise the code',
};

export type MeasureKey =
  | 'percentAgreement'
  | 'kappa'
  | 'fleissKappa'
  | 'krippendorffAlpha'
  | 'characterAgreement'
  | 'characterKappa'
  | 'segmentAgreement'
  | 'unitizingAlpha'
  | 'uAlpha'
  | 'cuAlpha'
  | 'domainCuAlpha';

export interface Measure {
  key: MeasureKey;
  /** Its full name, for chart titles. */
  name: string;
  /** Column header. */
  label: string;
  /** What the figure is, for the header's tooltip. */
  description: string;
  /** A share shown as a percentage, or a coefficient in [-1, 1]. */
  kind: 'share' | 'coefficient';
  /** Judged with Krippendorff's cut-offs. */
  banded: boolean;
  value(row: AgreementRow): number | null;
}

const figure =
  (key: keyof AgreementFigures) =>
  (row: AgreementRow): number | null => {
    const value = row.figures[key];
    return typeof value === 'number' ? value : null;
  };

export const MEASURES: Record<MeasureKey, Measure> = {
  percentAgreement: {
    key: 'percentAgreement',
    name: 'Percent agreement',
    label: 'Agreement',
    description: 'Percent agreement of the chosen unit (agreeing characters, or matched segments)',
    kind: 'share',
    banded: false,
    value: figure('percentAgreement'),
  },
  kappa: {
    key: 'kappa',
    name: 'Kappa',
    label: 'Kappa',
    description: "Cohen's kappa for a pair of coders, Fleiss' kappa for a group",
    kind: 'coefficient',
    banded: false,
    value: (row) => (row.scope === 'pair' ? row.figures.cohenKappa : row.figures.fleissKappa),
  },
  fleissKappa: {
    key: 'fleissKappa',
    name: "Fleiss' kappa",
    label: "Fleiss' κ",
    description: "Fleiss' kappa over the reliability units",
    kind: 'coefficient',
    banded: false,
    value: figure('fleissKappa'),
  },
  krippendorffAlpha: {
    key: 'krippendorffAlpha',
    name: "Krippendorff's alpha",
    label: 'α',
    description: "Krippendorff's alpha (nominal) over the reliability units",
    kind: 'coefficient',
    banded: true,
    value: figure('krippendorffAlpha'),
  },
  characterAgreement: {
    key: 'characterAgreement',
    name: 'Character agreement',
    label: 'Char. agreement',
    description: 'Share of characters the coders agree on (coded or not coded)',
    kind: 'share',
    banded: false,
    value: figure('characterAgreement'),
  },
  characterKappa: {
    key: 'characterKappa',
    name: 'Character kappa',
    label: 'Char. κ',
    description: 'Kappa of the character-level decisions (mean over pairs for a group)',
    kind: 'coefficient',
    banded: false,
    value: figure('characterKappa'),
  },
  segmentAgreement: {
    key: 'segmentAgreement',
    name: 'Segment agreement',
    label: 'Segment agreement',
    description: 'Matched segments / all segments, at the overlap threshold',
    kind: 'share',
    banded: false,
    value: figure('segmentAgreement'),
  },
  unitizingAlpha: {
    key: 'unitizingAlpha',
    name: 'Unitizing alpha',
    label: 'Unitizing α',
    description: "Krippendorff's (2004) unitizing alpha of the code's boundaries",
    kind: 'coefficient',
    banded: true,
    value: figure('unitizingAlpha'),
  },
  uAlpha: {
    key: 'uAlpha',
    name: 'u-alpha',
    label: 'u-α',
    description:
      'u-alpha: units and their codes together (Krippendorff, Mathet & Krippendorff 2016)',
    kind: 'coefficient',
    banded: true,
    value: figure('uAlpha'),
  },
  cuAlpha: {
    key: 'cuAlpha',
    name: 'cu-alpha',
    label: 'cu-α',
    description: 'cu-alpha: the codes of the stretches the coders both coded',
    kind: 'coefficient',
    banded: true,
    value: figure('cuAlpha'),
  },
  domainCuAlpha: {
    key: 'domainCuAlpha',
    name: 'Cu-alpha',
    label: 'Cu-α',
    description: "Cu-alpha: cu-alpha among the code's subcodes (its semantic domain)",
    kind: 'coefficient',
    banded: true,
    value: figure('domainCuAlpha'),
  },
};

/** The u-alpha family is optional in the core: a column exists once any row has a number. */
export const OPTIONAL_MEASURES: readonly MeasureKey[] = ['uAlpha', 'cuAlpha', 'domainCuAlpha'];

export function presentOptionalMeasures(rows: readonly AgreementRow[]): MeasureKey[] {
  return OPTIONAL_MEASURES.filter((key) => rows.some((row) => MEASURES[key].value(row) !== null));
}

/** "0.482", "−0.200" (a real minus sign), "—" when the figure is undefined. */
export function formatCoefficient(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return value.toFixed(3).replace(/^-/, '\u2212');
}

/** "99.5%"; shares above 99.95% but not all keep a decimal that shows they are not 100%. */
export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const percent = value * 100;
  const text = percent.toFixed(1);
  return `${text === '100.0' && value < 1 ? '99.9' : text}%`;
}

export function formatMeasure(measure: Measure, value: number | null | undefined): string {
  return measure.kind === 'share' ? formatShare(value) : formatCoefficient(value);
}

/** Why a figure is undefined, for its tooltip. */
export const UNDEFINED_FIGURE =
  'Undefined: the coders made no decisions that vary here (e.g. nobody applied the code)';
