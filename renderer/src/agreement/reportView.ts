import type { AgreementReport, AgreementRow } from '../../../shared/api/contract';
import type { Id } from '../../../shared/domain/types';

/** A code's or a source's headline row: the group's figures, or the one pair's with two coders. */
export interface LabelledRow {
  id: Id;
  label: string;
  row: AgreementRow;
}

/** The report's rows arranged for the tables and charts. */
export interface ReportView {
  /** The headline overall row (the group, or the only pair). */
  overall: AgreementRow | null;
  /** Every pair's overall row, in the order of the coders. */
  pairs: AgreementRow[];
  /** The group's overall row (three coders or more). */
  group: AgreementRow | null;
  /** Per code, in codebook order; codes nobody applied (no units, no segments) are `unused`. */
  codes: LabelledRow[];
  unusedCodes: LabelledRow[];
  /** Per source, in the report's order. */
  sources: LabelledRow[];
  /** Headline rows per code and source, when the core computed them (at most 100 sources). */
  cells: Map<Id, Map<Id, AgreementRow>>;
}

const key = (sourceId: Id | null, codeId: Id | null) => `${sourceId ?? '*'}\u0000${codeId ?? '*'}`;

/** Whether any coder applied the code in the selection (otherwise all its figures are trivial). */
export function isUsed(row: AgreementRow): boolean {
  return row.figures.units > 0 || row.figures.segments > 0;
}

/**
 * Arranges a report: `codePaths` names codes by their full path ("Processes / Referral /
 * Challenges"), since sibling names repeat across the tree; `codeOrder` is the codebook order.
 */
export function buildReportView(
  report: AgreementReport,
  codePaths: ReadonlyMap<Id, string>,
  codeOrder: readonly Id[] = [],
): ReportView {
  const headline = new Map<string, AgreementRow>();
  const pairs: AgreementRow[] = [];
  let group: AgreementRow | null = null;
  for (const row of report.rows) {
    const k = key(row.sourceId, row.codeId);
    const known = headline.get(k);
    if (!known || (known.scope === 'pair' && row.scope === 'group')) headline.set(k, row);
    if (row.sourceId === null && row.codeId === null) {
      if (row.scope === 'pair') pairs.push(row);
      else group = row;
    }
  }

  const position = new Map(codeOrder.map((id, index) => [id, index]));
  const orderedCodes = [...report.codes].sort(
    (a, b) =>
      (position.get(a.id) ?? Number.MAX_SAFE_INTEGER) -
      (position.get(b.id) ?? Number.MAX_SAFE_INTEGER),
  );
  const codes: LabelledRow[] = [];
  const unusedCodes: LabelledRow[] = [];
  for (const code of orderedCodes) {
    const row = headline.get(key(null, code.id));
    if (!row) continue;
    const labelled = { id: code.id, label: codePaths.get(code.id) ?? code.name, row };
    (isUsed(row) ? codes : unusedCodes).push(labelled);
  }

  const sources: LabelledRow[] = [];
  for (const source of report.sources) {
    const row = headline.get(key(source.id, null));
    if (row) sources.push({ id: source.id, label: source.title, row });
  }

  const cells = new Map<Id, Map<Id, AgreementRow>>();
  for (const row of headline.values()) {
    if (row.sourceId === null || row.codeId === null) continue;
    let bySource = cells.get(row.codeId);
    if (!bySource) cells.set(row.codeId, (bySource = new Map()));
    bySource.set(row.sourceId, row);
  }

  return {
    overall: group ?? pairs[0] ?? null,
    pairs,
    group,
    codes,
    unusedCodes,
    sources,
    cells,
  };
}

/** "Sarah & Miguel" for a pair, "Sarah, Miguel and Jun" for a group. */
export function codersLabel(report: AgreementReport, row: AgreementRow): string {
  const names = row.coderIds.map(
    (id) => report.coders.find((coder) => coder.id === id)?.name ?? 'Unknown coder',
  );
  if (row.scope === 'pair') return names.join(' & ');
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export type SortDirection = 'ascending' | 'descending';

/**
 * Sorts labelled rows by a figure (undefined figures last whichever the direction) or by label;
 * ties keep their order.
 */
export function sortRows(
  rows: readonly LabelledRow[],
  value: ((row: AgreementRow) => number | null) | 'label',
  direction: SortDirection,
): LabelledRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const indexed = rows.map((row, index) => ({ row, index }));
  indexed.sort((a, b) => {
    if (value === 'label') {
      return (
        sign * a.row.label.localeCompare(b.row.label, undefined, { numeric: true }) ||
        a.index - b.index
      );
    }
    const x = value(a.row.row);
    const y = value(b.row.row);
    if (x === null || y === null) {
      return x === y ? a.index - b.index : x === null ? 1 : -1;
    }
    return sign * (x - y) || a.index - b.index;
  });
  return indexed.map((entry) => entry.row);
}
