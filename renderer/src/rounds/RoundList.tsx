import type { Id, Round } from '../../../shared/domain/types';
import { plural } from '../lib/format';
import { Icon } from '../ui/Icon';
import { BlindIcon } from './BlindIcon';
import { MODE_LABELS } from './modes';
import { doneCount, roundCoderIds } from './relevantRound';
import { useRoundsStore } from './roundsStore';

/** The rounds as a table; the name selects a round, the actions are for leads. */
export function RoundList({
  rounds,
  selectedId,
  canManage,
}: {
  rounds: readonly Round[];
  selectedId: Id | null;
  canManage: boolean;
}) {
  const choose = useRoundsStore((s) => s.choose);
  const show = useRoundsStore((s) => s.show);

  return (
    <table className="rounds-table" aria-label="Coding rounds">
      <thead>
        <tr>
          <th scope="col">Round</th>
          <th scope="col">Mode</th>
          <th scope="col">Status</th>
          <th scope="col" className="num">
            Sources
          </th>
          <th scope="col" className="num">
            Coders
          </th>
          <th scope="col" className="num">
            Done
          </th>
          {canManage && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rounds.map((round) => {
          const selected = round.id === selectedId;
          const { done, total } = doneCount(round);
          return (
            <tr key={round.id} className={selected ? 'is-selected' : undefined}>
              <td>
                <button
                  type="button"
                  className="rounds-table__name"
                  aria-pressed={selected}
                  title="Show this round’s progress (the title bar follows)"
                  onClick={() => choose(round.id)}
                >
                  {round.name}
                </button>
              </td>
              <td>
                <span className="round-mode">
                  {round.mode === 'independent' && <BlindIcon />}
                  {MODE_LABELS[round.mode]}
                </span>
              </td>
              <td>
                <span className={`badge round-status is-${round.status}`}>
                  {round.status === 'open' ? 'Open' : 'Closed'}
                </span>
              </td>
              <td className="num">{round.sourceIds.length}</td>
              <td className="num">{roundCoderIds(round).length}</td>
              <td className="num" title={`${plural(done, 'assignment')} of ${total} marked done`}>
                {done}/{total}
              </td>
              {canManage && (
                <td>
                  <div className="rounds-table__actions">
                    <button
                      type="button"
                      className="btn btn--small"
                      aria-label={`Edit ${round.name}`}
                      onClick={() => show({ kind: 'edit', roundId: round.id })}
                    >
                      Edit…
                    </button>
                    {round.status === 'open' ? (
                      <button
                        type="button"
                        className="btn btn--small"
                        aria-label={`Close ${round.name}`}
                        onClick={() => show({ kind: 'close', roundId: round.id })}
                      >
                        <Icon name="check" small /> Close…
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="btn btn--small"
                        aria-label={`Reopen ${round.name}`}
                        onClick={() => show({ kind: 'reopen', roundId: round.id })}
                      >
                        Reopen…
                      </button>
                    )}
                  </div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
