import { Icon } from '../ui/Icon';
import {
  BAND_DESCRIPTION,
  BAND_LABEL,
  UNDEFINED_FIGURE,
  alphaBand,
  formatMeasure,
  type Measure,
} from './measures';

/**
 * One figure in a table cell: the number in tabular digits and, for the alpha family, its verdict
 * as an icon and a word (never colour alone). Undefined figures show a dash that says why.
 */
export function FigureValue({ measure, value }: { measure: Measure; value: number | null }) {
  if (value === null) {
    return (
      <span className="agr-figure agr-figure--undefined" title={UNDEFINED_FIGURE}>
        —
      </span>
    );
  }
  const band = measure.banded ? alphaBand(value) : null;
  return (
    <span
      className={['agr-figure', band ? `agr-figure--${band}` : ''].join(' ')}
      title={band ? `${measure.description}. ${BAND_DESCRIPTION[band]}` : measure.description}
    >
      <span className="num">{formatMeasure(measure, value)}</span>
      {band && band !== 'acceptable' && (
        <span className="agr-band">
          <Icon name="alert" small />
          {BAND_LABEL[band]}
        </span>
      )}
      {band === 'acceptable' && (
        <span className="agr-band">
          <Icon name="check" small />
          <span className="visually-hidden">{BAND_LABEL[band]}</span>
        </span>
      )}
    </span>
  );
}
