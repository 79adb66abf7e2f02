import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/domain/types';
import { api } from '../api';
import { useProjectStore } from '../state/project';
import { useSourcesStore } from '../state/sources';
import { useParticipantsStore } from '../state/participants';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { formatDateTime } from '../lib/format';
import { errorMessage } from '../lib/errors';

const PAGE = 200;

/** Who changed what and when: the project's audit log, newest first. */
export function AuditLog() {
  const users = useProjectStore((s) => s.users);
  // Reload when the data the log describes changes.
  const sources = useSourcesStore((s) => s.sources);
  const participants = useParticipantsStore((s) => s.participants);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.listAuditLog({ limit: PAGE }).then(
      (list) => {
        if (!live) return;
        setEntries(list);
        setError(null);
      },
      (caught: unknown) => live && setError(errorMessage(caught)),
    );
    return () => {
      live = false;
    };
  }, [sources, participants]);

  if (error) return <p className="message message--error pane__message">{error}</p>;
  if (entries === null) return null;
  if (entries.length === 0) {
    return (
      <EmptyState icon="history" title="Nothing recorded yet">
        <p>Every change to sources, participants and codes is recorded here with who made it.</p>
      </EmptyState>
    );
  }

  const userName = (id: string | null) =>
    id === null ? 'System' : (users.find((u) => u.id === id)?.name ?? 'Unknown user');

  return (
    <div className="grid-scroll">
      <table className="grid grid--readonly" aria-label="Audit log">
        <thead>
          <tr>
            <th className="grid__head">When</th>
            <th className="grid__head">Who</th>
            <th className="grid__head">Action</th>
            <th className="grid__head">Detail</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="grid__cell grid__cell--nowrap muted num">
                {formatDateTime(entry.at)}
              </td>
              <td className="grid__cell grid__cell--nowrap">{userName(entry.userId)}</td>
              <td className="grid__cell grid__cell--nowrap">
                <span className="audit-action">
                  <Icon name="history" small /> {entry.action}
                </span>
              </td>
              <td className="grid__cell grid__cell--detail muted">
                {describeDetail(entry.detail)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A one-line rendering of an entry's JSON detail. */
function describeDetail(detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  if (typeof detail !== 'object') return String(detail);
  return Object.entries(detail as Record<string, unknown>)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join(' · ');
}
