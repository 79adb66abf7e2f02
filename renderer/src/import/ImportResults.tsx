import type { ImportOutcome } from '../state/import-queue';
import { Icon } from '../ui/Icon';
import { plural } from '../lib/format';

/** One line per file: what was imported (with warnings) and why a file failed. */
export function ImportResults({ outcomes }: { outcomes: ImportOutcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <ul className="result-list" aria-label="Import results">
      {outcomes.map((outcome, index) => (
        <li
          key={`${outcome.fileName}-${index}`}
          className={`result-list__row is-${outcome.status}`}
        >
          <span className="result-list__icon">
            <Icon
              name={
                outcome.status === 'imported'
                  ? 'check'
                  : outcome.status === 'failed'
                    ? 'alert'
                    : 'close'
              }
              small
              label={outcome.status}
            />
          </span>
          <span className="result-list__body">
            <span className="result-list__name">{outcome.fileName}</span>
            {outcome.status === 'imported' && (
              <span className="muted">
                Imported as “{outcome.result.title}” · {plural(outcome.result.wordCount, 'word')}
                {outcome.result.turnCount > 0 &&
                  ` · ${plural(outcome.result.turnCount, 'turn')}`} · {outcome.result.format}
              </span>
            )}
            {outcome.status === 'imported' &&
              outcome.result.warnings.map((warning) => (
                <span key={warning} className="result-list__warning">
                  {warning}
                </span>
              ))}
            {outcome.status === 'failed' && (
              <span className="result-list__error">{outcome.message}</span>
            )}
            {outcome.status === 'skipped' && (
              <span className="muted">Not imported (cancelled)</span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
