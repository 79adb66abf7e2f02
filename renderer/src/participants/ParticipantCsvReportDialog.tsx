import { useUiStore } from '../state/ui';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';

/** What a participants CSV import created, updated and warned about (or why it failed). */
export function ParticipantCsvReportDialog() {
  const report = useUiStore((s) => s.participantCsvReport);
  const show = useUiStore((s) => s.showParticipantCsvReport);
  if (!report) return null;
  const close = () => show(null);

  return (
    <Dialog
      title={`Import of ${report.fileName}`}
      onClose={close}
      width={460}
      footer={
        <button type="button" className="btn btn--primary" autoFocus onClick={close}>
          Done
        </button>
      }
    >
      {'error' in report ? (
        <p className="message message--error" role="alert">
          <Icon name="alert" small /> {report.error} Nothing was changed.
        </p>
      ) : (
        <>
          <p className="message message--success" role="status">
            <Icon name="check" small /> {report.result.created} participant(s) created,{' '}
            {report.result.updated} updated, {report.result.attributes.length} attribute column(s).
          </p>
          {report.result.warnings.length > 0 && (
            <ul className="result-list">
              {report.result.warnings.map((warning) => (
                <li key={warning} className="result-list__row">
                  <span className="result-list__warning">{warning}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Dialog>
  );
}
