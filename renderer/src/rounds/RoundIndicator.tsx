import { useEffect } from 'react';
import { useProjectStore } from '../state/project';
import { BlindIcon } from './BlindIcon';
import { MODE_LABELS } from './modes';
import { isBlindFor } from './relevantRound';
import { useRoundsStore } from './roundsStore';
import { useRelevantRound } from './useRelevantRound';

export const BLIND_TOOLTIP = 'Independent round: you see only your own codings on its sources';

/**
 * The current round in the title bar, beside the current coder: its name and mode, and in an open
 * independent round a "Blind" badge for coders, so nobody wonders where the others' codings went.
 * Clicking opens the rounds dialog.
 */
export function RoundIndicator() {
  const user = useProjectStore((s) => s.currentUser);
  const loaded = useRoundsStore((s) => s.loaded);
  const round = useRelevantRound();
  const show = useRoundsStore((s) => s.show);

  useEffect(() => {
    if (!loaded) void useRoundsStore.getState().load();
  }, [loaded]);

  if (!user) return null;
  const blind = round ? isBlindFor(round, user) : false;
  const label = round
    ? `Round: ${round.name}, ${MODE_LABELS[round.mode].toLowerCase()}${round.status === 'closed' ? ', closed' : ''}${blind ? ', blind' : ''}`
    : 'No open coding round';
  const title = round
    ? blind
      ? `${BLIND_TOOLTIP}. Click for the coding rounds.`
      : `Coding round “${round.name}”. Click for the coding rounds.`
    : 'You code outside any round. Click for the coding rounds.';

  return (
    <button
      type="button"
      className={blind ? 'round-indicator is-blind' : 'round-indicator'}
      aria-label={label}
      title={title}
      data-testid="round-indicator"
      onClick={() => show({ kind: 'list' })}
    >
      {round ? (
        <>
          <span className="round-indicator__name">{round.name}</span>
          <span className="round-indicator__mode">
            {round.status === 'closed' ? 'closed' : MODE_LABELS[round.mode].toLowerCase()}
          </span>
          {blind && (
            <span className="round-badge round-badge--blind" title={BLIND_TOOLTIP}>
              <BlindIcon /> Blind
            </span>
          )}
        </>
      ) : (
        <span className="round-indicator__none">No round</span>
      )}
    </button>
  );
}
