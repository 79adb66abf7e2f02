import { useEffect, useMemo } from 'react';
import type { Round, RoundProgressEntry } from '../../../shared/domain/types';
import { plural } from '../lib/format';
import { useProjectStore } from '../state/project';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Icon } from '../ui/Icon';
import { useAsyncAction } from '../ui/useAsyncAction';
import { MODE_EXPLANATIONS, MODE_LABELS } from './modes';
import { cellKey, progressGrid } from './progressGrid';
import { isBlindFor } from './relevantRound';
import { useRoundsStore } from './roundsStore';
import { useRovingGrid } from './useRovingGrid';

/**
 * Progress of one round: sources by coders, each assignment with its done mark and how many
 * codings the coder made there. A coder marks their own assignments done; a lead anyone's.
 */
export function RoundProgressPanel({ round }: { round: Round }) {
  const user = useProjectStore((s) => s.currentUser);
  const users = useProjectStore((s) => s.users);
  const progress = useRoundsStore((s) => s.progress);
  const progressError = useRoundsStore((s) => s.progressError);
  const { error, run } = useAsyncAction();
  const lead = user?.role === 'lead';
  const blind = isBlindFor(round, user);

  // Reload when another round is selected, when it changes, or when someone else is the user.
  useEffect(() => {
    void useRoundsStore.getState().loadProgress(round.id);
  }, [round, user?.id]);

  const current = progress?.roundId === round.id ? progress : null;
  const grid = useMemo(
    () => progressGrid(round.sourceIds, current?.entries ?? [], users),
    [round.sourceIds, current, users],
  );
  const { tabIndexFor, onKeyDown, onFocus } = useRovingGrid(
    grid.sources.length,
    grid.coders.length,
  );

  const toggle = (entry: RoundProgressEntry) =>
    run(() =>
      useRoundsStore
        .getState()
        .setDone(round.id, entry.sourceId, entry.coderId, entry.doneAt === null),
    );

  const mayMark = (entry: RoundProgressEntry) =>
    round.status === 'open' && (lead || entry.coderId === user?.id);

  return (
    <section className="round-progress" aria-labelledby="round-progress-title">
      <header className="round-progress__header">
        <h3 id="round-progress-title" className="round-progress__title">
          Progress of “{round.name}”
        </h3>
        <span className="muted">
          {MODE_LABELS[round.mode]} · {round.status === 'open' ? 'open' : 'closed'}
        </span>
      </header>
      <p className="field__hint">
        {MODE_EXPLANATIONS[round.mode]}
        {blind && ' Until then you see only your own progress here.'}
        {round.status === 'closed' && ' The round is closed: reopen it to change done marks.'}
      </p>
      <ErrorMessage error={error ?? progressError} />
      {current && grid.sources.length === 0 && (
        <p className="muted">Nothing assigned to you in this round.</p>
      )}
      {grid.sources.length > 0 && (
        <div className="round-progress__scroll">
          <table
            className="round-grid"
            aria-label={`Progress of ${round.name}`}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
          >
            <thead>
              <tr>
                <th scope="col">Source</th>
                {grid.coders.map((coder) => (
                  <th key={coder.id} scope="col" className="round-grid__coder">
                    {coder.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.sources.map((source, row) => (
                <tr key={source.id}>
                  <th scope="row" className="round-grid__source" title={source.title}>
                    {source.title}
                  </th>
                  {grid.coders.map((coder, col) => {
                    const entry = grid.cells.get(cellKey(source.id, coder.id));
                    if (!entry) {
                      return (
                        <td key={coder.id} className="round-grid__cell is-unassigned">
                          <span aria-label="not assigned">–</span>
                        </td>
                      );
                    }
                    const done = entry.doneAt !== null;
                    return (
                      <td key={coder.id} className="round-grid__cell">
                        <button
                          type="button"
                          className={done ? 'round-cell is-done' : 'round-cell'}
                          data-row={row}
                          data-col={col}
                          tabIndex={tabIndexFor(row, col)}
                          aria-pressed={done}
                          aria-label={`${coder.name} on ${source.title}: ${done ? 'done' : 'not done'}, ${plural(entry.codings, 'coding')}`}
                          aria-disabled={!mayMark(entry)}
                          title={
                            mayMark(entry)
                              ? `Mark ${done ? 'not done' : 'done'} (Space)`
                              : round.status === 'closed'
                                ? 'The round is closed.'
                                : 'Only the coder or a lead can mark this.'
                          }
                          onClick={() => mayMark(entry) && void toggle(entry)}
                        >
                          <span className="round-cell__mark" aria-hidden>
                            {done ? <Icon name="check" small /> : null}
                          </span>
                          <span className="round-cell__count num">{entry.codings}</span>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Done</th>
                {grid.coders.map((coder) => {
                  const mine = grid.sources
                    .map((source) => grid.cells.get(cellKey(source.id, coder.id)))
                    .filter((entry) => entry !== undefined);
                  const done = mine.filter((entry) => entry.doneAt !== null).length;
                  const codings = mine.reduce((sum, entry) => sum + entry.codings, 0);
                  return (
                    <td key={coder.id} className="round-grid__total num">
                      {done}/{mine.length}
                      <span className="faint"> · {plural(codings, 'coding')}</span>
                    </td>
                  );
                })}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p className="field__hint">
        Each cell: a check when the coder marked the source done, and their number of codings there.
        Arrow keys move between cells; Space marks.
      </p>
    </section>
  );
}
