import { useCallback, useId, useRef, useState } from 'react';
import type { User } from '../../../shared/domain/types';
import { Icon } from '../ui/Icon';
import { AnchoredPopup } from './AnchoredPopup';

/** "All coders", "Sarah", "Sarah, Ana" or "3 coders". */
function coderLabel(users: readonly User[], coderIds: readonly string[]): string {
  if (coderIds.length === 0) return 'All coders';
  const names = users.filter((user) => coderIds.includes(user.id)).map((user) => user.name);
  if (names.length === 0) return 'All coders';
  return names.length <= 2 ? names.join(', ') : `${names.length} coders`;
}

/**
 * Chooses whose segments are shown: a button opening a checklist of the team. No choice (an empty
 * list) means every coder; the last checked coder cannot be unchecked, so the list never asks for
 * nobody.
 */
export function CoderFilter({
  users,
  coderIds,
  onChange,
}: {
  users: readonly User[];
  coderIds: readonly string[];
  onChange: (coderIds: string[]) => void;
}) {
  const popupId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const dismiss = useCallback(() => setOpen(false), []);

  const isChecked = (id: string) => coderIds.length === 0 || coderIds.includes(id);
  const checkedCount = users.filter((user) => isChecked(user.id)).length;

  const toggle = (id: string, checked: boolean) => {
    const current = users.filter((user) => isChecked(user.id)).map((user) => user.id);
    const next = checked ? [...current, id] : current.filter((other) => other !== id);
    // Everyone checked is the same as no choice, and stays so when coders join the team.
    onChange(users.every((user) => next.includes(user.id)) ? [] : next);
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn--small retrieval-toolbar__menu-button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? popupId : undefined}
        title="Show the segments of some coders only"
        onClick={() => setOpen(!open)}
      >
        <Icon name="users" small />
        <span className="retrieval-toolbar__menu-label">{coderLabel(users, coderIds)}</span>
        <Icon name="chevronDown" small />
      </button>
      {open && (
        <AnchoredPopup anchorRef={buttonRef} onDismiss={dismiss} className="coder-filter">
          <div
            id={popupId}
            role="group"
            aria-label="Coders"
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.stopPropagation();
              setOpen(false);
              buttonRef.current?.focus();
            }}
          >
            {users.map((user, index) => (
              <label key={user.id} className="coder-filter__row">
                <input
                  type="checkbox"
                  checked={isChecked(user.id)}
                  disabled={isChecked(user.id) && checkedCount === 1}
                  autoFocus={index === 0}
                  onChange={(event) => toggle(user.id, event.target.checked)}
                />
                <span>{user.name}</span>
                <span className="faint">{user.role}</span>
              </label>
            ))}
            {coderIds.length > 0 && (
              <button
                type="button"
                className="btn btn--ghost btn--small coder-filter__all"
                onClick={() => onChange([])}
              >
                Show all coders
              </button>
            )}
          </div>
        </AnchoredPopup>
      )}
    </>
  );
}
