import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PackageOrigin } from '../../../shared/domain/types';
import { api } from '../api';
import { useProjectStore } from '../state/project';
import { Icon } from '../ui/Icon';
import { usePackagesStore } from './packagesStore';

/** The workbench's root element; the banner joins its column, below the panes. */
const WORKBENCH_SELECTOR = '.workbench';

/** The round's name, once loaded; null for a package without a round. */
function useRoundName(origin: PackageOrigin): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (origin.roundId === null) return;
    api.listRounds().then(
      (rounds) =>
        live && setName(rounds.find((round) => round.id === origin.roundId)?.name ?? null),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [origin.roundId]);
  return name;
}

/**
 * In a project opened from a coder package: a persistent strip at the foot of the workbench that
 * says whose package this is and as whom one codes, with the Export return action.
 */
export function PackageOriginBanner({ origin }: { origin: PackageOrigin }) {
  const users = useProjectStore((s) => s.users);
  const currentUser = useProjectStore((s) => s.currentUser);
  const returnExport = usePackagesStore((s) => s.returnExport);
  const exportReturn = usePackagesStore((s) => s.exportReturn);
  const roundName = useRoundName(origin);
  const [host, setHost] = useState<Element | null>(null);

  // The workbench mounts in the same commit as this banner: look for it once that commit is done.
  useEffect(() => {
    const frame = requestAnimationFrame(() => setHost(document.querySelector(WORKBENCH_SELECTOR)));
    return () => cancelAnimationFrame(frame);
  }, []);

  const coderName = users.find((user) => user.id === origin.coderId)?.name ?? 'the coder';
  const source = roundName ? `${origin.projectName} / ${roundName}` : origin.projectName;
  const banner = (
    <aside className="package-banner" aria-label="Coder package">
      <Icon name="users" small />
      <span className="package-banner__text">
        Coder package: <strong>{source}</strong>, coding as <strong>{coderName}</strong> — Export
        return when done
      </span>
      {currentUser && currentUser.id !== origin.coderId && (
        <span className="package-banner__warning">
          <Icon name="alert" small /> You are working as {currentUser.name}; only {coderName}’s
          codings are returned.
        </span>
      )}
      <span className="package-banner__status" role="status">
        {returnExport.status === 'saved' && `Saved ${returnExport.fileName}`}
        {returnExport.status === 'failed' && returnExport.message}
      </span>
      <button
        type="button"
        className="btn btn--small btn--primary"
        disabled={returnExport.status === 'saving'}
        onClick={() => void exportReturn()}
      >
        <Icon name="upload" small /> Export return
      </button>
    </aside>
  );
  return host ? createPortal(banner, host) : null;
}
