import type { AgreementReport, AgreementRow } from '../../../shared/api/contract';
import { formatFigure } from '../../../shared/rounds';

/** The report's rows as labelled cells, shared by the CSV and DOCX exports. */
export const AGREEMENT_COLUMNS = [
  'Source',
  'Code',
  'Coders',
  'Percent agreement',
  "Cohen's kappa",
  "Fleiss' kappa",
  "Krippendorff's alpha",
  'Alpha CI',
  'Character agreement',
  'Segment agreement',
  'Unitizing alpha',
  'u-alpha',
  'cu-alpha',
  'Cu-alpha (subcodes)',
  'Units',
] as const;

export function agreementCells(report: AgreementReport, row: AgreementRow): string[] {
  const sources = new Map(report.sources.map((source) => [source.id, source.title]));
  const codes = new Map(report.codes.map((code) => [code.id, code.name]));
  const coders = new Map(report.coders.map((coder) => [coder.id, coder.name]));
  const f = row.figures;
  const interval =
    f.alphaInterval && f.alphaInterval.lower !== null && f.alphaInterval.upper !== null
      ? `${formatFigure(f.alphaInterval.lower)} to ${formatFigure(f.alphaInterval.upper)}`
      : '';
  return [
    row.sourceId === null ? 'All sources' : (sources.get(row.sourceId) ?? row.sourceId),
    row.codeId === null ? 'All codes' : (codes.get(row.codeId) ?? row.codeId),
    row.coderIds.map((id) => coders.get(id) ?? id).join(row.scope === 'pair' ? ' & ' : ', '),
    formatFigure(f.percentAgreement),
    row.scope === 'pair' ? formatFigure(f.cohenKappa) : '',
    formatFigure(f.fleissKappa),
    formatFigure(f.krippendorffAlpha),
    interval,
    formatFigure(f.characterAgreement),
    formatFigure(f.segmentAgreement),
    row.codeId === null ? '' : formatFigure(f.unitizingAlpha),
    // u-alpha and cu-alpha pool codes; Cu-alpha belongs to a code with subcodes.
    row.codeId === null ? formatFigure(f.uAlpha) : '',
    row.codeId === null ? formatFigure(f.cuAlpha) : '',
    f.domainCuAlpha === null ? '' : formatFigure(f.domainCuAlpha),
    String(f.units),
  ];
}

/** A short, safe file name from the project's name. */
export function reportBaseName(projectName: string): string {
  const slug = projectName
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  return `${slug === '' ? 'project' : slug}-agreement`;
}
