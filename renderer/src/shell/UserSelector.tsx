import { useMemo } from 'react';
import { useProjectStore } from '../state/project';
import { coderOptionLabel, selectableCoders } from '../team/activeUsers';
import { Icon } from '../ui/Icon';

/** Element id the "Switch coder" command focuses. */
export const USER_SELECTOR_ID = 'current-user';

/**
 * The coder of this session; always visible because everything coded is attributed to them.
 * Offers the active members only (a deactivated current user stays listed, marked so).
 */
export function UserSelector() {
  const users = useProjectStore((s) => s.users);
  const currentUser = useProjectStore((s) => s.currentUser);
  const setCurrentUser = useProjectStore((s) => s.setCurrentUser);
  const currentUserId = currentUser?.id ?? null;
  const offered = useMemo(() => selectableCoders(users, currentUserId), [users, currentUserId]);

  return (
    <label
      className="user-selector"
      title="Current coder: everything you code is attributed to them"
    >
      <Icon name="user" small />
      <span className="visually-hidden">Current coder</span>
      <select
        id={USER_SELECTOR_ID}
        className="user-selector__select"
        value={currentUserId ?? ''}
        onChange={(event) => void setCurrentUser(event.target.value)}
      >
        {!currentUser && <option value="">Choose coder…</option>}
        {offered.map((user) => (
          <option key={user.id} value={user.id}>
            {coderOptionLabel(user)}
          </option>
        ))}
      </select>
    </label>
  );
}
