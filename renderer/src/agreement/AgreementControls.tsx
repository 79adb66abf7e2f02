import { useProjectStore } from '../state/project';
import { Icon } from '../ui/Icon';
import { useAgreementStore } from './agreementStore';
import { controlsProblem } from './agreementQuery';

export const ROUND_SELECT_ID = 'agreement-round';

/**
 * What the report compares (round, coders), how (unit, overlap, uncoded text, interval), and the
 * actions: compute, and export as CSV or DOCX.
 */
export function AgreementControls({ stale }: { stale: boolean }) {
  const controls = useAgreementStore((s) => s.controls);
  const rounds = useAgreementStore((s) => s.rounds);
  const computing = useAgreementStore((s) => s.computing);
  const exporting = useAgreementStore((s) => s.exporting);
  const status = useAgreementStore((s) => s.status);
  const hasReport = useAgreementStore((s) => s.report !== null);
  const store = useAgreementStore.getState();
  const users = useProjectStore((s) => s.users);
  const problem = controlsProblem(controls);

  const toggleCoder = (id: string, checked: boolean) =>
    store.setControls({
      coderIds: checked
        ? users.filter((u) => u.id === id || controls.coderIds.includes(u.id)).map((u) => u.id)
        : controls.coderIds.filter((other) => other !== id),
    });

  return (
    <div className="agr-controls">
      <div className="agr-controls__row">
        <label className="agr-field">
          <span className="agr-field__label">Round</span>
          <select
            id={ROUND_SELECT_ID}
            className="select select--compact"
            value={controls.roundId ?? ''}
            onChange={(event) => store.setRound(event.target.value || null)}
          >
            {rounds.map((round) => (
              <option key={round.id} value={round.id}>
                {round.name} ({round.status === 'closed' ? 'closed' : 'open'})
              </option>
            ))}
            <option value="">No round: every source</option>
          </select>
        </label>
        <fieldset className="agr-field agr-coders">
          <legend className="agr-field__label">Coders</legend>
          {users.map((user) => (
            <label key={user.id} className="agr-check" title={`${user.name} (${user.role})`}>
              <input
                type="checkbox"
                checked={controls.coderIds.includes(user.id)}
                onChange={(event) => toggleCoder(user.id, event.target.checked)}
              />
              {user.name}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="agr-controls__row">
        <label className="agr-field">
          <span className="agr-field__label">Unit</span>
          <select
            className="select select--compact"
            value={controls.unit}
            onChange={(event) =>
              store.setControls({
                unit: event.target.value === 'segment' ? 'segment' : 'character',
              })
            }
          >
            <option value="character">Character</option>
            <option value="segment">Segment</option>
          </select>
        </label>
        <label
          className={['agr-field', controls.unit === 'segment' ? '' : 'faint'].join(' ')}
          title="Two coders' segments match when they overlap by at least this share of their joint extent"
        >
          <span className="agr-field__label">Overlap ≥</span>
          <input
            type="number"
            className="input input--compact agr-overlap num"
            min={1}
            max={100}
            step={5}
            disabled={controls.unit !== 'segment'}
            value={Math.round(controls.overlap * 100)}
            aria-label="Overlap threshold in percent"
            onChange={(event) => store.setControls({ overlap: Number(event.target.value) / 100 })}
          />
          <span aria-hidden>%</span>
        </label>
        <label className="agr-check" title="Leave text nobody coded out of the figures">
          <input
            type="checkbox"
            checked={controls.excludeUncoded}
            onChange={(event) => store.setControls({ excludeUncoded: event.target.checked })}
          />
          Exclude uncoded text
        </label>
        <label
          className="agr-check"
          title="A 95% bootstrap confidence interval for alpha (1,000 resamples; takes a little longer)"
        >
          <input
            type="checkbox"
            checked={controls.bootstrap}
            onChange={(event) => store.setControls({ bootstrap: event.target.checked })}
          />
          Bootstrap interval
        </label>
        <button
          type="button"
          className="btn btn--small btn--primary"
          disabled={computing || problem !== null}
          title={problem ?? 'Compute the agreement of the chosen coders'}
          onClick={() => void store.compute()}
        >
          {computing ? 'Computing…' : 'Compute'}
        </button>
        <span className="agr-spacer" />
        <span className="agr-controls__status" role="status">
          {problem ? (
            <span className="inline-error">
              <Icon name="alert" small />
              {problem}
            </span>
          ) : status ? (
            <span className={status.kind === 'error' ? 'inline-error' : 'agr-ok'}>
              <Icon name={status.kind === 'error' ? 'alert' : 'check'} small />
              {status.text}
            </span>
          ) : stale && !computing ? (
            <span className="agr-stale">
              <Icon name="alert" small />
              Settings changed: compute again to update the report
            </span>
          ) : null}
        </span>
        <button
          type="button"
          className="btn btn--small"
          disabled={exporting !== null || (!hasReport && problem !== null)}
          title="Save the report's tables as CSV (one line per row)"
          onClick={() => void store.exportAs('csv')}
        >
          <Icon name="upload" small />
          {exporting === 'csv' ? 'Exporting…' : 'Export CSV'}
        </button>
        <button
          type="button"
          className="btn btn--small"
          disabled={exporting !== null || (!hasReport && problem !== null)}
          title="Save the report as a Word document with the methods paragraph"
          onClick={() => void store.exportAs('docx')}
        >
          <Icon name="upload" small />
          {exporting === 'docx' ? 'Exporting…' : 'Export DOCX'}
        </button>
      </div>
    </div>
  );
}
