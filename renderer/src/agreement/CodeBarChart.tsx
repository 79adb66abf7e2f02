import type { RefObject } from 'react';
import {
  BAND_LABEL,
  alphaBand,
  formatMeasure,
  ALPHA_ACCEPTABLE,
  ALPHA_TENTATIVE,
} from './measures';
import type { Measure } from './measures';
import type { LabelledRow } from './reportView';
import { coefficientDomain, coefficientTicks, fitLabel, tickLabel } from './chartLayout';

const WIDTH = 760;
const LABEL_WIDTH = 290;
const VALUE_WIDTH = 130;
const PLOT_X = LABEL_WIDTH + 10;
const PLOT_WIDTH = WIDTH - PLOT_X - VALUE_WIDTH;
const ROW_HEIGHT = 20;
const BAR_HEIGHT = 12;
const TOP = 56;
const BOTTOM = 46;
/** About the characters of a label that fit LABEL_WIDTH at 11px. */
const LABEL_CHARS = 46;

const colour = (name: string) => `var(--agr-chart-${name})`;

/**
 * A horizontal bar chart of one measure per code, with Krippendorff's reference lines at .667
 * and .800. Each bar's value and verdict are written beside it, so the chart reads without
 * colour (in print, in grey scale). Clicking a bar lists the passages behind it; the table below
 * the chart is the keyboard path to the same.
 */
export function CodeBarChart({
  rows,
  measure,
  heading,
  svgRef,
  onSelect,
}: {
  rows: readonly LabelledRow[];
  measure: Measure;
  /** Drawn into the SVG so a saved file says what it shows. */
  heading: string;
  svgRef: RefObject<SVGSVGElement | null>;
  onSelect: (row: LabelledRow) => void;
}) {
  const values = rows.map((labelled) => measure.value(labelled.row));
  const [lo, hi] = measure.kind === 'share' ? [0, 1] : coefficientDomain(values);
  const x = (value: number) => PLOT_X + ((value - lo) / (hi - lo)) * PLOT_WIDTH;
  const plotBottom = TOP + rows.length * ROW_HEIGHT;
  const height = plotBottom + BOTTOM;
  const ticks = measure.kind === 'share' ? [0, 0.2, 0.4, 0.6, 0.8, 1] : coefficientTicks([lo, hi]);
  const references = measure.banded
    ? [
        { value: ALPHA_TENTATIVE, label: '.667' },
        { value: ALPHA_ACCEPTABLE, label: '.800' },
      ]
    : [];

  return (
    <svg
      ref={svgRef}
      className="agr-chart__svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`${heading}: a bar per code`}
      style={{ maxWidth: WIDTH }}
    >
      <title>{heading}</title>
      <rect x={0} y={0} width={WIDTH} height={height} style={{ fill: colour('bg') }} />
      <text x={8} y={18} fontSize={13} fontWeight={600} style={{ fill: colour('text') }}>
        {heading}
      </text>

      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={x(tick)}
            x2={x(tick)}
            y1={TOP - 4}
            y2={plotBottom}
            strokeWidth={tick === 0 ? 1 : 0.5}
            style={{ stroke: colour(tick === 0 ? 'axis' : 'grid') }}
          />
          <text
            x={x(tick)}
            y={plotBottom + 14}
            fontSize={10}
            textAnchor="middle"
            style={{ fill: colour('muted') }}
          >
            {measure.kind === 'share' ? `${Math.round(tick * 100)}%` : tickLabel(tick)}
          </text>
        </g>
      ))}

      {rows.map((labelled, index) => {
        const value = values[index] ?? null;
        const y = TOP + index * ROW_HEIGHT;
        const band = measure.banded ? alphaBand(value) : null;
        const zero = x(Math.max(lo, 0));
        return (
          <g
            key={labelled.id}
            className="agr-chart__row"
            onClick={() => onSelect(labelled)}
            data-code-id={labelled.id}
          >
            <title>{`${labelled.label}: ${formatMeasure(measure, value)}${band ? ` (${BAND_LABEL[band]})` : ''}`}</title>
            <text
              x={LABEL_WIDTH}
              y={y + ROW_HEIGHT / 2 + 4}
              fontSize={11}
              textAnchor="end"
              style={{ fill: colour('text') }}
            >
              {fitLabel(labelled.label, LABEL_CHARS)}
            </text>
            {value !== null && (
              <rect
                x={Math.min(zero, x(value))}
                y={y + (ROW_HEIGHT - BAR_HEIGHT) / 2}
                width={Math.max(1, Math.abs(x(value) - zero))}
                height={BAR_HEIGHT}
                rx={1.5}
                style={{ fill: colour(band ?? 'bar') }}
              />
            )}
            <text
              x={PLOT_X + PLOT_WIDTH + 10}
              y={y + ROW_HEIGHT / 2 + 4}
              fontSize={11}
              style={{ fill: colour(value === null ? 'muted' : 'text') }}
            >
              <tspan fontWeight={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {value === null ? 'undefined' : formatMeasure(measure, value)}
              </tspan>
              {band && (
                <tspan dx={6} style={{ fill: colour(band) }}>
                  {band === 'low' ? '! ' : ''}
                  {BAND_LABEL[band]}
                </tspan>
              )}
            </text>
          </g>
        );
      })}

      {references.map((reference) => (
        <g key={reference.label}>
          <line
            x1={x(reference.value)}
            x2={x(reference.value)}
            y1={TOP - 10}
            y2={plotBottom}
            strokeWidth={1}
            strokeDasharray="4 3"
            style={{ stroke: colour('reference') }}
          />
          <text
            x={x(reference.value)}
            y={TOP - 14}
            fontSize={10}
            textAnchor="middle"
            style={{ fill: colour('reference') }}
          >
            {reference.label}
          </text>
        </g>
      ))}

      <text x={8} y={height - 10} fontSize={10} style={{ fill: colour('muted') }}>
        {measure.banded
          ? 'Dashed lines: α = .667 (tentative conclusions) and α = .800 (acceptable), after Krippendorff (2004).'
          : measure.description}
      </text>
    </svg>
  );
}
