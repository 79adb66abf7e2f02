import type { AgreementReport, AgreementRow } from '../../../shared/api/contract';
import type { Id } from '../../../shared/domain/types';
import { FigureValue } from './FigureValue';
import type { Measure } from './measures';
import type { LabelledRow } from './reportView';

/**
 * Codes × sources: one measure per code in each source, to see where a code's disagreement comes
 * from. Each cell is a button listing the passages behind it.
 */
export function CodeSourceMatrix({
  report,
  codes,
  cells,
  measure,
  activeKey,
  onSelect,
}: {
  report: AgreementReport;
  codes: readonly LabelledRow[];
  cells: ReadonlyMap<Id, ReadonlyMap<Id, AgreementRow>>;
  measure: Measure;
  /** `${codeId}/${sourceId}` of the cell whose passages are listed. */
  activeKey?: string;
  onSelect: (code: LabelledRow, source: { id: Id; title: string }) => void;
}) {
  return (
    <div className="agr-scroll-x">
      <table className="agr-table agr-matrix">
        <caption className="visually-hidden">
          {measure.label} per code and source; choose a cell to list its disagreements
        </caption>
        <thead>
          <tr>
            <th scope="col" className="agr-table__head">
              Code
            </th>
            {report.sources.map((source) => (
              <th
                key={source.id}
                scope="col"
                className="agr-table__head agr-table__head--num agr-matrix__source"
                title={source.title}
              >
                {source.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code.id}>
              <th scope="row" className="agr-table__label" title={code.label}>
                {code.label}
              </th>
              {report.sources.map((source) => {
                const row = cells.get(code.id)?.get(source.id);
                const used = row && (row.figures.units > 0 || row.figures.segments > 0);
                const key = `${code.id}/${source.id}`;
                return (
                  <td key={source.id} className="agr-table__num">
                    {row && used ? (
                      <button
                        type="button"
                        className="agr-matrix__cell"
                        aria-pressed={activeKey === key}
                        aria-label={`${code.label} in ${source.title}: list disagreements`}
                        onClick={() => onSelect(code, source)}
                      >
                        <FigureValue measure={measure} value={measure.value(row)} />
                      </button>
                    ) : (
                      <span
                        className="agr-figure agr-figure--undefined"
                        title="Nobody applied the code here"
                      >
                        ·
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
