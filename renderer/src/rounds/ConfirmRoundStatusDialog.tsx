import type { Id, Round } from '../../../shared/domain/types';
import { plural } from '../lib/format';
import { useProjectStore } from '../state/project';
import { ConfirmFooter } from '../ui/ConfirmFooter';
import { Dialog } from '../ui/Dialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAsyncAction } from '../ui/useAsyncAction';
import { roundCoderIds } from './relevantRound';
import { useRoundsStore } from './roundsStore';

/**
 * Confirms closing or reopening a round and says what it does to who sees what: closing an
 * independent round ends its blindness, reopening brings it back.
 */
export function ConfirmRoundStatusDialog({
  action,
  roundId,
}: {
  action: 'close' | 'reopen';
  roundId: Id;
}) {
  const round = useRoundsStore((s) => s.rounds.find((r) => r.id === roundId) ?? null);
  const users = useProjectStore((s) => s.users);
  const { busy, error, run } = useAsyncAction();
  const back = () => useRoundsStore.getState().show({ kind: 'list' });

  if (!round) return null;
  const coderNames = roundCoderIds(round).map(
    (id) => users.find((user) => user.id === id)?.name ?? id,
  );

  const confirm = async () => {
    const store = useRoundsStore.getState();
    const done = await run(() =>
      action === 'close' ? store.closeRound(round.id) : store.reopenRound(round.id),
    );
    if (done) back();
  };

  const verb = action === 'close' ? 'Close round' : 'Reopen round';
  return (
    <Dialog
      title={`${verb} “${round.name}”?`}
      onClose={back}
      width={520}
      footer={
        <ConfirmFooter onCancel={back} onConfirm={() => void confirm()} disabled={busy} autoFocus>
          {verb}
        </ConfirmFooter>
      }
    >
      <div className="form" data-testid="round-status-confirm">
        <p>{explanation(action, round, coderNames)}</p>
        <p className="muted">
          {plural(round.sourceIds.length, 'source')}; coders: {coderNames.join(', ')}.
        </p>
        <ErrorMessage error={error} />
      </div>
    </Dialog>
  );
}

function explanation(action: 'close' | 'reopen', round: Round, coderNames: string[]): string {
  const coders = coderNames.join(', ');
  if (action === 'close') {
    return round.mode === 'independent'
      ? `Closing ends the blind coding: every coder’s codings on the round’s sources become visible to the lead and to the round’s coders (${coders}), ready for agreement and reconciliation. Done marks can no longer change. You can reopen it later.`
      : `Closing marks the round finished; its coders (${coders}) already see each other’s codings. Done marks can no longer change. You can reopen it later.`;
  }
  return round.mode === 'independent'
    ? `Reopening makes the round blind again: until it is closed, coders and mentees see only their own codings on its sources, and the round’s coders can change their done marks.`
    : `Reopening lets the round’s coders (${coders}) change their done marks again.`;
}
