import { useEffect, useId, useMemo, useState } from 'react';
import type { Id, Round, User } from '../../../shared/domain/types';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { plural } from '../lib/format';
import { useProjectStore } from '../state/project';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { saveBinaryFile } from '../lib/saveFile';

/** The value of the round select that stands for "no round: every source". */
const NO_ROUND = '';

interface CoderChoice {
  user: User;
  /** Sources the package will hold for this coder. */
  sources: number;
}

/** The coders of a round, in the order of its assignments, with their source counts. */
function codersOf(round: Round | null, users: readonly User[], allSources: number): CoderChoice[] {
  if (!round) {
    return users
      .filter((user) => !user.deactivatedAt)
      .map((user) => ({ user, sources: allSources }));
  }
  const counts = new Map<Id, number>();
  for (const assignment of round.assignments) {
    counts.set(assignment.coderId, (counts.get(assignment.coderId) ?? 0) + 1);
  }
  return [...counts].flatMap(([coderId, sources]) => {
    const user = users.find((candidate) => candidate.id === coderId);
    return user ? [{ user, sources }] : [];
  });
}

/** The open round the lead most likely packages for, else the latest round, else none. */
function defaultRound(rounds: readonly Round[]): Round | null {
  return rounds.find((round) => round.status === 'open') ?? rounds[rounds.length - 1] ?? null;
}

/**
 * Lead: writes a coder package for a coder of a round, to code on another machine. Says what the
 * package holds, and that nobody else's codings leave the project.
 */
export function ExportPackageDialog({ onClose }: { onClose: () => void }) {
  const users = useProjectStore((s) => s.users);
  const allSources = useProjectStore((s) => s.project?.counts.sources ?? 0);
  const [rounds, setRounds] = useState<Round[] | null>(null);
  const [roundId, setRoundId] = useState<Id>(NO_ROUND);
  const [coderId, setCoderId] = useState<Id>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ fileName: string; coder: string } | null>(null);
  const roundFieldId = useId();
  const coderFieldId = useId();

  useEffect(() => {
    let live = true;
    api.listRounds().then(
      (loaded) => {
        if (!live) return;
        setRounds(loaded);
        setRoundId(defaultRound(loaded)?.id ?? NO_ROUND);
      },
      (failure: unknown) => live && (setRounds([]), setError(errorMessage(failure))),
    );
    return () => {
      live = false;
    };
  }, []);

  const round = rounds?.find((candidate) => candidate.id === roundId) ?? null;
  const coders = useMemo(() => codersOf(round, users, allSources), [round, users, allSources]);
  const coder = coders.find((choice) => choice.user.id === coderId) ?? coders[0] ?? null;

  const exportPackage = async () => {
    if (!coder) return;
    setBusy(true);
    setError(null);
    try {
      const file = await api.exportCoderPackage({
        coderId: coder.user.id,
        roundId: round?.id,
      });
      saveBinaryFile(file);
      setSaved({ fileName: file.fileName, coder: coder.user.name });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Export coder package"
      onClose={onClose}
      width={540}
      closeDisabled={busy}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            {saved ? 'Done' : 'Cancel'}
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={!coder || busy || rounds === null}
            onClick={() => void exportPackage()}
          >
            <Icon name="import" small /> {saved ? 'Export again' : 'Export package'}
          </button>
        </>
      }
    >
      <div className="form">
        <p className="muted">
          A coder on another computer codes their sources in a copy of this project, then sends back
          a return file for you to merge.
        </p>
        <div className="field-row">
          <div className="field">
            <label className="field__label" htmlFor={roundFieldId}>
              Round
            </label>
            <select
              id={roundFieldId}
              className="select"
              value={roundId}
              disabled={rounds === null}
              onChange={(event) => {
                setRoundId(event.target.value);
                setSaved(null);
              }}
            >
              {rounds?.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} ({candidate.status})
                </option>
              ))}
              <option value={NO_ROUND}>No round: every source</option>
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={coderFieldId}>
              Coder
            </label>
            <select
              id={coderFieldId}
              className="select"
              value={coder?.user.id ?? ''}
              disabled={coders.length === 0}
              onChange={(event) => {
                setCoderId(event.target.value);
                setSaved(null);
              }}
            >
              {coders.map((choice) => (
                <option key={choice.user.id} value={choice.user.id}>
                  {choice.user.name} ({choice.user.role})
                </option>
              ))}
            </select>
          </div>
        </div>
        {coder ? (
          <div className="package-contents" aria-label="What the package holds">
            <p>The package for {coder.user.name} holds:</p>
            <ul className="package-list">
              <li>
                <Icon name="check" small />{' '}
                {round
                  ? `${plural(coder.sources, 'source')} assigned to ${coder.user.name} in “${round.name}”`
                  : `every source of the project (${plural(coder.sources, 'source')})`}
              </li>
              <li>
                <Icon name="check" small /> the participants of those sources, with their attributes
              </li>
              <li>
                <Icon name="check" small /> the whole codebook: codes, definitions and examples
              </li>
              <li>
                <Icon name="check" small /> {coder.user.name}’s own codings
              </li>
            </ul>
            <p className="package-contents__private">
              <Icon name="close" small /> None of the other coders’ codings leave this project.
            </p>
          </div>
        ) : (
          rounds !== null && (
            <p className="message message--warning">
              <Icon name="alert" small /> Nobody is assigned in this round.
            </p>
          )
        )}
        {saved && (
          <p className="message message--success" role="status">
            <Icon name="check" small />
            <span>
              Saved <strong>{saved.fileName}</strong>. Send it to {saved.coder}: they open it from
              Concord’s start screen with “Open a coder package”.
            </span>
          </p>
        )}
        {error && (
          <p className="message message--error" role="alert">
            <Icon name="alert" small /> {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
