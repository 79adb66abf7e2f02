import { useEffect, useMemo } from 'react';
import type { AgreementReport, AgreementRow } from '../../../shared/api/contract';
import { codeOptions } from '../retrieval/codeOptions';
import { EmptyState } from '../ui/EmptyState';
import { AgreementControls } from './AgreementControls';
import { useAgreementStore, type DrillTarget } from './agreementStore';
import { sameQuery, toAgreementQuery } from './agreementQuery';
import { ChartFigure } from './ChartFigure';
import { CodeBarChart } from './CodeBarChart';
import { CodeSourceMatrix } from './CodeSourceMatrix';
import { DisagreementList } from './DisagreementList';
import { FiguresTable } from './FiguresTable';
import { MEASURES, formatMeasure, presentOptionalMeasures, type MeasureKey } from './measures';
import { MethodsParagraph } from './MethodsParagraph';
import { OverallSummary } from './OverallSummary';
import { PairHeatmap } from './PairHeatmap';
import { buildReportView, codersLabel, type LabelledRow } from './reportView';

/** Measures a chart can draw per code; the u-alpha family joins once the core computes it. */
const CHART_MEASURES: readonly MeasureKey[] = [
  'krippendorffAlpha',
  'unitizingAlpha',
  'kappa',
  'percentAgreement',
];
/** Measures defined on rows pooling codes, which the coder-pair chart can draw. */
const POOLED_MEASURES: readonly MeasureKey[] = [
  'krippendorffAlpha',
  'kappa',
  'percentAgreement',
  'uAlpha',
  'cuAlpha',
];

/**
 * The agreement report in the results pane: controls, the overall figures, per code (chart and
 * table), per code and source, per coder pair (matrix and table), per source, and the drafted
 * methods paragraph; clicking a figure lists the passages behind it.
 */
export function AgreementPanel() {
  const loaded = useAgreementStore((s) => s.loaded);
  const loadError = useAgreementStore((s) => s.loadError);
  const load = useAgreementStore((s) => s.load);
  const report = useAgreementStore((s) => s.report);
  const reportQuery = useAgreementStore((s) => s.reportQuery);
  const controls = useAgreementStore((s) => s.controls);
  const computing = useAgreementStore((s) => s.computing);
  const error = useAgreementStore((s) => s.error);
  const codes = useAgreementStore((s) => s.codes);
  const drillOpen = useAgreementStore((s) => s.drill !== null);

  // Rounds and codes change while the tab is hidden: showing it reads them afresh.
  useEffect(() => {
    void load();
  }, [load]);

  const options = useMemo(() => codeOptions(codes), [codes]);
  const codePaths = useMemo(
    () => new Map(options.map((option) => [option.code.id, option.path])),
    [options],
  );
  const stale = report !== null && !sameQuery(reportQuery, toAgreementQuery(controls));

  return (
    <div className="agr" aria-busy={computing}>
      {loaded && <AgreementControls stale={stale} />}
      {loadError && <p className="message message--error pane__message">{loadError}</p>}
      <div className={['agr-body', drillOpen ? 'has-drill' : ''].join(' ')}>
        <div className={['agr-report', computing ? 'is-computing' : ''].join(' ')}>
          {error && <p className="message message--error">{error}</p>}
          {computing && (
            <div className="agr-busy" role="status">
              <div className="progress progress--indeterminate" aria-hidden>
                <div className="progress__bar" />
              </div>
              Computing agreement…
            </div>
          )}
          {report ? (
            <Report
              report={report}
              codePaths={codePaths}
              codeOrder={options.map((o) => o.code.id)}
            />
          ) : (
            !computing && (
              <EmptyState
                icon="table"
                title="How far do the coders agree?"
                actions={
                  loaded && (
                    <button
                      type="button"
                      className="btn btn--small btn--primary"
                      onClick={() => void useAgreementStore.getState().compute()}
                    >
                      Compute agreement
                    </button>
                  )
                }
              >
                <p>
                  Choose a round and its coders above and compute: percent agreement, kappa and
                  Krippendorff&apos;s alpha overall, per code, per pair of coders and per source.
                  Click a low figure to read the passages behind it.
                </p>
              </EmptyState>
            )
          )}
        </div>
        <DisagreementList codePaths={codePaths} />
      </div>
    </div>
  );
}

