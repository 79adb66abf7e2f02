import { useParticipantsStore } from '../state/participants';
import { useSourcesStore } from '../state/sources';
import { useUiStore } from '../state/ui';
import { PaneHeader } from '../ui/PaneHeader';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { formatAttributeValue } from './attributeValues';

/** How many attribute values the compact list shows beside each pseudonym. */
const SUMMARY_VALUES = 2;

/**
 * Left pane, lower part: participants with their first attributes. Clicking one opens their
 * first source; the full editable table lives in the results pane.
 */
export function ParticipantsPanel() {
  const attributes = useParticipantsStore((s) => s.attributes);
  const participants = useParticipantsStore((s) => s.participants);
  const setBottomTab = useUiStore((s) => s.setBottomTab);
  const openSource = useSourcesStore((s) => s.open);
  const sources = useSourcesStore((s) => s.sources);

  const summaryAttributes = attributes.slice(0, SUMMARY_VALUES);

  return (
    <div className="pane__column" data-pane="participants">
      <PaneHeader
        title="Participants"
        count={participants.length}
        actions={
          <button
            type="button"
            className="icon-btn"
            aria-label="Open participants table"
            title="Edit participants and attributes in a table"
            onClick={() => setBottomTab('participants')}
          >
            <Icon name="table" />
          </button>
        }
      />
      {participants.length === 0 ? (
        <EmptyState
          icon="users"
          title="No participants"
          actions={
            <button
              type="button"
              className="btn btn--small"
              onClick={() => setBottomTab('participants')}
            >
              Add participants…
            </button>
          }
        >
          <p>Participants carry the attributes you compare by: job title, site, sector.</p>
        </EmptyState>
      ) : (
        <ul className="list" aria-label="Participants">
          {participants.map((participant) => {
            const firstSource = sources.find((s) => s.participantId === participant.id);
            const summary = summaryAttributes
              .map((a) => formatAttributeValue(participant.attributes[a.id]))
              .filter(Boolean)
              .join(' · ');
            return (
              <li key={participant.id}>
                <button
                  type="button"
                  className="list__row participant-row"
                  title={
                    firstSource ? `Open ${firstSource.title}` : 'Show in the participants table'
                  }
                  onClick={() =>
                    firstSource ? void openSource(firstSource.id) : setBottomTab('participants')
                  }
                >
                  <span className="avatar" aria-hidden>
                    {participant.pseudonym.slice(0, 1).toUpperCase()}
                  </span>
                  <span className="participant-row__main">
                    <span className="participant-row__name">{participant.pseudonym}</span>
                    {summary && <span className="participant-row__meta">{summary}</span>}
                  </span>
                  <span className="badge num" title={`${participant.sourceCount} source(s)`}>
                    {participant.sourceCount}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
