import { useMemo, useState } from 'react';
import type { AgreementRow } from '../../../shared/api/contract';
import { formatCount } from '../lib/format';
import { FigureValue } from './FigureValue';
import { MEASURES, alphaBand, formatCoefficient, type MeasureKey } from './measures';
import { sortRows, type LabelledRow, type SortDirection } from './reportView';

type SortKey = 'label' | 'units' | 'segments' | MeasureKey;

const units = (row: AgreementRow) => row.figures.units;
const segments = (row: AgreementRow) => row.figures.segments;

/**
 * A table of agreement rows, one per code, source or coder pair: the label (a button that opens
 * the passages behind the row), n, the chosen figures, alpha's interval and the segment counts.
 * Every column sorts; rows whose alpha is below Krippendorff's .800 are flagged.
 */
export function FiguresTable({
  caption,
  labelHeader,
  rows,
  measures,
  sortable = true,
  onDrill,
  drillLabel,
  activeId,
}: {
  caption: string;
  labelHeader: string;
  rows: readonly LabelledRow[];
  measures: readonly MeasureKey[];
  sortable?: boolean;
  onDrill: (row: LabelledRow) => void;
  /** "Show the passages where the coders disagree on Trust". */
  drillLabel: (row: LabelledRow) => string;
  /** The row whose passages are listed. */
  activeId?: string;
}) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection } | null>(null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const value =
      sort.key === 'label'
        ? 'label'
        : sort.key === 'units'
          ? units
          : sort.key === 'segments'
            ? segments
            : MEASURES[sort.key].value;
    return sortRows(rows, value, sort.direction);
  }, [rows, sort]);

  const header = (key: SortKey, label: string, title: string, numeric = true) => {
    const direction = sort?.key === key ? sort.direction : undefined;
    return (
      <th
        key={key}
        scope="col"
        className={['agr-table__head', numeric ? 'agr-table__head--num' : ''].join(' ')}
        aria-sort={direction ?? 'none'}
        title={title}
      >
        {sortable ? (
          <button
            type="button"
            className="agr-table__sort"
            onClick={() =>
              setSort({
                key,
                // The first click sorts figures worst first: the low ones are what a team discusses.
                direction: direction === 'ascending' ? 'descending' : 'ascending',
              })
            }
          >
            {label}
            {direction && (
              <span className="agr-table__sort-mark" aria-hidden>
                {direction === 'ascending' ? '▲' : '▼'}
              </span>
            )}
          </button>
        ) : (
          label
        )}
      </th>
    );
  };

  const hasAlpha = measures.includes('krippendorffAlpha');
  return (
    <table className="agr-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {header('label', labelHeader, `Sort by ${labelHeader.toLowerCase()}`, false)}
          {header('units', 'n', 'Reliability units: stretches between coding boundaries')}
          {measures.flatMap((key) => {
            const measure = MEASURES[key];
            const cells = [header(key, measure.label, measure.description)];
            if (key === 'krippendorffAlpha') {
              cells.push(
                <th
                  key="ci"
                  scope="col"
                  className="agr-table__head agr-table__head--num"
                  title="Bootstrap confidence interval of alpha"
                >
                  α CI
                </th>,
              );
            }
            return cells;
          })}
          {header('segments', 'Segments', 'Matched segments / all segments')}
        </tr>
      </thead>
      <tbody>
        {sorted.map((labelled) => {
          const { row } = labelled;
          const interval = row.figures.alphaInterval;
          const band = hasAlpha ? alphaBand(row.figures.krippendorffAlpha) : null;
          return (
            <tr
              key={labelled.id}
              className={[
                band === 'low' ? 'is-low' : band === 'tentative' ? 'is-tentative' : '',
                activeId === labelled.id ? 'is-active' : '',
              ].join(' ')}
            >
              <th scope="row" className="agr-table__label">
                <button
                  type="button"
                  className="agr-table__drill"
                  title={drillLabel(labelled)}
                  aria-label={drillLabel(labelled)}
                  aria-pressed={activeId === labelled.id}
                  onClick={() => onDrill(labelled)}
                >
                  {labelled.label}
                </button>
              </th>
              <td className="agr-table__num num">{formatCount(row.figures.units)}</td>
              {measures.flatMap((key) => {
                const cells = [
                  <td key={key} className="agr-table__num">
                    <FigureValue measure={MEASURES[key]} value={MEASURES[key].value(row)} />
                  </td>,
                ];
                if (key === 'krippendorffAlpha') {
                  cells.push(
                    <td key="ci" className="agr-table__num num agr-table__ci">
                      {interval && interval.lower !== null && interval.upper !== null
                        ? `${formatCoefficient(interval.lower)} to ${formatCoefficient(interval.upper)}`
                        : '—'}
                    </td>,
                  );
                }
                return cells;
              })}
              <td className="agr-table__num num">
                {formatCount(row.figures.matchedSegments)}/{formatCount(row.figures.segments)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
