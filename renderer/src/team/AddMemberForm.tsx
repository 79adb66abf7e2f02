import { useState, type FormEvent } from 'react';
import { USER_ROLES, type UserRole } from '../../../shared/domain/types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Icon } from '../ui/Icon';
import { useAsyncAction } from '../ui/useAsyncAction';
import { ROLE_HINTS, ROLE_LABELS } from './roles';
import { useTeamStore } from './teamStore';

/** Adds a person to the team; they can then be chosen as the current coder and assigned. */
export function AddMemberForm() {
  const addUser = useTeamStore((s) => s.addUser);
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('coder');
  const [added, setAdded] = useState<string | null>(null);
  const { busy, error, setError, run } = useAsyncAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Give the new member a name.');
      return;
    }
    setAdded(null);
    if (await run(() => addUser(trimmed, role))) {
      setAdded(`${trimmed} joined the team as ${ROLE_LABELS[role].toLowerCase()}.`);
      setName('');
    }
  };

  return (
    <form className="team-add" aria-label="Add a team member" onSubmit={(e) => void submit(e)}>
      <div className="field-row">
        <label className="field">
          <span className="field__label">New member’s name</span>
          <input
            className="input"
            value={name}
            placeholder="e.g. a pseudonym or first name"
            aria-invalid={error ? true : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="field team-add__role">
          <span className="field__label">Role</span>
          <select
            className="select"
            aria-label="New member’s role"
            value={role}
            onChange={(event) => setRole(event.target.value as UserRole)}
          >
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          <Icon name="plus" small /> Add member
        </button>
      </div>
      <p className="field__hint">
        {ROLE_LABELS[role]}: {ROLE_HINTS[role]}.
      </p>
      <ErrorMessage error={error} />
      {added && (
        <p className="message message--success" role="status">
          <Icon name="check" small /> {added}
        </p>
      )}
    </form>
  );
}
