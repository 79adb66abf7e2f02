import type { SourceDetail } from '../../../shared/domain/types';
import { useParticipantsStore } from '../state/participants';
import { useUiStore } from '../state/ui';
import { Icon } from '../ui/Icon';
import { CoderLayerToggles } from '../editor/codings/CoderLayerToggles';
import { formatMediaTime, plural } from '../lib/format';
import { formatAttributeValue } from '../participants/attributeValues';

/** Title, participant with their attributes, length, and the current media time. */
export function DocumentHeader({ source }: { source: SourceDetail }) {
  const attributes = useParticipantsStore((s) => s.attributes);
  const participant = useParticipantsStore((s) =>
    s.participants.find((p) => p.id === source.participantId),
  );
  const mediaTimeMs = useUiStore((s) => s.mediaTimeMs);
  // Field notes and plain texts have no media to seek in.
  const hasTimestamps = source.turns.some((turn) => turn.timeMs !== null);

  const values = participant
    ? attributes
        .map((a) => ({ name: a.name, value: formatAttributeValue(participant.attributes[a.id]) }))
        .filter((v) => v.value !== '')
    : [];

  return (
    <header className="doc__header">
      <div className="doc__title-row">
        <span
          className="doc__kind"
          title={source.kind === 'interview' ? 'Interview' : 'Field notes'}
        >
          <Icon name={source.kind === 'interview' ? 'interview' : 'notes'} />
        </span>
        <h1 className="doc__title">{source.title}</h1>
        {hasTimestamps && (
          <span
            className={mediaTimeMs === null ? 'doc__time is-idle' : 'doc__time'}
            aria-label="Current media time"
            aria-live="polite"
            data-testid="media-time"
            title={
              mediaTimeMs === null
                ? 'Click a timestamp in the transcript to set the media time'
                : 'Current media time'
            }
          >
            <Icon name="clock" small />
            <span className="num">
              {mediaTimeMs === null ? '--:--:--' : formatMediaTime(mediaTimeMs)}
            </span>
          </span>
        )}
      </div>
      <div className="doc__meta">
        {participant ? (
          <span className="doc__participant">
            <Icon name="user" small /> {participant.pseudonym}
          </span>
        ) : (
          <span className="faint">No participant</span>
        )}
        {values.map((v) => (
          <span key={v.name} className="doc__attr" title={v.name}>
            <span className="faint">{v.name}</span> {v.value}
          </span>
        ))}
        <CoderLayerToggles sourceId={source.id} />
        <span className="doc__stats muted num">
          {plural(source.wordCount, 'word')}
          {source.turnCount > 0 && ` · ${plural(source.turnCount, 'turn')}`}
          {source.durationMs !== null && ` · ${formatMediaTime(source.durationMs)}`}
        </span>
      </div>
    </header>
  );
}
