/**
 * A drafted "methods" paragraph for a reliability report: who coded (with their roles), what the
 * unit was, which measures were computed and the overall figures. A draft for the researcher to
 * edit, in plain English, with figures rounded to two decimals.
 */
import type { AgreementReport, AgreementRow } from '../api/contract';
import type { UserRole } from '../domain/types';

const ROLE_WORD: Record<UserRole, string> = {
  lead: 'lead researcher',
  coder: 'coder',
  mentee: 'coder in training',
};

export function formatFigure(value: number | null): string {
  return value === null ? 'undefined' : value.toFixed(2);
}

function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function overallRow(report: AgreementReport): AgreementRow | undefined {
  const overall = report.rows.filter((row) => row.sourceId === null && row.codeId === null);
  return overall.find((row) => row.scope === 'group') ?? overall[0];
}

export function draftMethodsParagraph(report: AgreementReport, roundName?: string): string {
  const coders = report.coders.map((coder) => `${coder.name} (${ROLE_WORD[coder.role]})`);
  const sources = report.sources.length;
  const codes = report.codes.length;
  const unitSentence =
    report.unit === 'character'
      ? `Agreement was assessed at the character level: for each code, every character of the transcripts${report.excludeUncoded ? ' that at least one coder had coded' : ''} counted as one coding decision.`
      : `Agreement was assessed at the segment level: a coded segment counted as matched when another coder had applied the same code to a segment overlapping it by at least ${Math.round(report.overlap * 100)}% of their joint extent.`;
  const row = overallRow(report);
  const figures = row?.figures;
  const measures = [
    'percent agreement',
    report.coders.length === 2 ? "Cohen's kappa" : "Fleiss' kappa",
    "Krippendorff's alpha (nominal) with a bootstrap confidence interval",
    "Krippendorff's unitizing alpha per code",
  ];
  // The u-alpha family is named when the report has its figures (at least one row defines them).
  const pooled = figures && (figures.uAlpha !== null || figures.cuAlpha !== null);
  const domains = report.rows.some((r) => r.codeId !== null && r.figures.domainCuAlpha !== null);
  if (pooled) {
    measures.push(
      "Krippendorff's u-alpha and cu-alpha over all codes (Krippendorff, Mathet, Bouvry & Widlöcher, 2016)",
    );
  }
  if (domains) {
    measures.push("Krippendorff's Cu-alpha among the subcodes of each code that has subcodes");
  }
  const results: string[] = [];
  if (figures) {
    results.push(`percent agreement was ${formatFigure(figures.percentAgreement)}`);
    if (report.coders.length === 2) {
      results.push(`Cohen's kappa ${formatFigure(figures.cohenKappa)}`);
    } else {
      results.push(`Fleiss' kappa ${formatFigure(figures.fleissKappa)}`);
    }
    const interval = figures.alphaInterval;
    results.push(
      `Krippendorff's alpha ${formatFigure(figures.krippendorffAlpha)}` +
        (interval && interval.lower !== null && interval.upper !== null
          ? ` (${Math.round(interval.confidence * 100)}% CI ${formatFigure(interval.lower)} to ${formatFigure(interval.upper)}, ${interval.resamples} bootstrap resamples)`
          : ''),
    );
    if (pooled) {
      results.push(
        `u-alpha ${formatFigure(figures.uAlpha)} and cu-alpha ${formatFigure(figures.cuAlpha)}`,
      );
    }
  }
  const round = roundName ? ` in the coding round "${roundName}"` : '';
  return [
    `${coders.length === 0 ? 'No coders' : listing(coders)} independently coded ${sources} ${sources === 1 ? 'transcript' : 'transcripts'}${round} with a codebook of ${codes} ${codes === 1 ? 'code' : 'codes'}, without seeing each other's codings until the round was closed.`,
    unitSentence,
    `We computed ${listing(measures)}; the reliability units for kappa and alpha were the stretches of text between the boundaries of any coder's codings of a code.`,
    results.length > 0 ? `Across all codes and transcripts, ${listing(results)}.` : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
}
