import { useState } from 'react';
import { USER_ROLES, type User, type UserRole } from '../../../shared/domain/types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Icon } from '../ui/Icon';
import { useAsyncAction } from '../ui/useAsyncAction';
import { ROLE_HINTS, ROLE_LABELS } from './roles';
import { isActive } from './activeUsers';
import { useTeamStore, type UserChanges } from './teamStore';

/**
 * One member of the team. A lead renames (Enter or leaving the field saves, Escape reverts),
 * changes the role and (de)activates; whatever the core refuses (the last active lead cannot
 * stop being one) shows under the row and the row keeps its stored values.
 */
export function TeamMemberRow({
  user,
  canEdit,
  isCurrent,
}: {
  user: User;
  canEdit: boolean;
  isCurrent: boolean;
}) {
  const updateUser = useTeamStore((s) => s.updateUser);
  const [name, setName] = useState(user.name);
  const { busy, error, setError, run } = useAsyncAction();
  /** Whether the error is about the name (so the name field is marked invalid). */
  const [nameError, setNameError] = useState(false);
  const active = isActive(user);
  const errorId = `team-error-${user.id}`;

  // A refused name stays in the field to be corrected (Escape reverts it).
  const save = (changes: UserChanges) => {
    setNameError(changes.name !== undefined);
    return run(async () => setName((await updateUser(user.id, changes)).name));
  };

  const commitName = () => {
    const trimmed = name.trim();
    if (trimmed === user.name) return setName(user.name);
    if (!trimmed) {
      setError('A name must not be empty.');
      setNameError(true);
      return setName(user.name);
    }
    void save({ name: trimmed });
  };

  return (
    <>
      <tr className={active ? 'team-table__row' : 'team-table__row is-inactive'}>
        <td>
          {canEdit ? (
            <input
              className="input team-table__name"
              aria-label={`Name of ${user.name}`}
              aria-describedby={error ? errorId : undefined}
              aria-invalid={error && nameError ? true : undefined}
              value={name}
              disabled={busy}
              onChange={(event) => setName(event.target.value)}
              onBlur={commitName}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  commitName();
                } else if (event.key === 'Escape' && name !== user.name) {
                  // Revert the field without closing the dialog.
                  event.preventDefault();
                  event.stopPropagation();
                  setName(user.name);
                }
              }}
            />
          ) : (
            <span className="team-table__text">{user.name}</span>
          )}
          {isCurrent && <span className="badge badge--accent team-table__you">you</span>}
        </td>
        <td>
          {canEdit ? (
            <select
              className="select"
              aria-label={`Role of ${user.name}`}
              aria-describedby={error ? errorId : undefined}
              value={user.role}
              disabled={busy}
              onChange={(event) => void save({ role: event.target.value as UserRole })}
            >
              {USER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          ) : (
            <span className="team-table__text" title={ROLE_HINTS[user.role]}>
              {ROLE_LABELS[user.role]}
            </span>
          )}
        </td>
        <td>
          <span className={active ? 'badge team-status is-active' : 'badge team-status'}>
            {active ? (
              <>
                <Icon name="check" small /> Active
              </>
            ) : (
              'Deactivated'
            )}
          </span>
        </td>
        <td className="team-table__actions">
          {canEdit && (
            <button
              type="button"
              className={active ? 'btn btn--small btn--danger' : 'btn btn--small'}
              aria-label={`${active ? 'Deactivate' : 'Reactivate'} ${user.name}`}
              title={
                active
                  ? 'They stop appearing as a coder to choose; their codings and history stay.'
                  : 'They can code again.'
              }
              disabled={busy}
              onClick={() => void save({ active: !active })}
            >
              {active ? 'Deactivate' : 'Reactivate'}
            </button>
          )}
        </td>
      </tr>
      {error && (
        <tr className="team-table__error-row">
          <td colSpan={4}>
            <div id={errorId}>
              <ErrorMessage error={error} />
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
