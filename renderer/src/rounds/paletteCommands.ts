import { showStatus } from '../history/status';
import { errorMessage } from '../lib/errors';
import type { Command } from '../palette/commands';
import { useProjectStore } from '../state/project';
import { useSourcesStore } from '../state/sources';
import { useRoundsStore } from './roundsStore';
import { currentRelevantRound } from './useRelevantRound';

/** Palette commands of this feature. */
export function roundCommands(): Command[] {
  const rounds = useRoundsStore.getState();
  const lead = useProjectStore.getState().currentUser?.role === 'lead';
  return [
    {
      id: 'rounds-open',
      title: 'Coding rounds…',
      group: 'Round',
      run: () => rounds.show({ kind: 'list' }),
    },
    ...(lead
      ? [
          {
            id: 'rounds-new',
            title: 'New round…',
            group: 'Round',
            run: () => rounds.show({ kind: 'edit', roundId: null }),
          } satisfies Command,
        ]
      : []),
    ...markDoneCommand(),
  ];
}

/**
 * "Mark current source done" when the open source is the current user's in the title bar's
 * round (and that round is open); "not done" again when it already is.
 */
function markDoneCommand(): Command[] {
  const me = useProjectStore.getState().currentUser;
  const source = useSourcesStore.getState().openSource;
  const round = currentRelevantRound();
  if (!me || !source || !round || round.status !== 'open') return [];
  const assignment = round.assignments.find((a) => a.sourceId === source.id && a.coderId === me.id);
  if (!assignment) return [];
  const done = assignment.doneAt === null;
  return [
    {
      id: 'rounds-mark-done',
      title: done
        ? `Mark current source done in this round (${round.name})`
        : `Mark current source not done in this round (${round.name})`,
      group: 'Round',
      run: () => {
        useRoundsStore
          .getState()
          .setDone(round.id, source.id, me.id, done)
          .then(() =>
            showStatus(`“${source.title}” marked ${done ? 'done' : 'not done'} in ${round.name}`),
          )
          .catch((error: unknown) => showStatus(errorMessage(error), 'error'));
      },
    },
  ];
}
