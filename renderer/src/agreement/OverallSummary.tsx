import type { AgreementReport, AgreementRow } from '../../../shared/api/contract';
import { formatCount, plural } from '../lib/format';
import { FigureValue } from './FigureValue';
import { MEASURES, formatCoefficient, presentOptionalMeasures, type Measure } from './measures';
import { codersLabel } from './reportView';

/**
 * The overall figures of the report's headline row (the group of coders, or the one pair) over
 * every selected code and source, each with what it counts.
 */
export function OverallSummary({ report, row }: { report: AgreementReport; row: AgreementRow }) {
  const f = row.figures;
  const twoCoders = report.coders.length === 2;
  const interval = f.alphaInterval;
  const unitWord = report.unit === 'character' ? 'characters' : 'segments';
  const optional = presentOptionalMeasures([row]);

  const item = (label: string, measure: Measure, detail?: string, value = measure.value(row)) => (
    <div className="agr-stat" key={measure.key}>
      <dt className="agr-stat__label" title={measure.description}>
        {label}
      </dt>
      <dd className="agr-stat__value">
        <FigureValue measure={measure} value={value} />
      </dd>
      {detail && <dd className="agr-stat__detail num">{detail}</dd>}
    </div>
  );

  return (
    <section className="agr-section" aria-labelledby="agr-overall-title">
      <div className="agr-section__header">
        <h3 id="agr-overall-title" className="agr-section__title">
          Overall
        </h3>
        <span className="agr-section__note">
          {codersLabel(report, row)} · {plural(report.sources.length, 'source')} ·{' '}
          {plural(report.codes.length, 'code')} · n = {formatCount(f.units)} reliability units
        </span>
      </div>
      <dl className="agr-stats" aria-label="Overall figures">
        {item(`Percent agreement (${unitWord})`, MEASURES.percentAgreement)}
        {twoCoders
          ? item("Cohen's kappa", MEASURES.kappa, undefined, f.cohenKappa)
          : item("Fleiss' kappa", MEASURES.fleissKappa)}
        {item(
          "Krippendorff's alpha",
          MEASURES.krippendorffAlpha,
          interval && interval.lower !== null && interval.upper !== null
            ? `${Math.round(interval.confidence * 100)}% CI ${formatCoefficient(interval.lower)} to ${formatCoefficient(interval.upper)} (${formatCount(interval.resamples)} resamples)`
            : 'no confidence interval (bootstrap off)',
        )}
        {item('Character agreement', MEASURES.characterAgreement)}
        {item('Character kappa', MEASURES.characterKappa)}
        {item(
          'Segment agreement',
          MEASURES.segmentAgreement,
          `${formatCount(f.matchedSegments)} of ${formatCount(f.segments)} segments matched at ${Math.round(report.overlap * 100)}% overlap`,
        )}
        {optional.map((key) => item(MEASURES[key].label, MEASURES[key]))}
      </dl>
      <p className="agr-section__hint">
        Unitizing α is computed per code (see the table below)
        {optional.length === 0 ? '.' : '; u-α and cu-α pool every code.'}
      </p>
    </section>
  );
}