function Report({
  report,
  codePaths,
  codeOrder,
}: {
  report: AgreementReport;
  codePaths: ReadonlyMap<string, string>;
  codeOrder: readonly string[];
}) {
  const rounds = useAgreementStore((s) => s.rounds);
  const showUnused = useAgreementStore((s) => s.showUnusedCodes);
  const chartMeasureKey = useAgreementStore((s) => s.chartMeasure);
  const activeKey = useAgreementStore((s) => s.drill?.target.key);
  const store = useAgreementStore.getState();

  const view = useMemo(
    () => buildReportView(report, codePaths, codeOrder),
    [report, codePaths, codeOrder],
  );
  const roundName = rounds.find((round) => round.id === report.roundId)?.name;
  const allCoderIds = report.coders.map((coder) => coder.id);
  const scopeName = roundName ?? 'all sources';
  const codeRows = showUnused ? [...view.codes, ...view.unusedCodes] : view.codes;

  const codeRowsAll = useMemo(
    () => report.rows.filter((row) => row.sourceId === null && row.codeId !== null),
    [report],
  );
  const pooledRows = useMemo(() => report.rows.filter((row) => row.codeId === null), [report]);
  const codeOptional = presentOptionalMeasures(codeRowsAll);
  const pooledOptional = presentOptionalMeasures(pooledRows);
  const chartMeasures = [...CHART_MEASURES, ...codeOptional.filter((k) => k === 'domainCuAlpha')];
  const chartMeasure =
    MEASURES[chartMeasures.includes(chartMeasureKey) ? chartMeasureKey : 'krippendorffAlpha'];
  const pairMeasure =
    MEASURES[POOLED_MEASURES.includes(chartMeasure.key) ? chartMeasure.key : 'krippendorffAlpha'];

  const drill = (target: DrillTarget) => void store.drillDown(target);
  const drillCode = (code: LabelledRow) =>
    drill({ key: `code:${code.id}`, label: code.label, codeId: code.id, coderIds: allCoderIds });
  const drillSource = (source: LabelledRow) =>
    drill({
      key: `source:${source.id}`,
      label: source.label,
      sourceIds: [source.id],
      coderIds: allCoderIds,
    });
  const drillPair = (row: AgreementRow) =>
    drill({
      key: `pair:${row.coderIds.join('/')}`,
      label: codersLabel(report, row),
      coderIds: row.coderIds,
    });
  const pairRows: LabelledRow[] = [...view.pairs, ...(view.group ? [view.group] : [])].map(
    (row) => ({
      id: row.coderIds.join('/'),
      label:
        row.scope === 'group' ? `Group: ${codersLabel(report, row)}` : codersLabel(report, row),
      row,
    }),
  );
  const codersText = report.coders.map((coder) => coder.name).join(', ');

  return (
    <div className="agr-sections">
      {view.overall && <OverallSummary report={report} row={view.overall} />}

      <section className="agr-section" aria-labelledby="agr-codes-title">
        <div className="agr-section__header">
          <h3 id="agr-codes-title" className="agr-section__title">
            Per code
          </h3>
          <span className="agr-section__note">
            {view.overall?.scope === 'group' ? 'Figures of the whole group' : 'Figures of the pair'}
            ; click a code to read its disagreements
          </span>
          <span className="agr-spacer" />
          {view.unusedCodes.length > 0 && (
            <label className="agr-check">
              <input
                type="checkbox"
                checked={showUnused}
                onChange={(event) => store.setShowUnusedCodes(event.target.checked)}
              />
              Show {view.unusedCodes.length} codes nobody applied
            </label>
          )}
        </div>
        {codeRows.length === 0 ? (
          <p className="agr-section__hint">Nobody applied any code in this selection.</p>
        ) : (
          <>
            <ChartFigure
              title="Chart"
              fileTitle={`${chartMeasure.name} per code ${scopeName}`}
              tools={
                <label className="agr-field">
                  <span className="visually-hidden">Measure to chart</span>
                  <select
                    className="select select--compact"
                    aria-label="Measure to chart"
                    value={chartMeasure.key}
                    onChange={(event) => store.setChartMeasure(event.target.value as MeasureKey)}
                  >
                    {chartMeasures.map((key) => (
                      <option key={key} value={key}>
                        {MEASURES[key].name}
                      </option>
                    ))}
                  </select>
                </label>
              }
            >
              {(svgRef) => (
                <CodeBarChart
                  rows={codeRows}
                  measure={chartMeasure}
                  heading={`${chartMeasure.name} per code · ${scopeName} · ${codersText}`}
                  svgRef={svgRef}
                  onSelect={drillCode}
                />
              )}
            </ChartFigure>
            <FiguresTable
              caption="Agreement per code"
              labelHeader="Code"
              rows={codeRows}
              measures={[
                'percentAgreement',
                'kappa',
                'krippendorffAlpha',
                'unitizingAlpha',
                ...codeOptional,
              ]}
              onDrill={drillCode}
              drillLabel={(row) => `${row.label}: list disagreements`}
              activeId={activeKey?.startsWith('code:') ? activeKey.slice(5) : undefined}
            />
          </>
        )}
      </section>

      {view.cells.size > 0 && view.codes.length > 0 && (
        <section className="agr-section" aria-labelledby="agr-matrix-title">
          <div className="agr-section__header">
            <h3 id="agr-matrix-title" className="agr-section__title">
              Per code and source
            </h3>
            <span className="agr-section__note">
              {chartMeasure.name}; a dot where nobody applied the code
            </span>
          </div>
          <CodeSourceMatrix
            report={report}
            codes={view.codes}
            cells={view.cells}
            measure={chartMeasure}
            activeKey={activeKey?.startsWith('cell:') ? activeKey.slice(5) : undefined}
            onSelect={(code, source) =>
              drill({
                key: `cell:${code.id}/${source.id}`,
                label: `${code.label} in ${source.title}`,
                codeId: code.id,
                sourceIds: [source.id],
                coderIds: allCoderIds,
              })
            }
          />
        </section>
      )}

      <section className="agr-section" aria-labelledby="agr-pairs-title">
        <div className="agr-section__header">
          <h3 id="agr-pairs-title" className="agr-section__title">
            Coder pairs
          </h3>
          <span className="agr-section__note">
            All codes pooled; click a pair to read its disagreements
          </span>
        </div>
        <div className="agr-pairs">
          {report.coders.length > 2 && (
            <ChartFigure
              title="Matrix"
              fileTitle={`${pairMeasure.name} per coder pair ${scopeName}`}
            >
              {(svgRef) => (
                <PairHeatmap
                  coders={report.coders}
                  pairs={view.pairs}
                  measure={pairMeasure}
                  heading={`${pairMeasure.name} per pair of coders · ${scopeName}`}
                  footnote={
                    view.group
                      ? `Group (${codersLabel(report, view.group)}): ${pairMeasure.name} ${formatMeasure(pairMeasure, pairMeasure.value(view.group))}`
                      : ''
                  }
                  svgRef={svgRef}
                  onSelect={drillPair}
                />
              )}
            </ChartFigure>
          )}
          <FiguresTable
            caption="Agreement per coder pair and for the group"
            labelHeader="Coders"
            rows={pairRows}
            measures={[
              'percentAgreement',
              'kappa',
              'krippendorffAlpha',
              'characterAgreement',
              'characterKappa',
              'segmentAgreement',
              ...pooledOptional,
            ]}
            sortable={false}
            onDrill={(row) => drillPair(row.row)}
            drillLabel={(row) => `${row.label}: list disagreements`}
            activeId={activeKey?.startsWith('pair:') ? activeKey.slice(5) : undefined}
          />
        </div>
      </section>

      <section className="agr-section" aria-labelledby="agr-sources-title">
        <div className="agr-section__header">
          <h3 id="agr-sources-title" className="agr-section__title">
            Per source
          </h3>
          <span className="agr-section__note">All codes pooled</span>
        </div>
        <FiguresTable
          caption="Agreement per source"
          labelHeader="Source"
          rows={view.sources}
          measures={['percentAgreement', 'kappa', 'krippendorffAlpha', ...pooledOptional]}
          onDrill={drillSource}
          drillLabel={(row) => `${row.label}: list disagreements`}
          activeId={activeKey?.startsWith('source:') ? activeKey.slice(7) : undefined}
        />
      </section>

      <MethodsParagraph report={report} roundName={roundName} />
    </div>
  );
}
