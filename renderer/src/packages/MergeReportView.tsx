import type { MergeReport } from '../../../shared/api/contract';
import { plural } from '../lib/format';
import { Icon } from '../ui/Icon';
import { reportChangedNothing } from './mergeSummary';

/** What a merge did. */
export function MergeReportView({ report, coderName }: { report: MergeReport; coderName: string }) {
  if (reportChangedNothing(report)) {
    return (
      <div className="form" data-testid="merge-report">
        <p className="message message--success" role="status">
          <Icon name="check" small /> Nothing changed: this project already had everything in{' '}
          {coderName}’s return.
        </p>
        {report.unresolvedCollisions.length > 0 && (
          <p className="muted">
            {plural(report.unresolvedCollisions.length, 'code')} with a taken name still wait for a
            decision.
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="form" data-testid="merge-report">
      <p className="message message--success" role="status">
        <Icon name="check" small /> Merged {coderName}’s return.
      </p>
      <ul className="package-list">
        <li>
          <Icon name="check" small /> {plural(report.codingsAdded, 'coding')} added,{' '}
          {report.codingsUpdated} updated, {report.codingsRemoved} removed,{' '}
          {report.codingsUnchanged} unchanged
        </li>
        <li>
          <Icon name="check" small /> {plural(report.codesCreated, 'code')} created,{' '}
          {report.codesMerged} merged into existing codes
        </li>
        <li>
          <Icon name="check" small /> {plural(report.codeEditsApplied, 'codebook edit')} taken over
        </li>
      </ul>
      {report.unresolvedCollisions.length > 0 && (
        <p className="message message--warning">
          <Icon name="alert" small />
          {plural(report.unresolvedCollisions.length, 'code')} not merged (
          {report.unresolvedCollisions.map((code) => `“${code.name}”`).join(', ')}): their codings
          wait until you merge this return again and decide.
        </p>
      )}
      {report.editConflicts.length > 0 && (
        <p className="muted">
          {plural(report.editConflicts.length, 'codebook edit conflict')}: your version was kept.
        </p>
      )}
      {report.refused.length > 0 && (
        <p className="message message--warning">
          <Icon name="alert" small /> {plural(report.refused.length, 'coding')} refused:{' '}
          {report.refused[0]!.reason}
        </p>
      )}
    </div>
  );
}
