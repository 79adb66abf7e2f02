import type { RefObject } from 'react';
import type { AgreementRow } from '../../../shared/api/contract';
import type { Id } from '../../../shared/domain/types';
import { fitLabel } from './chartLayout';
import { BAND_LABEL, alphaBand, formatMeasure, type Measure } from './measures';

const LABEL_WIDTH = 120;
const CELL_WIDTH = 104;
const CELL_HEIGHT = 44;
const TOP = 58;
const BOTTOM = 40;
const NAME_CHARS = 14;

const colour = (name: string) => `var(--agr-chart-${name})`;

/**
 * A coders × coders matrix of one measure per pair. Each cell writes its value and verdict, its
 * tint only repeats the verdict. Clicking a cell lists the passages the pair disagree on; the
 * pairs table beside it is the keyboard path to the same.
 */
export function PairHeatmap({
  coders,
  pairs,
  measure,
  heading,
  footnote,
  svgRef,
  onSelect,
}: {
  coders: readonly { id: Id; name: string }[];
  pairs: readonly AgreementRow[];
  measure: Measure;
  heading: string;
  /** Drawn under the matrix, e.g. the group's figure. */
  footnote: string;
  svgRef: RefObject<SVGSVGElement | null>;
  onSelect: (pair: AgreementRow) => void;
}) {
  const pairOf = (a: Id, b: Id) =>
    pairs.find((row) => row.coderIds.includes(a) && row.coderIds.includes(b)) ?? null;
  const width = Math.max(LABEL_WIDTH + coders.length * CELL_WIDTH + 8, 360);
  const height = TOP + coders.length * CELL_HEIGHT + BOTTOM;

  return (
    <svg
      ref={svgRef}
      className="agr-chart__svg"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${heading}: a cell per pair of coders`}
      style={{ maxWidth: width }}
    >
      <title>{heading}</title>
      <rect x={0} y={0} width={width} height={height} style={{ fill: colour('bg') }} />
      <text x={8} y={18} fontSize={13} fontWeight={600} style={{ fill: colour('text') }}>
        {heading}
      </text>
      {coders.map((coder, column) => (
        <text
          key={coder.id}
          x={LABEL_WIDTH + column * CELL_WIDTH + CELL_WIDTH / 2}
          y={TOP - 8}
          fontSize={11}
          fontWeight={600}
          textAnchor="middle"
          style={{ fill: colour('text') }}
        >
          {fitLabel(coder.name, NAME_CHARS)}
        </text>
      ))}
      {coders.map((rowCoder, rowIndex) => {
        const y = TOP + rowIndex * CELL_HEIGHT;
        return (
          <g key={rowCoder.id}>
            <text
              x={LABEL_WIDTH - 8}
              y={y + CELL_HEIGHT / 2 + 4}
              fontSize={11}
              fontWeight={600}
              textAnchor="end"
              style={{ fill: colour('text') }}
            >
              {fitLabel(rowCoder.name, NAME_CHARS)}
            </text>
            {coders.map((columnCoder, columnIndex) => {
              const x = LABEL_WIDTH + columnIndex * CELL_WIDTH;
              const pair =
                rowCoder.id === columnCoder.id ? null : pairOf(rowCoder.id, columnCoder.id);
              const value = pair ? measure.value(pair) : null;
              const band = measure.banded ? alphaBand(value) : null;
              return (
                <g
                  key={columnCoder.id}
                  className={pair ? 'agr-chart__cell' : undefined}
                  onClick={pair ? () => onSelect(pair) : undefined}
                >
                  {pair && (
                    <title>{`${rowCoder.name} & ${columnCoder.name}: ${formatMeasure(measure, value)}${band ? ` (${BAND_LABEL[band]})` : ''}`}</title>
                  )}
                  <rect
                    x={x + 1}
                    y={y + 1}
                    width={CELL_WIDTH - 2}
                    height={CELL_HEIGHT - 2}
                    rx={3}
                    strokeWidth={0.5}
                    style={{
                      fill: colour(`cell-${band ?? 'none'}`),
                      stroke: colour('grid'),
                    }}
                  />
                  <text
                    x={x + CELL_WIDTH / 2}
                    y={y + (band && band !== 'acceptable' ? 19 : 26)}
                    fontSize={12}
                    fontWeight={600}
                    textAnchor="middle"
                    style={{ fill: colour(pair ? 'text' : 'muted') }}
                  >
                    {pair
                      ? formatMeasure(measure, value)
                      : rowCoder.id === columnCoder.id
                        ? ''
                        : '—'}
                  </text>
                  {band && band !== 'acceptable' && (
                    <text
                      x={x + CELL_WIDTH / 2}
                      y={y + 34}
                      fontSize={10}
                      textAnchor="middle"
                      style={{ fill: colour(band) }}
                    >
                      {band === 'low' ? '! ' : ''}
                      {BAND_LABEL[band]}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
      <text x={8} y={height - 14} fontSize={10.5} style={{ fill: colour('muted') }}>
        {footnote}
      </text>
    </svg>
  );
}
