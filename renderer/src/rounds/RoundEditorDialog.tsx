import { useEffect, useMemo, useState, type FormEvent } from 'react';
import {
  ROUND_MODES,
  type Id,
  type RoundMode,
  type SourceSummary,
} from '../../../shared/domain/types';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { plural } from '../lib/format';
import { useProjectStore } from '../state/project';
import { isActive } from '../team/activeUsers';
import { ConfirmFooter } from '../ui/ConfirmFooter';
import { Dialog } from '../ui/Dialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAsyncAction } from '../ui/useAsyncAction';
import { AssignmentHelpers } from './AssignmentHelpers';
import { AssignmentMatrix } from './AssignmentMatrix';
import {
  assignCoders,
  draftAssignments,
  draftFromRound,
  toggleAssignment,
  type AssignmentDraft,
} from './assignmentDraft';
import { MODE_EXPLANATIONS, MODE_LABELS } from './modes';
import { useRoundsStore } from './roundsStore';

/**
 * Creates a round or edits one: its name, its mode and who codes which source. Leads only (the
 * core refuses anyone else). Changing the assignments keeps the done marks of those that stay.
 */
export function RoundEditorDialog({ roundId }: { roundId: Id | null }) {
  const round = useRoundsStore((s) => s.rounds.find((r) => r.id === roundId) ?? null);
  const users = useProjectStore((s) => s.users);
  const [name, setName] = useState(round?.name ?? '');
  const [mode, setMode] = useState<RoundMode>(round?.mode ?? 'independent');
  const [draft, setDraft] = useState<AssignmentDraft>(() => draftFromRound(round));
  const [selected, setSelected] = useState<ReadonlySet<Id>>(new Set());
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const { busy, error, setError, run } = useAsyncAction();
  const back = () => useRoundsStore.getState().show({ kind: 'list' });

  // Every source of the project, whatever the sources pane is filtered to.
  useEffect(() => {
    api
      .listSources()
      .then(setSources)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [setError]);

  // Active members, plus anyone deactivated who still has an assignment in this round.
  const coders = useMemo(
    () =>
      users.filter((user) => isActive(user) || [...draft.values()].some((set) => set.has(user.id))),
    [users, draft],
  );
  const assignments = useMemo(
    () =>
      draftAssignments(
        draft,
        (sources ?? []).map((s) => s.id),
        coders.map((c) => c.id),
      ),
    [draft, sources, coders],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('Give the round a name, e.g. “First set — independent”.');
    if (assignments.length === 0) {
      return setError('Assign at least one coder to a source: tick a box in the matrix.');
    }
    const saved = await run(() =>
      useRoundsStore.getState().save(roundId, { name: name.trim(), mode, assignments }),
    );
    if (saved) back();
  };

  const coderCount = new Set(assignments.flatMap((a) => a.coderIds)).size;
  return (
    <Dialog
      title={round ? `Edit round “${round.name}”` : 'New coding round'}
      onClose={back}
      width={980}
      footer={
        <>
          <span className="rounds__summary" aria-live="polite">
            {plural(assignments.length, 'source')}, {plural(coderCount, 'coder')}
          </span>
          <span className="rounds__spacer" />
          <ConfirmFooter onCancel={back} form="round-editor" disabled={busy}>
            {round ? 'Save round' : 'Create round'}
          </ConfirmFooter>
        </>
      }
    >
      <form id="round-editor" className="form rounds" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field__label">Round name</span>
          <input
            className="input"
            value={name}
            autoFocus
            placeholder="e.g. Second set — pairs"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <fieldset className="round-modes">
          <legend className="field__label">Mode</legend>
          {ROUND_MODES.map((option) => (
            <label key={option} className="round-modes__option">
              <input
                type="radio"
                name="round-mode"
                value={option}
                checked={mode === option}
                onChange={() => setMode(option)}
              />
              <span className="round-modes__label">{MODE_LABELS[option]}</span>
              <span className="round-modes__explanation">{MODE_EXPLANATIONS[option]}</span>
            </label>
          ))}
        </fieldset>
        {round && (
          <p className="field__hint">
            Changing who codes what keeps the done marks of the assignments that stay.
          </p>
        )}
        {sources === null ? (
          <p className="muted" aria-busy>
            Loading sources…
          </p>
        ) : (
          <>
            <AssignmentHelpers
              sources={sources}
              coders={coders}
              selected={selected}
              onSelect={(ids) => setSelected(new Set(ids))}
              onAssign={(coderIds) => setDraft(assignCoders(draft, selected, coderIds))}
            />
            <AssignmentMatrix
              sources={sources}
              coders={coders}
              draft={draft}
              selected={selected}
              onToggle={(sourceId, coderId) => setDraft(toggleAssignment(draft, sourceId, coderId))}
              onToggleSelected={(sourceId) => {
                const next = new Set(selected);
                if (next.has(sourceId)) next.delete(sourceId);
                else next.add(sourceId);
                setSelected(next);
              }}
              onSelectAll={(all) => setSelected(new Set(all ? sources.map((s) => s.id) : []))}
            />
          </>
        )}
        <ErrorMessage error={error} />
      </form>
    </Dialog>
  );
}
