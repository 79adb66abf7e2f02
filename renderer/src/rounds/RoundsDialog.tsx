import { useEffect } from 'react';
import { useProjectStore } from '../state/project';
import { Dialog } from '../ui/Dialog';
import { EmptyState } from '../ui/EmptyState';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Icon } from '../ui/Icon';
import { RoundList } from './RoundList';
import { RoundProgressPanel } from './RoundProgressPanel';
import { useRoundsStore } from './roundsStore';
import { useRelevantRound } from './useRelevantRound';

/**
 * The coding rounds: the list (a lead creates, edits, closes and reopens here) and the progress
 * of the selected round. Selecting a round also makes it the one the title bar shows.
 */
export function RoundsDialog() {
  const rounds = useRoundsStore((s) => s.rounds);
  const loadError = useRoundsStore((s) => s.loadError);
  const show = useRoundsStore((s) => s.show);
  const lead = useProjectStore((s) => s.currentUser?.role === 'lead');
  const selected = useRelevantRound();
  const close = () => show(null);

  useEffect(() => {
    void useRoundsStore.getState().load();
  }, []);

  return (
    <Dialog
      title="Coding rounds"
      onClose={close}
      width={920}
      footer={
        <>
          {lead && (
            <button
              type="button"
              className="btn"
              onClick={() => show({ kind: 'edit', roundId: null })}
            >
              <Icon name="plus" small /> New round…
            </button>
          )}
          <span className="rounds__spacer" />
          <button type="button" className="btn" onClick={close}>
            Close
          </button>
        </>
      }
    >
      <div className="form rounds">
        <ErrorMessage error={loadError} />
        {rounds.length === 0 ? (
          <EmptyState icon="users" title={lead ? 'No coding rounds yet' : 'No rounds for you'}>
            {lead
              ? 'A round gives sources to coders: all three coders on the first set, pairs on the next. In an independent round nobody sees the others’ codings until you close it.'
              : 'A lead assigns you sources in a coding round; it will appear here.'}
          </EmptyState>
        ) : (
          <>
            <RoundList rounds={rounds} selectedId={selected?.id ?? null} canManage={lead} />
            {selected && <RoundProgressPanel round={selected} />}
          </>
        )}
      </div>
    </Dialog>
  );
}
